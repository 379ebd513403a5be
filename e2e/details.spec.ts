// Details answer first: who an entity is, then its relations grouped by what they are, each marked with what it
// only was (planned, requested…) and how many independent origins stand behind it; the graph measures closed
// below; and a new selection opens at its title, not at the last one's scroll position.
import { expect, test, type Page } from '@playwright/test';
import { bundledStory, openExplorer, screenshot } from './helpers';
import { MODALITIES, RELATION_TYPES } from '../src/model/vocabulary';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const story = bundledStory();
const velasquez = story.entities.find((e) => /Velásquez/.test(e.label))!;
const label = (id: string) => story.entities.find((e) => e.id === id)!.label;
// His trip to Iran, which the dataset records as only being planned, and his Moscow visit, which took place.
const iranTrip = story.relations.find((r) => r.source === velasquez.id && r.type === 'visited' && r.target === 'iran')!;
const moscowTrip = story.relations.find(
  (r) => r.source === velasquez.id && r.type === 'visited' && r.target === 'moscow',
)!;

async function select(page: Page, name: string) {
  await page.getByTestId('search-input').fill(name);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(name);
}

test('the relation list marks the planned Iran trip as planned, and what was only requested', async ({ page }) => {
  expect(iranTrip.modality).toBe('planned');
  expect(moscowTrip.modality).toBe('happened');
  await openExplorer(page);
  await select(page, velasquez.label);
  const relations = page.getByTestId('entity-relations');

  // Grouped by what they are: the "Visited" group holds both trips, and only the planned one says so.
  const visited = relations.getByRole('group', { name: 'Visited', exact: true });
  await expect(visited.getByRole('heading', { level: 4 })).toHaveText(/^Visited/);
  const trips = story.relations.filter((r) => r.source === velasquez.id && r.type === 'visited');
  await expect(visited.getByRole('listitem')).toHaveCount(trips.length);
  const iran = visited.getByRole('button', { name: /^visited Iran/ });
  await expect(iran.getByTestId('relation-modality')).toHaveText('planned');
  // Words that do not claim the trip took place, and its one origin: only one article mentions the plan.
  await expect(iran.getByTestId('relation-notes')).toHaveText('not known to have taken place · 1 origin');
  const moscow = visited.getByRole('button', { name: /^visited Moscow/ });
  await expect(moscow.getByTestId('relation-modality')).toHaveCount(0);
  // "two independent sources: Russian authorities (via MENAFN) and the US documents".
  await expect(moscow.getByTestId('relation-notes')).toHaveText('2 origins');

  // Everything he only asked for is tagged "requested", in its own group by type.
  const requests = story.relations.filter((r) => r.source === velasquez.id && r.modality === 'requested');
  expect(requests.length).toBeGreaterThan(1);
  for (const request of requests) {
    const reading = `${RELATION_TYPES[request.type as keyof typeof RELATION_TYPES].label} ${label(request.target)} `;
    const line = relations.getByRole('button', { name: new RegExp(`^${escape(reading)}`) });
    await expect(line.getByTestId('relation-modality')).toHaveText(MODALITIES.requested.label.toLowerCase());
  }
  await expect(relations.getByRole('group', { name: 'Asked for', exact: true }).getByRole('listitem')).toHaveCount(
    story.relations.filter((r) => r.source === velasquez.id && r.type === 'requested_item').length,
  );
  await expect(relations.getByTestId('relation-modality').filter({ hasText: 'requested' })).toHaveCount(
    requests.length,
  );

  // The key above the list explains both marks, from the keyboard.
  const details = page.getByTestId('entity-details');
  for (const term of ['modality', 'independent origins']) {
    await details.getByRole('button', { name: `What is ${term}?` }).focus();
    await page.keyboard.press('Enter');
    await expect(details.getByTestId('explanation')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details.getByTestId('explanation')).toHaveCount(0);
  }
  await expect(details.getByRole('button', { name: 'What is modality?' })).toHaveAttribute('title', /only requested/);

  // Chosen from the list, the relation's own details say it again.
  await iran.click();
  await expect(page.getByTestId('relation-details').getByTestId('modality')).toContainText('Planned');
  await screenshot(page, 'details-planned-trip');
});

test('the answer comes first: relations before the graph measures, which open on request with a line each', async ({
  page,
}) => {
  await openExplorer(page);
  await select(page, velasquez.label);
  await screenshot(page, 'details-answer-first');
  const details = page.getByTestId('entity-details');
  const relationsTop = (await page.getByTestId('entity-relations').boundingBox())!.y;
  const measures = page.getByTestId('entity-metrics');
  expect((await measures.boundingBox())!.y).toBeGreaterThan(relationsTop);
  // The neighbourhood and path controls come after the details too.
  expect((await page.getByTestId('connections').boundingBox())!.y).toBeGreaterThan(relationsTop);
  expect((await details.getByRole('heading', { level: 2 }).boundingBox())!.y).toBeLessThan(relationsTop);

  // Closed at first; opened from the keyboard, each measure says what it means.
  const degree = measures.locator('dt:text-is("Degree")');
  await expect(degree).toBeHidden();
  const summary = measures.getByText('Graph measures', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(degree).toBeVisible();
  await expect(measures.locator('dt:text-is("Betweenness") ~ dd.metric-explained').first()).toHaveText(
    /shortest route between two others/,
  );
  await expect(measures.locator('.metric-explained')).toHaveCount(9);

  // It stays open for the next entity, and closes again from the keyboard.
  await select(page, label(iranTrip.target));
  await expect(degree).toBeVisible();
  await summary.focus();
  await page.keyboard.press('Space');
  await expect(degree).toBeHidden();
});

test('a new selection starts at its title, wherever the details were scrolled to', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 600 });
  await openExplorer(page);
  await select(page, velasquez.label);
  await page.getByTestId('entity-metrics').getByText('Graph measures', { exact: true }).click();
  const sidebar = page.locator('aside.sidebar.right');

  // A relation low in the list: reaching it scrolls the details down.
  const last = page.getByTestId('entity-relations').getByRole('button').last();
  await last.scrollIntoViewIfNeeded();
  await expect.poll(() => sidebar.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await last.click();
  const relationTitle = page.getByTestId('relation-details').getByRole('heading', { level: 2 });
  await expect(relationTitle).toBeInViewport();
  await expect.poll(() => sidebar.evaluate((el) => el.scrollTop)).toBe(0);

  // Scrolled down to the relation's evidence, then another entity: its name shows, not the middle of its details.
  await page.getByTestId('relation-details').getByTestId('claims').scrollIntoViewIfNeeded();
  await sidebar.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => sidebar.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.getByTestId('search-input').fill(velasquez.label);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toBeInViewport();
  await expect.poll(() => sidebar.evaluate((el) => el.scrollTop)).toBe(0);
});

test('a relation picked from the list by keyboard takes the focus to its title, not to the page', async ({ page }) => {
  await openExplorer(page);
  await select(page, velasquez.label);
  const iran = page.getByTestId('entity-relations').getByRole('button', { name: /^visited Iran/ });
  await iran.focus();
  await page.keyboard.press('Enter');
  const title = page.getByTestId('relation-details').getByRole('heading', { level: 2 });
  await expect(title).toContainText('Iran');
  await expect(title).toBeFocused();
  // From the title, Tab goes on into the relation's details, not back to the top of the page.
  await page.keyboard.press('Tab');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="relation-details"]') !== null))
    .toBe(true);
});

test('opening the page leaves the focus alone: the first Tab stop is still the skip link', async ({ page }) => {
  await openExplorer(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the graph drawing' })).toBeFocused();
});
