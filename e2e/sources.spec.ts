// Weighing the evidence like a reader: how many independent origins stand behind a link, where each claim came
// from, what the sources disagree on, and what would fall if one source were wrong. Expectations are computed
// from the bundled dataset with the model's own functions, never typed in.
import { expect, test } from '@playwright/test';
import { bundledStory, countsText, openExplorer, screenshot } from './helpers';
import { dependantsOf, evidenceByRelation, indexSources } from '../src/model/evidence';
import { shortSourceName } from '../src/ui/sourceLabel';
import { typeStyles } from '../src/model/vocabulary';

const story = bundledStory();
const evidence = evidenceByRelation(story.relations, story.sources);
const index = indexSources(story.sources);
const label = (id: string) => story.entities.find((e) => e.id === id)!.label;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a relation says how many independent origins and articles stand behind it, and each claim shows its chain', async ({
  page,
}) => {
  // The most quoted relation: the one whose article count most overstates its origins.
  const relation = [...story.relations].sort(
    (a, b) => evidence(b).articles - evidence(a).articles || evidence(a).origins.length - evidence(b).origins.length,
  )[0]!;
  const { origins, articles } = evidence(relation);
  await openExplorer(page);
  await page.getByTestId('search-input').fill(label(relation.source));
  await page.getByTestId('search-input').press('Enter');
  // The entity's list reads "<phrase> <other end>" for its outgoing relations.
  const phrase = typeStyles(story.vocabulary).relation(relation.type).label;
  const sameReading = story.relations.filter(
    (r) => r.source === relation.source && r.type === relation.type && label(r.target) === label(relation.target),
  );
  await page
    .getByTestId('entity-relations')
    .getByRole('button', { name: new RegExp(`^${escape(phrase)} ${escape(label(relation.target))}`) })
    .nth(sameReading.indexOf(relation))
    .click();

  const details = page.getByTestId('relation-details');
  await expect(details.getByTestId('origin-count')).toHaveText(
    `${plural(origins.length, 'independent origin')} · ${plural(articles, 'article')}`,
  );
  // Every claim names its chain; a claim that came through others shows each step.
  const chains = details.getByTestId('claims').getByTestId('claim-chain');
  await expect(chains).toHaveCount(relation.claims.length);
  const withChain = relation.claims.findIndex((c) => (c.via ?? []).length > 0);
  expect(withChain, 'the most quoted relation has a claim attributed further than its article').toBeGreaterThanOrEqual(
    0,
  );
  const claim = relation.claims[withChain]!;
  const names = [claim.source, ...claim.via!].map((id) => shortSourceName(index.byId.get(id), id));
  await expect(chains.nth(withChain)).toHaveText(new RegExp(names.map(escape).join('.*←.*')));
  await screenshot(page, '10-origin-count');

  // A source in the chain opens that source's details: the second click of "two clicks from any link".
  const last = claim.via![claim.via!.length - 1]!;
  await chains
    .nth(withChain)
    .getByRole('button', { name: names[names.length - 1]!, exact: true })
    .click();
  await expect(page.getByTestId('source-details').getByRole('heading', { level: 2 })).toHaveText(
    index.byId.get(last)!.title,
  );
});

test('the Discrepancies view lists every disputed relation with its versions, a click away from the graph', async ({
  page,
}) => {
  const disputed = story.relations.filter((r) => r.disputed);
  expect(disputed.length).toBeGreaterThan(0);
  await openExplorer(page);
  // From the keyboard: the toolbar button takes Enter.
  await page.getByRole('button', { name: 'Discrepancies' }).focus();
  await page.keyboard.press('Enter');
  const view = page.getByTestId('discrepancies');
  const items = view.getByTestId('discrepancy');
  await expect(items).toHaveCount(disputed.length);
  for (const [i, relation] of disputed.entries()) {
    await expect(items.nth(i)).toContainText(relation.discrepancy!);
    const versions = new Set(relation.claims.map((c) => c.version).filter(Boolean));
    await expect(items.nth(i).getByRole('region', { name: /^Version: / })).toHaveCount(versions.size);
    for (const claim of relation.claims) await expect(items.nth(i)).toContainText(claim.quote);
  }
  await screenshot(page, '11-discrepancies');
  await items.first().getByRole('heading', { level: 3 }).getByRole('button').click();
  const details = page.getByTestId('relation-details');
  await expect(details.getByRole('heading', { level: 2 })).toContainText(label(disputed[0]!.source));
  await expect(details.getByRole('note').first()).toContainText(disputed[0]!.discrepancy!);
});

test('choosing a source in the Sources view highlights what would lose its support if it were wrong', async ({
  page,
}) => {
  // The source more of the story rests on alone than any other.
  const ranked = story.sources
    .map((s) => ({ source: s, lost: dependantsOf(s.id, story.relations, index).unsupported }))
    .sort((a, b) => b.lost.size - a.lost.size);
  const { source, lost } = ranked[0]!;
  expect(lost.size).toBeGreaterThan(0);
  await openExplorer(page);
  await page.getByRole('button', { name: 'Sources' }).click();
  const view = page.getByTestId('sources-view');
  await expect(view).toBeVisible();
  await view.locator(`[data-source-id="${source.id}"]`).first().click();

  await expect(page.getByTestId('source-details').getByRole('heading', { level: 2 })).toHaveText(source.title);
  await expect(page.getByTestId('source-impact')).toContainText(`${lost.size} of the`);
  const highlighted = await page.evaluate(() => window.__graphView!.highlightedKeys());
  expect(highlighted.edges.sort()).toEqual([...lost].sort());
  const ends = new Set(
    [...lost].flatMap((id) => {
      const r = story.relations.find((x) => x.id === id)!;
      return [r.source, r.target];
    }),
  );
  expect(highlighted.nodes.sort()).toEqual([...ends].sort());
  await screenshot(page, '12-sources-view');

  // A source with nothing resting on it alone highlights nothing.
  const harmless = ranked.find((r) => r.lost.size === 0);
  if (harmless) {
    await view.locator(`[data-source-id="${harmless.source.id}"]`).first().click();
    await expect.poll(() => page.evaluate(() => window.__graphView!.highlightedKeys().edges.length)).toBe(0);
  }
});

test('the corroboration filter counts independent origins, and can count articles instead', async ({ page }) => {
  await openExplorer(page);
  const atLeast = (n: number, by: 'origins' | 'articles') =>
    story.relations.filter((r) => (by === 'origins' ? evidence(r).origins.length : evidence(r).articles) >= n);
  const counts = (n: number, by: 'origins' | 'articles') =>
    countsText({
      visibleEntities: story.entities.length,
      totalEntities: story.entities.length,
      visibleRelations: atLeast(n, by).length,
      totalRelations: story.relations.length,
    });
  await page.getByTestId('min-sources').selectOption('2');
  await expect(page.getByTestId('graph-counts')).toHaveText(counts(2, 'origins'));
  await page.getByTestId('corroborate-by').selectOption('articles');
  await expect(page.getByTestId('graph-counts')).toHaveText(counts(2, 'articles'));
  // Articles overstate: more relations pass at two articles than at two origins.
  expect(atLeast(2, 'articles').length).toBeGreaterThan(atLeast(2, 'origins').length);
  await expect(page.getByTestId('legend-width')).toContainText('independent origins');
});
