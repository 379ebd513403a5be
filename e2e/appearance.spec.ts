// Sizing and colouring by a metric: the drawing and the legend follow the choice, on the story and on a 10k import
// whose metric runs off the page. Expectations are facts of the bundled story (graph-data/venezuela-military-aid.json)
// worked out apart from the app's code: PageRank (damping 0.85) and betweenness were computed from the file's links
// by a short script of their textbook definitions, and the standings below read by hand from its output.
import { expect, test } from '@playwright/test';
import { bundledStory, countsText, openExplorer, screenshot } from './helpers';
import { syntheticGraph } from '../bench/generate';

const story = bundledStory();
const idOf = (label: string) => story.entities.find((e) => e.label === label)!.id;

test('"Size by PageRank" makes the entity with the highest PageRank the biggest, and the legend says so', async ({
  page,
}) => {
  // The United States ranks first (0.081, well ahead of Venezuela's 0.052). Chávez's four links all start from him,
  // so none brings him rank: he shares the lowest PageRank with every entity no link points to.
  const top = idOf('United States');
  const bottom = idOf('Hugo Chávez');
  await openExplorer(page);
  const size = (id: string) => page.evaluate((key) => window.__graphView!.renderedSize(key), id);
  const before = { top: (await size(top))!, bottom: (await size(bottom))! };

  const sizeBy = page.getByTestId('size-by');
  await sizeBy.focus();
  await sizeBy.selectOption({ label: 'PageRank' });
  await expect(page.getByTestId('legend-size')).toContainText('Size: PageRank');
  await expect.poll(async () => (await size(top))! / (await size(bottom))!).toBeGreaterThan(2);
  expect((await size(top))! / (await size(bottom))!).not.toBeCloseTo(before.top / before.bottom, 1);
  const all = await page.evaluate(
    (keys) => keys.map((k) => window.__graphView!.renderedSize(k)!),
    story.entities.map((e) => e.id),
  );
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
  // On a graph this big betweenness is estimated from sampled sources: 300, fewer on bigger graphs by the rule of
  // 6,000,000 / (entities + links) that keeps a run to a few seconds. The generated file has two links per entity, so
  // 6,000,000 / 30,000 = 200.
  expect(file.elements.edges.length).toBe(20_000);
  const samples = 200;
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
  // Venezuela lies on the most shortest paths (0.347, normalised; the United States follows with 0.259). Rostec, with
  // a single link, lies on none between two others: the least central rank at 0, with the story's other such ends.
  const mostCentral = 'Venezuela';
  await openExplorer(page);
  await page.getByRole('button', { name: 'Top entities by a metric…' }).click();
  await page.getByTestId('rank-by').selectOption({ label: 'Betweenness' });
  const rows = page.getByTestId('ranking-table').locator('tbody tr');
  await expect(rows.first()).toContainText(mostCentral);
  // Ascending: the least central first.
  await page
    .getByTestId('ranking-table')
    .getByRole('button', { name: /^Betweenness/ })
    .click();
  await expect(page.getByTestId('ranking-table').locator('th[aria-sort="ascending"]')).toHaveCount(1);
  await expect(rows.first().locator('td.number')).toHaveText('0');
  await expect(rows.filter({ hasText: 'Rostec' }).locator('td.number')).toHaveText('0');
  await page
    .getByTestId('ranking-table')
    .getByRole('button', { name: /^Betweenness/ })
    .click();
  await rows.first().getByRole('button').click();
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(mostCentral);
  await expect(page.getByTestId('entity-details')).toContainText('Betweenness');
});

/** A small crew whose members carry a nickname (text) and an age (number); Eve has no nickname. */
const CREW = ['Ann', 'Bob', 'Cy', 'Dee', 'Eve'];
const NICKNAMES: Record<string, string> = { Ann: 'Captain', Bob: 'Doc', Cy: 'Sparrow', Dee: 'Ace' };
const crewGraphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="label" for="node" attr.name="label" attr.type="string"/>
<key id="nick" for="node" attr.name="nickname" attr.type="string"/>
<key id="age" for="node" attr.name="age" attr.type="int"/>
<graph edgedefault="undirected">
${CREW.map(
  (name, i) =>
    `<node id="n${i}"><data key="label">${name}</data>${
      NICKNAMES[name] ? `<data key="nick">${NICKNAMES[name]}</data>` : ''
    }<data key="age">${30 + i}</data></node>`,
).join('\n')}
${CREW.map((_, i) => `<edge source="n${i}" target="n${(i + 1) % CREW.length}"/>`).join('\n')}
</graph>
</graphml>`;

test('"Label by" an imported text attribute draws its values on the nodes; None draws no labels; undo restores', async ({
  page,
}) => {
  await openExplorer(page);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'crew.graphml', mimeType: 'application/xml', buffer: Buffer.from(crewGraphml) });
  await expect(page.getByTestId('graph-counts')).toHaveText(
    countsText({ visibleEntities: 5, totalEntities: 5, visibleRelations: 5, totalRelations: 5 }),
  );
  const drawnNodeLabels = () =>
    page.evaluate(() =>
      window.__drawnLabels!()
        .filter((l) => l.kind === 'node')
        .map((l) => l.text)
        .sort(),
    );
  await expect.poll(drawnNodeLabels).toEqual([...CREW].sort());

  const labelBy = page.getByTestId('label-by');
  await expect(labelBy).toHaveAccessibleName('Label by');
  // Text attributes are offered; the numeric age is not.
  await expect(labelBy.locator('option')).toHaveText(['Name', 'nickname', 'None']);
  await labelBy.focus();
  await page.keyboard.press('ArrowDown');
  await expect(labelBy).toHaveValue('attr:nickname');
  // Eve has no nickname, so she carries no label rather than her name.
  await expect.poll(drawnNodeLabels).toEqual(Object.values(NICKNAMES).sort());
  await expect(page.getByTestId('legend-labels')).toHaveText('Labels: nickname.');
  await screenshot(page, 'label-by-nickname');
  // The link carries the choice.
  await expect
    .poll(() => new URL(page.url()).searchParams.get('a'))
    .toBe(JSON.stringify(['degree', 'type', 0, 'attr:nickname']));

  await labelBy.selectOption({ label: 'None' });
  await expect.poll(drawnNodeLabels).toEqual([]);
  await expect(page.getByTestId('legend-labels')).toHaveText('No labels.');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(labelBy).toHaveValue('attr:nickname');
  await expect.poll(drawnNodeLabels).toEqual(Object.values(NICKNAMES).sort());
});

test('a link that labels by an attribute the story lacks keeps its sizes, says so, and shows names', async ({
  page,
}) => {
  const params = new URLSearchParams({ a: JSON.stringify(['metric:pagerank', 'type', 0, 'attr:nickname']) });
  await page.goto(`/?${params.toString()}`);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('could not be restored');
  await expect(notice).toContainText('labels nodes by “nickname”');
  await expect(page.getByTestId('label-by')).toHaveValue('name');
  await expect(page.getByTestId('size-by')).toHaveValue('metric:pagerank');
  await expect(page.getByTestId('legend-size')).toContainText('Size: PageRank');
});
