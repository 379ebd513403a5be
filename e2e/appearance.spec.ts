// Sizing and colouring by a metric: the drawing and the legend follow the choice, on the story and on a 10k import
// whose metric runs off the page. Expectations come from the model's own metric functions on the same graph.
import { expect, test } from '@playwright/test';
import { bundledStory, countsText, openExplorer, screenshot } from './helpers';
import { buildGraph } from '../src/model/graph';
import { computeMetric, samplesFor } from '../src/model/metrics';
import { structureOf } from '../src/view/metricsRunner';
import { syntheticGraph } from '../bench/generate';

const story = bundledStory();

test('"Size by PageRank" makes the entity with the highest PageRank the biggest, and the legend says so', async ({
  page,
}) => {
  const structure = structureOf(buildGraph(story));
  const ranks = computeMetric(structure, 'pagerank').values;
  const order = [...structure.nodes.keys()].sort((a, b) => ranks[b]! - ranks[a]!);
  const top = structure.nodes[order[0]!]!;
  const bottom = structure.nodes[order[order.length - 1]!]!;
  await openExplorer(page);
  const size = (id: string) => page.evaluate((key) => window.__graphView!.renderedSize(key), id);
  const before = { top: (await size(top))!, bottom: (await size(bottom))! };

  const sizeBy = page.getByTestId('size-by');
  await sizeBy.focus();
  await sizeBy.selectOption({ label: 'PageRank' });
  await expect(page.getByTestId('legend-size')).toContainText('Size: PageRank');
  await expect.poll(async () => (await size(top))! / (await size(bottom))!).toBeGreaterThan(2);
  expect((await size(top))! / (await size(bottom))!).not.toBeCloseTo(before.top / before.bottom, 1);
  const all = await page.evaluate((keys) => keys.map((k) => window.__graphView!.renderedSize(k)!), structure.nodes);
  expect(Math.max(...all)).toBeCloseTo((await size(top))!, 5);

  await page.getByTestId('colour-by').selectOption({ label: 'Community' });
  await expect(page.getByTestId('legend-colour')).toContainText('Colour: Community');
  await expect(page.getByTestId('legend-colour')).toContainText('community 1');
  await screenshot(page, '16-size-by-pagerank');

  // Back to the defaults: degree sizes and type colours, and the legend says that again.
  await sizeBy.selectOption({ label: 'Degree' });
  await page.getByTestId('colour-by').selectOption({ label: 'Entity type' });
  await expect(page.getByTestId('legend-size')).toHaveText('Bigger nodes have more links.');
  await expect(page.getByTestId('legend-colour')).toHaveCount(0);
});

test('betweenness on a 10k-node import runs in a worker, is estimated by sampling, and says so', async ({ page }) => {
  test.setTimeout(120_000);
  const file = syntheticGraph(10_000, 11);
  await openExplorer(page);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'ten-k.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const counts = countsText({
    visibleEntities: 10_000,
    totalEntities: 10_000,
    visibleRelations: file.elements.edges.length,
    totalRelations: file.elements.edges.length,
  });
  await expect(page.getByTestId('graph-counts')).toHaveText(counts, { timeout: 60_000 });

  await page.getByTestId('colour-by').selectOption({ label: 'Betweenness' });
  // While it runs the page answers: the search box lists matches.
  await page.getByTestId('search-input').fill(file.elements.nodes[0]!.data.label!);
  await expect(page.getByRole('listbox', { name: 'Matches' })).toBeVisible();
  const samples = samplesFor(10_000, file.elements.edges.length);
  await expect(page.getByTestId('metric-sampled')).toContainText(`estimated from ${samples} sampled entities`, {
    timeout: 60_000,
  });
  await expect(page.getByTestId('legend-colour')).toContainText('Colour: Betweenness');
  const ranInWorker = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((e) => /metrics\.worker/.test(e.name)),
  );
  expect(ranInWorker).toBe(true);
});

test('the "Top entities" table ranks every entity by a metric, sorts both ways, and selects a row', async ({
  page,
}) => {
  const structure = structureOf(buildGraph(story));
  const betweenness = computeMetric(structure, 'betweenness').values;
  const ranked = [...structure.nodes.keys()].sort((a, b) => betweenness[b]! - betweenness[a]!);
  const label = (i: number) => story.entities.find((e) => e.id === structure.nodes[i])!.label;
  await openExplorer(page);
  await page.getByRole('button', { name: 'Top entities by a metric…' }).click();
  await page.getByTestId('rank-by').selectOption({ label: 'Betweenness' });
  const rows = page.getByTestId('ranking-table').locator('tbody tr');
  await expect(rows.first()).toContainText(label(ranked[0]!));
  // Ascending: the least central first.
  await page
    .getByTestId('ranking-table')
    .getByRole('button', { name: /Betweenness/ })
    .click();
  await expect(page.getByTestId('ranking-table').locator('th[aria-sort="ascending"]')).toHaveCount(1);
  const lowest = Math.min(...betweenness);
  const leastCentral = new Set([...structure.nodes.keys()].filter((i) => betweenness[i] === lowest).map(label));
  expect(leastCentral.has((await rows.first().getByRole('button').textContent()) ?? '')).toBe(true);
  await page
    .getByTestId('ranking-table')
    .getByRole('button', { name: /Betweenness/ })
    .click();
  await rows.first().getByRole('button').click();
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(label(ranked[0]!));
  await expect(page.getByTestId('entity-details')).toContainText('Betweenness');
});
