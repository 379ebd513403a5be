// Editing a big investigation: one entity renamed, as the editor's Save does, timed from the edit to the next
// presented frame that drew (probe.js). The app is driven through its `window.__editLabel` hook
// (src/ui/GraphCanvas.tsx), which runs the same checked edit (model/edit/records.ts) and 'edited' step as the UI.
// Goal (issue 19): ≤ 100 ms at 50,000 entities. The reference pages have no editing, so this is the app alone.
import type { Browser } from '@playwright/test';
import { writeSyntheticGraphs } from './generate';
import { frameAfter, measureLoad, round } from './measure';
import { percentile } from './report';

const EDITS = 10;
const STEP_TIMEOUT_MS = 60_000;

export interface EditFigures {
  nodes: number;
  edges: number;
  error?: string;
  /** Edit → presented frame, per edit. */
  times: number[];
}

type Hooked = { __editLabel(id: string, label: string): boolean };

export async function measureEdits(browser: Browser, base: string, dataDir: string, n: number): Promise<EditFigures> {
  const [file] = writeSyntheticGraphs(dataDir, [n]);
  const figures: EditFigures = { nodes: n, edges: 2 * n, times: [] };
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    const graph = {
      name: `synthetic ${n / 1000}k`,
      appFile: file!,
      refFile: file!,
      nodes: n,
      edges: 2 * n,
      filterable: false,
    };
    await measureLoad(page, 'app', graph, base);
    await page.waitForFunction(() => typeof (window as never as Partial<Hooked>).__editLabel === 'function');
    await new Promise((r) => setTimeout(r, 1000));
    for (let k = 0; k < EDITS; k++) {
      // A different entity and name each time, so every edit changes something to draw.
      const id = `n${(k * 7919) % n}`;
      const at = await page.evaluate(
        ([target, label]) => {
          const now = performance.now();
          if (!(window as never as Hooked).__editLabel(target, label)) throw new Error(`edit of ${target} refused`);
          return now;
        },
        [id, `Renamed ${k}`] as const,
      );
      const frame = await frameAfter(page, at, STEP_TIMEOUT_MS);
      if (!frame) throw new Error(`no frame within ${STEP_TIMEOUT_MS / 1000} s of edit ${k + 1}`);
      figures.times.push(round(frame.presented - at));
      // Let the page settle (background saving, hashing) before the next edit, as a person's next edit would.
      await new Promise((r) => setTimeout(r, 1500));
    }
  } catch (error) {
    figures.error = (error as Error).message.split('\n')[0];
  } finally {
    await context.close().catch(() => undefined);
  }
  return figures;
}

export function renderEdits(all: readonly EditFigures[]): string {
  if (all.length === 0) return '';
  const rows = all.map((f) => {
    if (f.error && f.times.length === 0) return `| ${f.nodes.toLocaleString('en')} | error: ${f.error} | | |`;
    const sorted = f.times;
    return `| ${f.nodes.toLocaleString('en')} | ${percentile(sorted, 50)} | ${percentile(sorted, 95)} | ${f.times.length} |`;
  });
  return [
    '## Editing one entity (issue 19: goal ≤ 100 ms at 50k)',
    '',
    'Rename an entity through the checked edit and the `edited` step → next presented frame, ms.',
    '',
    '| entities | p50 | p95 | edits |',
    '| ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}
