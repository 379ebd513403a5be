// An entity's metrics in its details: on the story they are there once it is selected, with values worked out from
// graph-data apart from the app's code (counts of its links, and a short script of the textbook definitions); on a
// 10k import the user starts them, sees the progress, can cancel and start again.
import { expect, test, type Page, type Worker } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { bundledStory, countsText, openExplorer, screenshot } from './helpers';
import { syntheticGraph } from '../bench/generate';

const story = bundledStory();

/** The value the details give for a metric, by its label. */
const metricValue = (page: Page, label: string) =>
  page.getByTestId('entity-metrics').locator(`dt:text-is("${label}") + dd`);

async function select(page: Page, label: string) {
  await page.getByTestId('search-input').fill(label);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(label);
}

/** The measures come in a section closed at first, after the relations: open it (it stays open for the next entity). */
async function openMeasures(page: Page) {
  await page.getByTestId('entity-metrics').getByText('Graph measures', { exact: true }).click();
  await expect(page.getByTestId('entity-metrics')).toHaveAttribute('open', '');
}

test('selecting a story entity shows all its metrics, ranked, and its degree is its number of relations', async ({
  page,
}) => {
  // The best-connected entity, Venezuela: its rank and its relation list are both worth reading. Of its 18 links
  // 6 point to it (joint 2nd: the United States has more) and 12 start from it (2nd); no link carries a weight. It
  // lies on the most shortest paths (betweenness 0.347, normalised), is 2nd by closeness (0.477, Wasserman–Faust)
  // and by PageRank (0.0524, damping 0.85, after the United States). The story falls into two connected parts, of
  // 54 entities and 2. Its Louvain community depends on the seeded run, so only the reading's form is checked.
  const label = 'Venezuela';
  const of = `of ${story.entities.length}`;
  const expected = [
    ['Degree', `18 (1st ${of})`],
    ['In-degree', `6 (joint 2nd ${of})`],
    ['Out-degree', `12 (2nd ${of})`],
    ['Weighted degree', `18 (1st ${of})`],
    ['Betweenness', `0.347 (1st ${of})`],
    ['Closeness', `0.477 (2nd ${of})`],
    ['PageRank', `0.0524 (2nd ${of})`],
    ['Community', /^\d+ of \d+ \(\d+ entities\)$/],
    ['Connected component', '1 of 2 (54 entities)'],
  ] as const;
  await openExplorer(page);
  await select(page, label);
  await openMeasures(page);

  const metrics = page.getByTestId('entity-metrics');
  for (const [name, reading] of expected) await expect(metricValue(page, name)).toHaveText(reading);
  const relations = await page.getByTestId('entity-relations').locator('li').count();
  expect(relations).toBeGreaterThan(1);
  expect(Number.parseInt((await metricValue(page, 'Degree').textContent()) ?? '', 10)).toBe(relations);
  // Story-sized graphs compute them unasked: nothing to press, nothing estimated.
  await expect(metrics.getByTestId('compute-metrics')).toHaveCount(0);
  await expect(metrics).not.toContainText('estimated');
  await screenshot(page, 'entity-metrics');

  // Another entity has its values straight away, from the same computation. The unnamed aide's one link starts from
  // him, so no rank flows to him: he shares the lowest PageRank (0.15 / 56 plus the share of pages without links
  // out: 0.0100 to three figures, shown 0.01) with the nine others no link points to, joint 47th.
  await select(page, 'Senior Venezuelan aide (unnamed)');
  await expect(metricValue(page, 'PageRank')).toHaveText(`0.01 (joint 47th ${of})`);
  await expect(metricValue(page, 'Degree')).toHaveText(new RegExp(`^1 \\(joint \\d+(st|nd|rd|th) of `));
});

