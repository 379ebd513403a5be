// The evidence lint on a generated 50,000-relation investigation with claims (lintData.ts), in Chromium: what the
// explorer does past LINT_WORKER_PAST_RELATIONS (src/model/thresholds.ts): the rules' fields sent to a worker,
// checked, the items sent back, timed in the page from the start to the items in hand (bench/reference/lint.ts).
// Issue 19's goal: ≤ 2 s. Beside it the rules alone on the page's main thread (after the worker runs, so warm).
// Figures are printed, never asserted.
import { resolve, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { startServer } from './server';
import type { LintBenchResult } from './reference/lint';

export interface LintFigures {
  relations: number;
  claims?: number;
  items?: number;
  /** Start → items in the page, through the worker: the first run (loading the worker's code) and the median. */
  workerFirstMs?: number;
  workerMedianMs?: number;
  /** The rules' own time inside the worker, median of the runs (the rest is sending the input and items across). */
  rulesInWorkerMs?: number;
  mainThreadMs?: number;
  error?: string;
}

const round = (ms: number) => Math.round(ms);

export async function measureLint(browser: Browser, base: string, relations: number): Promise<LintFigures> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/ref/lint.html?n=${relations}`);
    await page.waitForFunction(() => (window as never as { __lintBench?: unknown }).__lintBench !== undefined, null, {
      timeout: 120_000,
    });
    const result = await page.evaluate(
      () => (window as never as { __lintBench: LintBenchResult | { error: string } }).__lintBench,
    );
    if ('error' in result) return { relations, error: result.error };
    const runs = result.workerRunsMs;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return {
      relations,
      claims: result.claims,
      items: result.items,
      workerFirstMs: round(runs[0]!),
      workerMedianMs: round(median(runs)),
      rulesInWorkerMs: round(median(result.rulesInWorkerMs)),
      mainThreadMs: round(result.mainThreadMs),
    };
  } catch (error) {
    return { relations, error: (error as Error).message };
  } finally {
    await context.close();
  }
}

export function renderLint(figures: LintFigures | null): string {
  if (!figures) return '';
  const f = figures;
  return [
    '## Evidence lint',
    '',
    `A generated investigation of ${f.relations.toLocaleString('en')} relations${f.claims ? ` and ${f.claims.toLocaleString('en')} claims` : ''}: the explorer's worker path (the fields the rules read sent to a fresh worker, every rule run there, the items sent back), timed in the page from start to items. Goal (issue 19): ≤ 2,000 ms.`,
    '',
    f.error
      ? `Failed: ${f.error}`
      : [
          '| figure | ms |',
          '| --- | ---: |',
          `| in the worker, first run (loads the worker's code) | ${f.workerFirstMs} |`,
          `| in the worker, median of 3 runs | ${f.workerMedianMs} |`,
          `| of which the rules inside the worker (median) | ${f.rulesInWorkerMs} |`,
          `| the rules alone, on the page's main thread (warm) | ${f.mainThreadMs} |`,
          '',
          `${f.items?.toLocaleString('en')} items found.`,
        ].join('\n'),
    '',
  ].join('\n');
}

// `npx tsx bench/lint.ts [50000]`: this part alone (builds the bench pages, serves them, runs Chromium).
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const relations = Number(process.argv[2] ?? 50_000);
  spawnSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], { cwd: root, stdio: 'inherit' });
  const server = await startServer({ '/ref/': join(root, 'bench', '.dist-reference') });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    console.log(`\n${renderLint(await measureLint(browser, server.url, relations))}`);
  } finally {
    await browser.close();
    server.close();
  }
}
