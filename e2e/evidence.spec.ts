// Finding an actor by name, reading his relations, and reading the quotes behind a link.
import { expect, test } from '@playwright/test';
import { bundledStory, chooseLayout, findUncoveredRelation, openExplorer, pagePosition, screenshot } from './helpers';

const story = bundledStory();
const velasquez = story.entities.find((e) => /Velásquez/.test(e.label))!;
const hisRelations = story.relations.filter((r) => r.source === velasquez.id || r.target === velasquez.id);

test('searching "Velásquez" selects him and lists his relations', async ({ page }) => {
  await openExplorer(page);
  const search = page.getByTestId('search-input');
  await search.fill('Velásquez');
  await expect(page.getByRole('option').first()).toContainText(velasquez.label);
  await search.press('Enter');

  const details = page.getByTestId('entity-details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(velasquez.label);
  if (velasquez.role) await expect(details).toContainText(velasquez.role);
  await expect(page.getByTestId('entity-relations').getByRole('listitem')).toHaveCount(hisRelations.length);
  await screenshot(page, '04-search-velasquez');

  // Accent-free typing finds him too, from the keyboard alone.
  await search.fill('velasquez');
  await search.press('ArrowDown');
  await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toContainText(velasquez.label);
});

test('clicking a relation in the graph shows its claims with quotes, sources and status', async ({ page }) => {
  await openExplorer(page);
  await chooseLayout(page, 'grid');
  // A relation backed by several claims, drawn where no node or other link covers its midpoint.
  const candidates = story.relations
    .filter((r) => r.claims.length >= 2)
    .sort((a, b) => b.claims.length - a.claims.length);
  const relation = await findUncoveredRelation(page, candidates);
  const point = await pagePosition(page, relation.id);
  await page.mouse.click(point.x, point.y);

  const details = page.getByTestId('relation-details');
  await expect(details).toBeVisible();
  const claims = details.getByTestId('claims').getByRole('listitem');
  await expect(claims).toHaveCount(relation.claims.length);
  for (const [i, claim] of relation.claims.entries()) {
    await expect(claims.nth(i)).toContainText(claim.quote);
    await expect(claims.nth(i)).toContainText(new RegExp(claim.status, 'i'));
  }
  await screenshot(page, '05-relation-evidence');
});

test('a disputed relation says the sources disagree', async ({ page }) => {
  const disputed = story.relations.find((r) => r.disputed)!;
  await openExplorer(page);
  const source = story.entities.find((e) => e.id === disputed.source)!;
  await page.getByTestId('search-input').fill(source.label);
  await page.getByTestId('search-input').press('Enter');
  const target = story.entities.find((e) => e.id === disputed.target)!;
  await page
    .getByTestId('entity-relations')
    .getByRole('button')
    .filter({ hasText: target.label })
    .filter({ hasText: 'disputed' })
    .first()
    .click();
  await expect(page.getByTestId('relation-details').getByRole('note')).toContainText(disputed.discrepancy!);
});