test('on a 10k import the details compute metrics on request, in a worker: Cancel stops betweenness, a second run finishes', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const file = syntheticGraph(10_000, 5);
  // The metrics workers running now: each leaves the set when it ends (finished or cancelled).
  const metricWorkers = new Set<Worker>();
  page.on('worker', (worker) => {
    if (!/metrics\.worker/.test(worker.url())) return;
    metricWorkers.add(worker);
    worker.on('close', () => metricWorkers.delete(worker));
  });
  await openExplorer(page);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'ten-k.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const links = file.elements.edges.length;
  await expect(page.getByTestId('graph-counts')).toHaveText(
    countsText({ visibleEntities: 10_000, totalEntities: 10_000, visibleRelations: links, totalRelations: links }),
    { timeout: 60_000 },
  );
  await select(page, 'Node 4321');
  await openMeasures(page);
  const details = page.getByTestId('entity-details');
  const metrics = page.getByTestId('entity-metrics');
  // Nothing is computed unasked on a graph this big.
  await expect(metricValue(page, 'Betweenness')).toHaveCount(0);
  const compute = metrics.getByRole('button', { name: 'Compute metrics' });
  // The measures come after the relations: bring them into view first, where the progress line will show.
  await compute.scrollIntoViewIfNeeded();
  await compute.focus();
  // Betweenness comes last, after the quick ones; its progress shows, and Cancel stops it. On a quiet machine the
  // run lasts well under a second, so Cancel is pressed in the page the moment the line appears (a mutation
  // observer), not after a poll from here.
  const progress = metrics.getByTestId('metric-progress');
  const pressed = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const press = () => {
          const line = document.querySelector('[data-testid="entity-metrics"] [data-testid="metric-progress"]');
          if (!line?.textContent?.includes('Computing betweenness…')) return false;
          line.querySelector('button')!.click();
          resolve(line.textContent);
          return true;
        };
        if (press()) return;
        const watch = new MutationObserver(() => {
          if (press()) watch.disconnect();
        });
        watch.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
  );
  await page.keyboard.press('Enter');
  expect(await pressed).toContain('Computing betweenness…');
  await expect(metrics.getByTestId('metric-message')).toHaveText('Betweenness was not computed (cancelled).');
  await expect(progress).toHaveCount(0);
  await expect(metricValue(page, 'Closeness')).toContainText('estimated from');
  const relations = await page.getByTestId('entity-relations').locator('li').count();
  expect(Number.parseInt((await metricValue(page, 'Degree').textContent()) ?? '', 10)).toBe(relations);
  // The page answers, and the cancelled run brings no value later (an uncancelled one takes a few seconds).
  await page.getByTestId('search-input').fill('Node 77');
  await expect(page.getByRole('listbox', { name: 'Matches' })).toBeVisible();
  await page.getByTestId('search-input').press('Escape');
  // Cancel ends the worker that computed it, so nothing is left that could bring a value.
  await expect.poll(() => metricWorkers.size, { message: 'the metrics workers have stopped' }).toBe(0);
  await expect(metricValue(page, 'Betweenness')).toHaveCount(0);
  await expect(progress).toHaveCount(0);

  // The section with its message and button passes an accessibility scan.
  const scan = await new AxeBuilder({ page }).include('[data-testid="entity-metrics"]').analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Asked again, only betweenness is left, and it finishes: estimated from samples, and the details say so.
  await expect(metrics).toContainText('Not computed yet: betweenness.');
  await compute.click();
  await expect(progress).toContainText(/Computing betweenness… \d+%/, { timeout: 30_000 });
  await screenshot(page, 'entity-metrics-progress');
  // Sampled sources: 300, fewer on bigger graphs by the rule 6,000,000 / (entities + links), which keeps a run to a
  // few seconds; the generated file has two links per entity, so 6,000,000 / 30,000 = 200.
  expect(links).toBe(20_000);
  await expect(metricValue(page, 'Betweenness')).toContainText('of 10,000), estimated from 200 sampled entities', {
    timeout: 60_000,
  });
  await expect(metrics.getByTestId('metric-message')).toHaveCount(0);
  await expect(compute).toHaveCount(0);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Node 4321');
  const ranInWorker = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((e) => /metrics\.worker/.test(e.name)),
  );
  expect(ranInWorker).toBe(true);
});
