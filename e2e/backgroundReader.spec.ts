// A graph file the page hands to the background reader (past 256 kB, with nested values the one-pass route leaves
// to the general reader) opens with its counts, and its address carries the dataset's content hash (the key of
// links and stored work), which the reader computes and sends back: the hash the page's own records give.
import { expect, test, type Page } from '@playwright/test';
import { syntheticGraph } from '../bench/generate';
import { countsText, openExplorer } from './helpers';
import { storedRecords } from './storedWork';
import { answerOpenRequest } from '../src/io/openRequest';
import { fromWire, toWire } from '../src/io/datasetWire';
import { datasetHash } from '../src/model/datasetHash';

const N = 3_000;
const graph = syntheticGraph(N, 11);
for (const node of graph.elements.nodes) (node.data as Record<string, unknown>).tags = ['a', node.data.id];
const text = JSON.stringify(graph);

/** The hash of the records the page makes of the reader's answer, computed here apart from the browser. */
function expectedHash(): string {
  const reply = fromWire(structuredClone(toWire(answerOpenRequest({ kind: 'file', text, fileName: 'tagged.json' }))));
  if (!reply.ok) throw new Error(reply.message);
  return datasetHash(reply.opened.dataset);
}

const all = countsText({
  visibleEntities: N,
  totalEntities: N,
  visibleRelations: graph.elements.edges.length,
  totalRelations: graph.elements.edges.length,
});

async function openTagged(page: Page) {
  expect(text.length).toBeGreaterThan(256 * 1024);
  await openExplorer(page);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'tagged.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('graph-counts')).toHaveText(all, { timeout: 30_000 });
}

test('a graph read in the background opens, and its address carries the hash of its records', async ({ page }) => {
  await openTagged(page);
  const hash = expectedHash();
  // Within half a minute: the page would wait a minute for the reader before hashing the records itself.
  await expect.poll(() => new URL(page.url()).searchParams.get('h'), { timeout: 30_000 }).toBe(hash);
});

// The graph comes back from the browser's storage after a reload, its records checked there with the schema (and
// their keys in another order than the reader's): the work stored for it must still be found.
test('a view saved on a graph read in the background is still listed after a reload', async ({ page }) => {
  await openTagged(page);
  await page.getByTestId('save-view').click();
  await page.getByTestId('view-name').fill('Mine');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect
    .poll(async () => (await storedRecords(page)).map((r) => r.savedViews.map((v) => v.name)), { timeout: 30_000 })
    .toContainEqual(['Mine']);
  await page.reload();
  await expect(page.getByTestId('graph-counts')).toHaveText(all, { timeout: 30_000 });
  await page.getByRole('button', { name: /^Views/ }).click();
  const listed = page.getByTestId('saved-views').getByRole('listitem');
  await expect(listed).toHaveCount(1, { timeout: 30_000 });
  await expect(listed).toContainText('Mine');
});
