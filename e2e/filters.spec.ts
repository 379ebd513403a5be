// Country filters change the counts to what the dataset says, combine, and reset.
import { expect, test } from '@playwright/test';
import { bundledStory, countsText, openExplorer, screenshot } from './helpers';

const story = bundledStory();

function expectedFor(countries: string[]) {
  const shown = new Set(story.entities.filter((e) => countries.includes(e.country ?? '')).map((e) => e.id));
  const relations = story.relations.filter((r) => shown.has(r.source) && shown.has(r.target));
  return countsText({
    visibleEntities: shown.size,
    totalEntities: story.entities.length,
    visibleRelations: relations.length,
    totalRelations: story.relations.length,
  });
}

test('choosing countries shows just their entities and the relations among them', async ({ page }) => {
  await openExplorer(page);
  const countryFacet = page.getByTestId('facet-entity:country');
  const venezuela = countryFacet.getByRole('checkbox', { name: /Venezuela/ });
  const venezuelaCount = story.entities.filter((e) => e.country === 'VE').length;
  await expect(countryFacet.getByText('Venezuela', { exact: true }).locator('..')).toContainText(
    String(venezuelaCount),
  );

  await venezuela.check();
  await expect(page.getByTestId('graph-counts')).toHaveText(expectedFor(['VE']));
  await screenshot(page, '03-filter-venezuela');

  await countryFacet.getByRole('checkbox', { name: /Russia/ }).check();
  await expect(page.getByTestId('graph-counts')).toHaveText(expectedFor(['VE', 'RU']));

  await page.getByTestId('reset-filters').click();
  await expect(page.getByTestId('graph-counts')).toHaveText(
    expectedFor([...new Set(story.entities.map((e) => e.country ?? ''))]),
  );
  await expect(venezuela).not.toBeChecked();
});

test('entity type and claim status filters combine with the country filter', async ({ page }) => {
  await openExplorer(page);
  await page
    .getByTestId('facet-entity:country')
    .getByRole('checkbox', { name: /Venezuela/ })
    .check();
  await page
    .getByTestId('facet-entity:type')
    .getByRole('checkbox', { name: /^Person/ })
    .check();
  const people = story.entities.filter((e) => e.country === 'VE' && e.type === 'person');
  const ids = new Set(people.map((e) => e.id));
  const between = story.relations.filter((r) => ids.has(r.source) && ids.has(r.target));
  await expect(page.getByTestId('graph-counts')).toHaveText(
    countsText({
      visibleEntities: people.length,
      totalEntities: story.entities.length,
      visibleRelations: between.length,
      totalRelations: story.relations.length,
    }),
  );
  await page.getByTestId('reset-filters').click();

  await page
    .getByTestId('facet-relation:status')
    .getByRole('checkbox', { name: /Own statement/ })
    .check();
  const statements = story.relations.filter((r) => r.claims.some((c) => c.status === 'statement'));
  await expect(page.getByTestId('graph-counts')).toContainText(
    `${statements.length} of ${story.relations.length} relations`,
  );
});

test('a long value list shows the commonest values first and the rest on request', async ({ page }) => {
  await openExplorer(page);
  const types = new Set(story.relations.map((r) => r.type));
  const facet = page.getByTestId('facet-relation:type');
  await expect(facet.getByRole('checkbox')).toHaveCount(Math.min(12, types.size));
  if (types.size > 12) {
    await facet.getByRole('button', { name: `Show all ${types.size}` }).click();
    await expect(facet.getByRole('checkbox')).toHaveCount(types.size);
  }
});

