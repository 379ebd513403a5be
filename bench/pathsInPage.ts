// "Path to…" in the page, on the biggest synthetic graph of the run: the longest main-thread task (probe.js's
// `longtask` entries) while a path is set between the graph's first and last entities, and while the filters and
// the path's switches change with the path set. Issue 11 allows none over 200 ms at 10k–50k nodes. The imported
// graph's relations have no claims, so over the evidence rules no link passes (that search ends at once);
// bench/paths.ts times that search on graphs with evidence.
import type { Browser, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { writeSyntheticGraphs, syntheticGraph } from './generate';
import { measureLoad, round } from './measure';
import type { BenchGraph } from './run';

export interface PathPageFigures {
  nodes: number;
  error?: string;
  rows: { action: string; longestTaskMs: number }[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The longest main-thread task from the start of `act` to 500 ms after it (what follows it on screen included). */
async function longestTaskDuring(page: Page, act: () => Promise<void>): Promise<number> {
  const from = await page.evaluate(() => performance.now());
  await act();
  await sleep(500);
  const to = await page.evaluate(() => performance.now());
  return round(
    await page.evaluate(
      ([a, b]) =>
        (window as never as { __bench: { longestTask(a: number, b: number): number } }).__bench.longestTask(a, b),
      [from, to] as const,
    ),
  );
}

export async function measurePathsInPage(
  browser: Browser,
  base: string,
  dataDir: string,
  n: number,
): Promise<PathPageFigures> {
  const [file] = writeSyntheticGraphs(dataDir, [n]);
  const graph: BenchGraph = {
    name: `synthetic ${n / 1000}k`,
    appFile: file!,
    refFile: file!,
    nodes: n,
    edges: 2 * n,
    filterable: true,
  };
  const { nodes } = syntheticGraph(n).elements;
  const [from, to] = [nodes[0]!.data.label!, nodes[nodes.length - 1]!.data.label!];
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const figures: PathPageFigures = { nodes: n, rows: [] };
  try {
    const page = await context.newPage();
    await measureLoad(page, 'app', graph, base);
    await sleep(1500);
    await page.getByTestId('search-input').fill(from);
    await page.getByTestId('search-input').press('Enter');
    await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(from);
    await page.getByTestId('path-to').fill(to);
    await sleep(500);
    const steps = page.getByTestId('path-steps').getByRole('listitem').first();
    const message = page.getByTestId('path-message');
    const answered = () => expect(steps.or(message).first()).toBeVisible({ timeout: 60_000 });
    const box = page.locator('[data-testid="facet-entity:country"] input[type=checkbox]').first();
    // Each action checks it took effect, so a figure is never of a click that did nothing.
    const toggle = async (control: Locator, on: boolean) => {
      await control.click();
      await expect(control).toBeChecked({ checked: on });
    };
    const arrows = page.getByLabel('Follow the arrows');
    const best = page.getByLabel(/Best-supported path/);
    const rules = page.getByLabel(/Only links that pass/);
    const actions: [string, () => Promise<void>][] = [
      [
        'set the path (Enter in "Path to…")',
        async () => {
          await page.getByTestId('path-to').press('Enter');
          await answered();
        },
      ],
      ['tick a country, path set', () => toggle(box, true)],
      ['untick it', () => toggle(box, false)],
      ['Follow the arrows', () => toggle(arrows, true)],
      ['Best-supported path', () => toggle(best, true)],
      [
        'Best-supported off, arrows off',
        async () => {
          await toggle(best, false);
          await toggle(arrows, false);
        },
      ],
      ['Only links that pass the evidence rules', () => toggle(rules, true)],
    ];
    for (const [action, act] of actions) {
      figures.rows.push({ action, longestTaskMs: await longestTaskDuring(page, act) });
      process.stdout.write(
        `paths in the page ${n / 1000}k · ${action}: longest task ${figures.rows.at(-1)!.longestTaskMs} ms\n`,
      );
    }
  } catch (error) {
    figures.error = (error as Error).message.split('\n')[0];
  } finally {
    await context.close().catch(() => undefined);
  }
  return figures;
}

export function renderPathsInPage(figures: PathPageFigures | null): string {
  if (!figures) return '';
  const lines = [
    `### In the page, ${(figures.nodes / 1000).toLocaleString('en')}k nodes: longest main-thread task`,
    '',
    'From the input to 500 ms after it (the drawing that follows included); issue 11 allows none over 200 ms.',
    '',
    '| action | longest task (ms) |',
    '| --- | ---: |',
    // The browser reports tasks of 50 ms and more only.
    ...figures.rows.map((r) => `| ${r.action} | ${r.longestTaskMs || 'none over 50'} |`),
    '',
  ];
  if (figures.error) lines.push(`Stopped: ${figures.error}`, '');
  return lines.join('\n');
}
