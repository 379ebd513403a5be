// The time brush at 50k: a window a quarter of the data's span slides across it in steps, as a brush drag does, and
// each step is timed from the window change to the next presented frame that drew (probe.js). The app is driven
// through its `window.__setTime` hook (src/ui/GraphCanvas.tsx), sigma through the same hook on its page (an edge
// reducer hiding the edges outside the window). Both read the same dated graph (generate.ts `datedGraphs`).
import type { Browser } from '@playwright/test';
import { DATED_SPAN, writeDatedGraph } from './generate';
import { frameAfter, measureLoad, round, type PageKind } from './measure';
import { percentile } from './report';

/** Sweeps across the span (forth, back, forth) and steps per sweep: p95 of 20 is the 19th value, not the largest. */
const SWEEPS = 3;
const STEPS = 20;
const STEP_TIMEOUT_MS = 20_000;
/** A page that needs more than this (sigma takes seconds a step at 50k) stops after its first sweep that ends past it. */
const BUDGET_MS = 120_000;

export interface BrushFigures {
  page: PageKind;
  nodes: number;
  edges: number;
  error?: string;
  /** The first window change, which builds what later steps reuse (the app's time index). */
  firstStepMs?: number;
  /** Window change → presented frame, per step, one list per sweep. */
  sweeps: number[][];
  /** Steps after which no frame came within STEP_TIMEOUT_MS. */
  missed: number;
}

interface Window {
  from: number;
  to: number;
  mode: 'happened';
  showUndated: false;
}

/**
 * Step `k` of `sweep`: a window a quarter of the span wide, moving forth on even sweeps and back on odd ones, half a
 * step apart from the forth ones (a window the same as the last changes nothing, and nothing would be drawn).
 */
export function brushWindow(sweep: number, k: number): Window {
  const span = DATED_SPAN.end - DATED_SPAN.start;
  const width = Math.round(span / 4);
  const at = sweep % 2 === 0 ? k : STEPS - 1.5 - k;
  const from = DATED_SPAN.start + Math.round(((span - width) * at) / (STEPS - 1));
  return { from, to: from + width, mode: 'happened', showUndated: false };
}

type Hooked = { __setTime(time: Window): void };

export async function measureBrush(
  browser: Browser,
  kind: PageKind,
  base: string,
  dataDir: string,
  n: number,
): Promise<BrushFigures> {
  const files = writeDatedGraph(dataDir, n);
  const figures: BrushFigures = { page: kind, nodes: n, edges: 2 * n, sweeps: [], missed: 0 };
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    const graph = { name: `dated ${n / 1000}k`, ...files, nodes: n, edges: 2 * n, filterable: false };
    await measureLoad(page, kind, graph, base);
    await page.waitForFunction(() => typeof (window as never as Partial<Hooked>).__setTime === 'function');
    await new Promise((r) => setTimeout(r, 1000));
    // The time stamp is taken in the page, just before the change: the harness's round trip is not counted.
    const step = async (time: Window): Promise<number | null> => {
      const at = await page.evaluate((t) => {
        const now = performance.now();
        (window as never as Hooked).__setTime(t);
        return now;
      }, time);
      const frame = await frameAfter(page, at, STEP_TIMEOUT_MS);
      return frame ? round(frame.presented - at) : null;
    };
    figures.firstStepMs = (await step(brushWindow(1, 0))) ?? undefined;
    const started = Date.now();
    for (let sweep = 0; sweep < SWEEPS && (sweep === 0 || Date.now() - started < BUDGET_MS); sweep++) {
      const times: number[] = [];
      for (let k = 0; k < STEPS; k++) {
        const ms = await step(brushWindow(sweep, k));
        if (ms === null) figures.missed++;
        else times.push(ms);
      }
      figures.sweeps.push(times);
    }
  } catch (error) {
    figures.error = (error as Error).message.split('\n')[0];
  } finally {
    await context.close().catch(() => undefined);
  }
  return figures;
}

/** p95 of each sweep, and their median: the figure the issue asks for. */
export function brushP95(figures: BrushFigures): { median?: number; each: number[] } {
  const each = figures.sweeps.flatMap((s) => (s.length ? [percentile(s, 95)!] : []));
  return { median: percentile(each, 50), each };
}

export function renderBrush(results: BrushFigures[]): string {
  if (results.length === 0) return '';
  const { nodes, edges } = results[0]!;
  const lines = [
    `## Time brush (dated synthetic ${nodes / 1000}k: ${nodes} nodes, ${edges} relations)`,
    '',
    `A window a quarter of 2021–2025 wide slides across it in ${STEPS} steps, ${SWEEPS} sweeps (fewer past ` +
      `${BUDGET_MS / 1000} s); each step is timed from the window change to the next presented frame that drew. ` +
      'p95 is the median of the sweeps’ p95s.',
    '',
    '| page | brush → frame p50 (ms) | p95 (ms) | p95 per sweep (ms) | first step (ms) | steps / missed |',
    '| --- | ---: | ---: | --- | ---: | ---: |',
  ];
  for (const f of results) {
    const name = f.page === 'app' ? 'ours (canvas)' : f.page === 'sigma' ? 'sigma v3 (edge reducer)' : f.page;
    if (f.error) lines.push(`| ${name} | error: ${f.error} | | | | |`);
    const all = f.sweeps.flat();
    const p95 = brushP95(f);
    const show = (v: number | undefined) => (v === undefined ? '–' : String(Math.round(v)));
    lines.push(
      `| ${name} | ${show(percentile(all, 50))} | ${show(p95.median)} | ${p95.each.map(show).join(' / ')} | ` +
        `${show(f.firstStepMs)} | ${all.length} / ${f.missed} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