test('a filter chosen while the drawing code is still loading applies once the graph is drawn', async ({ page }) => {
  // Hold back cytoscape's code (loaded on demand) until the filter is ticked, so it is ticked before anything is drawn.
  let release = () => {};
  const ticked = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/cytoscape-*.js', async (route) => {
    await ticked;
    await route.continue();
  });
  await page.goto('/');
  await page
    .getByTestId('facet-entity:country')
    .getByRole('checkbox', { name: /Venezuela/ })
    .check();
  expect(await page.evaluate(() => window.__graphView?.renderer() ?? null)).toBeNull();
  await expect(page.getByTestId('graph-counts')).toHaveText(expectedFor(['VE']));
  release();
  await expect.poll(() => page.evaluate(() => window.__graphView?.renderer()), { timeout: 10_000 }).toBe('cytoscape');
  const venezuelan = story.entities.find((e) => e.country === 'VE')!;
  // An entity the filter hides outright: not Venezuelan, and not at the far end of a Venezuelan link (shown faded).
  const venezuelans = new Set(story.entities.filter((e) => e.country === 'VE').map((e) => e.id));
  const linked = new Set(
    story.relations.flatMap((r) =>
      venezuelans.has(r.source) || venezuelans.has(r.target) ? [r.source, r.target] : [],
    ),
  );
  const other = story.entities.find((e) => e.country !== 'VE' && !linked.has(e.id))!;
  const drawn = (id: string) => page.evaluate((key) => window.__graphView?.renderedPosition(key) ?? null, id);
  await expect.poll(() => drawn(venezuelan.id)).not.toBeNull();
  expect(await drawn(other.id)).toBeNull();
});

test('the country filter shows, faded, whom the picked country deals with, and can stop doing so', async ({ page }) => {
  await openExplorer(page);
  await page
    .getByTestId('facet-entity:country')
    .getByRole('checkbox', { name: /Russia/ })
    .check();
  await expect(page.getByTestId('graph-counts')).toHaveText(expectedFor(['RU']));
  // Expected from the dataset: the entities of other countries at the far end of a Russian entity's links.
  const russian = new Set(story.entities.filter((e) => e.country === 'RU').map((e) => e.id));
  const links = story.relations.filter((r) => russian.has(r.source) !== russian.has(r.target));
  const farEnds = new Set(links.map((r) => (russian.has(r.source) ? r.target : r.source)));
  await expect(page.getByTestId('context-counts')).toContainText(
    `${farEnds.size} entities and ${links.length} relations`,
  );
  const drawn = (id: string) => page.evaluate((key) => window.__graphView!.renderedPosition(key) !== null, id);
  const neighbour = [...farEnds][0]!;
  await expect.poll(() => drawn(neighbour)).toBe(true);
  // Drawn faded: exactly the far ends and their links, none of the Russians.
  const faded = () => page.evaluate(() => window.__graphView!.contextKeys());
  await expect.poll(async () => (await faded()).nodes.sort()).toEqual([...farEnds].sort());
  expect((await faded()).edges.sort()).toEqual(links.map((r) => r.id).sort());
  await screenshot(page, '15-country-context');

  await page.getByTestId('country-context').uncheck();
  await expect(page.getByTestId('context-counts')).toHaveCount(0);
  await expect.poll(() => drawn(neighbour)).toBe(false);
  expect((await faded()).nodes).toEqual([]);
  await expect(page.getByTestId('graph-counts')).toHaveText(expectedFor(['RU']));
});

test('an entity type filter offers the same faded context, off by default, from the keyboard', async ({ page }) => {
  await openExplorer(page);
  const types = page.getByTestId('facet-entity:type');
  await types.getByRole('checkbox', { name: /^Person/ }).check();
  const persons = new Set(story.entities.filter((e) => e.type === 'person').map((e) => e.id));
  const links = story.relations.filter((r) => persons.has(r.source) !== persons.has(r.target));
  const farEnds = new Set(links.map((r) => (persons.has(r.source) ? r.target : r.source)));
  const faded = () => page.evaluate(() => window.__graphView!.contextKeys());
  const option = page.getByTestId('context-entity:type');
  await expect(option).not.toBeChecked();
  expect((await faded()).nodes).toEqual([]);
  await option.focus();
  await page.keyboard.press('Space');
  await expect(option).toBeChecked();
  await expect(page.getByTestId('context-counts')).toContainText(
    `${farEnds.size} entities and ${links.length} relations`,
  );
  await expect.poll(async () => (await faded()).nodes.sort()).toEqual([...farEnds].sort());
  // The option belongs to the link (written to the address a moment later): a reload of it brings it back.
  await expect.poll(() => new URL(page.url()).searchParams.get('f') ?? '').toContain('"c":');
  await page.reload();
  await expect(page.getByTestId('context-entity:type')).toBeChecked();
  await expect.poll(async () => (await faded()).nodes.length).toBe(farEnds.size);
});
