// The top search finds more than entities: the sources a story rests on, by outlet or title, and relations by how
// they read, each kind under its own heading. Expectations come from the bundled dataset, read as plain data.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { bundledStory, openExplorer, readCounts, screenshot } from './helpers';
import { syntheticGraph } from '../bench/generate';

const story = bundledStory();
const labelOf = (id: string) => story.entities.find((e) => e.id === id)!.label;
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function matches(page: Page) {
  return page.getByRole('listbox', { name: 'Matches' });
}

test('searching "washington post" finds the Post among the sources and selects the one picked', async ({ page }) => {
  const posts = story.sources.filter((s) => [s.outlet, s.author, s.title].some((t) => t && /washington post/i.test(t)));
  expect(posts.length).toBeGreaterThan(0);
  await openExplorer(page);
  const search = page.getByTestId('search-input');
  await search.fill('washington post');

  // No entity is called that, so the sources come first.
  const sources = matches(page).getByRole('group', { name: /^Sources/ });
  await expect(sources.getByRole('option')).toHaveCount(posts.length);
  for (const post of posts) await expect(sources.getByRole('option', { name: post.title })).toBeVisible();
  await expect(matches(page).getByRole('group', { name: /^Entities/ })).toHaveCount(0);
  await screenshot(page, 'search-washington-post');

  const first = (await sources.getByRole('option').first().textContent()) ?? '';
  const picked = posts.find((p) => first.includes(p.title))!;
  await search.press('Enter');
  const details = page.getByTestId('source-details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(picked.title);
  await expect(details).toContainText('The Washington Post');
});

test('a relation is found by its reading, both ends included, and picking it selects it', async ({ page }) => {
  const request = story.relations.find((r) => r.type === 'requested_aid' && labelOf(r.target) === 'Russia')!;
  const reading = `${labelOf(request.source)} asked for aid from Russia`;
  await openExplorer(page);
  const search = page.getByTestId('search-input');
  await search.fill('asked for aid from russia');

  const relations = matches(page).getByRole('group', { name: /^Relations/ });
  await expect(relations.getByRole('option', { name: reading })).toBeVisible();
  // "Russia" is an entity too, but no entity is called the whole phrase: the relation is the first match.
  await expect(matches(page).getByRole('option').first()).toHaveText(
    request.modality === 'happened' ? reading : new RegExp(`^${reading} ${request.modality}$`),
  );
  await search.press('Enter');
  const details = page.getByTestId('relation-details');
  await expect(details).toBeVisible();
  await expect(details).toContainText(request.claims[0]!.quote);
  await expect(search).toHaveValue(reading);
});

test('matches are grouped by kind with counts, and the arrows move from one group to the next', async ({ page }) => {
  const entities = story.entities.filter((e) => [e.label, ...e.aliases].some((n) => plain(n).includes('maduro')));
  const relations = story.relations.filter((r) =>
    plain(`${labelOf(r.source)} ${labelOf(r.target)}`).includes('maduro'),
  );
  const sources = story.sources.filter((s) =>
    [s.outlet, s.author, s.title].some((t) => t && plain(t).includes('maduro')),
  );
  expect(relations.length).toBeGreaterThan(5);
  await openExplorer(page);
  const search = page.getByTestId('search-input');
  await search.fill('Maduro');

  const groups = matches(page).getByRole('group');
  await expect(groups).toHaveCount(3);
  await expect(groups.nth(0)).toHaveAccessibleName(`Entities (${entities.length})`);
  await expect(groups.nth(1)).toHaveAccessibleName(`Sources (first 5 of ${sources.length})`);
  await expect(groups.nth(2)).toHaveAccessibleName(`Relations (first 5 of ${relations.length})`);
  await expect(groups.nth(0).getByRole('option')).toHaveCount(entities.length);
  await expect(groups.nth(2).getByRole('option')).toHaveCount(5);

  await screenshot(page, 'search-grouped');
  const scan = await new AxeBuilder({ page })
    .include('[role="listbox"]')
    .include('[data-testid="search-input"]')
    .analyze();
  const serious = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.failureSummary).join('; ')}`)).toEqual([]);

  // Past the last entity, the arrow reaches the first source; Enter selects that source.
  for (let i = 0; i < entities.length; i++) await search.press('ArrowDown');
  const active = groups.nth(1).getByRole('option', { selected: true });
  await expect(active).toHaveCount(1);
  const text = (await active.textContent()) ?? '';
  const source = sources.find((s) => text.includes(s.title))!;
  await search.press('Enter');
  await expect(page.getByTestId('source-details').getByRole('heading', { level: 2 })).toHaveText(source.title);
});

test('a query that finds nothing says so, and "Path to…" still offers entities only', async ({ page }) => {
  await openExplorer(page);
  const search = page.getByTestId('search-input');
  await search.fill('zqxv');
  await expect(page.getByText('No matches for “zqxv”')).toBeVisible();
  await expect(search).toHaveAttribute('aria-expanded', 'false');

  await search.fill('Hugo Chávez');
  await search.press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText('Hugo Chávez');
  const pathTo = page.getByTestId('path-to');
  await pathTo.fill('washington post');
  await expect(page.getByText('No entity matches “washington post”')).toBeVisible();
  await pathTo.fill('russia');
  await expect(page.getByRole('listbox', { name: 'Matches' }).getByRole('group')).toHaveCount(0);
  await expect(page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first()).toHaveText('Russia');
});

test('a relation the filters hide is still found, and picking it shows everything again', async ({ page }) => {
  const request = story.relations.find((r) => r.type === 'requested_aid' && labelOf(r.target) === 'Russia')!;
  await openExplorer(page);
  const total = (await readCounts(page)).totalRelations;
  // Only comments shown: the request for aid is hidden.
  await page.getByRole('checkbox', { name: /^commented on/ }).check();
  await expect.poll(async () => (await readCounts(page)).visibleRelations).toBeLessThan(total);

  const search = page.getByTestId('search-input');
  await search.fill('maduro asked for aid from russia');
  await search.press('Enter');
  await expect(page.getByTestId('relation-details')).toContainText(request.claims[0]!.quote);
  await expect.poll(async () => (await readCounts(page)).visibleRelations).toBe(total);
});

test('↓ walks through every group to the last match, kept in sight as the list scrolls', async ({ page }) => {
  await openExplorer(page);
  const search = page.getByTestId('search-input');
  await search.fill('Maduro');
  const options = matches(page).getByRole('option');
  await expect(options.first()).toBeVisible();
  const count = await options.count();
  for (let i = 1; i < count; i++) await search.press('ArrowDown');
  const last = matches(page)
    .getByRole('group', { name: /^Relations/ })
    .getByRole('option')
    .last();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last).toBeInViewport();
  // One more ↓ stays on the last match; ↑ goes back.
  await search.press('ArrowDown');
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await search.press('ArrowUp');
  await expect(last).toHaveAttribute('aria-selected', 'false');
});

test('a relation found by its reading is tagged with what it only was: the planned Iran trip says "planned"', async ({
  page,
}) => {
  const velasquez = story.entities.find((e) => /Velásquez/.test(e.label))!;
  const trips = story.relations.filter((r) => r.source === velasquez.id && r.type === 'visited');
  const planned = trips.find((r) => r.modality === 'planned')!;
  const done = trips.find((r) => r.modality === 'happened')!;
  await openExplorer(page);
  const search = page.getByTestId('search-input');
  for (const [trip, tag] of [
    [planned, 'planned'],
    [done, null],
  ] as const) {
    await search.fill(`visited ${labelOf(trip.target)}`);
    const option = matches(page)
      .getByRole('group', { name: /^Relations/ })
      .getByRole('option', { name: new RegExp(`visited ${labelOf(trip.target)}`) });
    await expect(option).toBeVisible();
    if (tag) await expect(option.getByTestId('search-modality')).toHaveText(tag);
    else await expect(option.getByTestId('search-modality')).toHaveCount(0);
  }
});

test('a huge graph is searched by name and by reading once its indexes are made off the page', async ({ page }) => {
  test.setTimeout(120_000);
  // Past SEARCH_WORKER_FROM_ELEMENTS (model/thresholds.ts): the indexes are made in a worker.
  const file = syntheticGraph(60_000, 5);
  const address = 'http://graphs.test/huge.json';
  await page.route(address, (route) =>
    route.fulfill({ body: JSON.stringify(file), headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.goto(`/?data=${address}`);
  await expect(page.getByTestId('graph-counts')).toBeVisible({ timeout: 60_000 });
  // The mark the app sets once the indexes are made (view/marks.ts).
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('open:search').length), { timeout: 60_000 })
    .toBe(1);

  // From the file: "Node 4242" whole, and the ten "Node 4242x" starting with it; the relations with either end so named.
  const label = new Map(file.elements.nodes.map((n) => [n.data.id!, n.data.label!]));
  const named = (id: string) => /^node 4242/.test(label.get(id)!.toLowerCase());
  const holding = file.elements.edges.filter((e) => named(e.data.source!) || named(e.data.target!));
  expect(holding.length).toBeGreaterThan(5);
  const search = page.getByTestId('search-input');
  await search.fill('node 4242');
  const groups = matches(page).getByRole('group');
  await expect(groups.nth(0)).toHaveAccessibleName('Entities (first 8 of 11)');
  await expect(groups.nth(0).getByRole('option').first()).toHaveText(/^Node 4242\b/);
  await expect(groups.nth(1)).toHaveAccessibleName(`Relations (first 5 of ${holding.length})`);

  // A relation's whole reading, as the list shows it, finds that relation first.
  const reading = (await groups.nth(1).getByRole('option').first().textContent())!;
  await search.fill(reading.toLowerCase());
  await expect(matches(page).getByRole('group', { name: /^Relations/ }).getByRole('option').first()).toHaveText(
    reading,
  );
});
