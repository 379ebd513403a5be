// One page (the app or a reference) on one graph: load, first drawn frame, heap, filter, pan, zoom, PNG export,
// layout, in that order (layout last: it moves the nodes). Every latency ends when a frame that really drew has
// been presented (see probe.js), and starts at the input event's own time stamp.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { BenchGraph } from './run';
import type { Extent } from './reference/common';

export type PageKind = 'app' | 'cytoscape' | 'sigma';

export interface Figures {
  error?: string;
  /** Navigation start → the graph model is built (fetch, parse and model build) and handed to the renderer. */
  modelMs?: number;
  /**
   * Navigation start → first drawn frame with the whole graph, presented: the median of `firstFrameRuns` when there
   * are more. The preview's frame when the app drew one (graphview:preview-drawn, before its model), else the
   * frame after the model's hand-over.
   */
  firstFrameMs?: number;
  /** Navigation start → the frame after the model's hand-over to the renderer, presented (when a preview came first). */
  modelFrameMs?: number;
  /** Each load's first frame, when the graph was loaded more than once (see FIRST_FRAME_LOADS in run.ts). */
  firstFrameRuns?: number[];
  /**
   * The longest main-thread task from navigation start to the model's frame (how long the page could not answer
   * input): with a preview, the whole load, not only up to the preview.
   */
  loadLongestTaskMs?: number;
  heapMB?: number;
  filterHide?: number[];
  filterShow?: number[];
  /** The longest main-thread task from a filter click to its frame, over every tick and untick. */
  filterLongestTaskMs?: number;
  /**
   * Per filter click (hides and shows in turn) whose frame showed the specks worker's picture: the worker's time for
   * the picture (graphview:specks-shown's drawMs), and whether its links helper wrote part of it. In the JSON only.
   */
  filterPictures?: { clickToFrameMs: number; drawMs: number; helped: boolean }[];
  /** Typing a name into the search box → its list of matches shown, per query. */
  search?: number[];
  /** The longest main-thread task from the first keystroke of a query to its list shown, over every query. */
  searchLongestTaskMs?: number;
  pan?: number[];
  panFrames?: number;
  zoom?: number[];
  /** 2x PNG exports by extent (see Extent in reference/common.ts): each sample's click → image, and its size. */
  exports?: Partial<Record<Extent, PngExport>>;
  layoutMs?: number | string;
  layoutLongestTaskMs?: number;
  notes?: string[];
}

export interface PngExport {
  /** Click → the PNG handed to URL.createObjectURL, per sample. */
  ms: number[];
  /** The longest main-thread task between the two, per sample. */
  longestTaskMs: number[];
  width: number;
  height: number;
  bytes: number;
}

/**
 * Filter and export samples per figure: with 20, p95 is the 19th of 20 values, not the largest of a handful.
 * A figure that needs more than its time budget stops early with fewer samples (the table says how many; a p95
 * of fewer than SAMPLES is not shown).
 */
export const SAMPLES = 20;
const FILTER_BUDGET_MS = 120_000;
const EXPORT_BUDGET_MS = 300_000;
/** From this size, a whole-graph export takes tens of seconds: a shorter budget keeps a run within minutes. */
const HUGE_GRAPH_NODES = 100_000;
const HUGE_EXPORT_BUDGET_MS = 90_000;

const probe = readFileSync(join(import.meta.dirname, 'probe.js'), 'utf8');

interface Timed {
  time: number;
  detail?: { nodes?: number; drawnAt?: number };
}
interface Frame {
  start: number;
  end: number;
  presented: number;
}

// Thin typed wrappers around the probe's functions (window.__bench, see probe.js).
const inputCount = (page: Page, type: string) =>
  page.evaluate((t) => (window as never as BenchWindow).__bench.inputCount(t), type);
const inputAt = (page: Page, type: string, index: number, timeout: number) =>
  page.evaluate(([t, i, ms]) => (window as never as BenchWindow).__bench.input(t, i, ms), [
    type,
    index,
    timeout,
  ] as const);
const markAfter = (page: Page, name: string, since: number, timeout: number) =>
  page.evaluate(([n, s, ms]) => (window as never as BenchWindow).__bench.mark(n, s, ms), [
    name,
    since,
    timeout,
  ] as const);
export const frameAfter = (page: Page, since: number, timeout: number) =>
  page.evaluate(([s, ms]) => (window as never as BenchWindow).__bench.frame(s, ms), [since, timeout] as const);
const pageNow = (page: Page) => page.evaluate(() => (window as never as BenchWindow).__bench.now());

interface BenchWindow {
  __bench: {
    inputCount(type: string): number;
    input(type: string, index: number, ms: number): Promise<number | null>;
    mark(name: string, since: number, ms: number): Promise<Timed | null>;
    frame(since: number, ms: number): Promise<Frame | null>;
    drawnFramesBetween(from: number, to: number): number;
    longestTask(from: number, to: number): number;
    png(since: number, ms: number): Promise<{ time: number; bytes: number; width: number; height: number } | null>;
    now(): number;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs one measuring step; a failure is noted and the next step still runs. */
async function phase(figures: Figures, name: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    figures.notes!.push(`${name} failed: ${(error as Error).message.split('\n')[0]}`);
  }
}
export const round = (n: number) => Math.round(n * 10) / 10;

/** Waits for the input just sent, then for the first frame drawn after it; returns input → presented, or null. */
async function inputToFrame(page: Page, type: string, before: number, timeout: number): Promise<number | null> {
  const at = await inputAt(page, type, before, timeout);
  if (at === null) return null;
  const frame = await frameAfter(page, at, timeout);
  return frame ? round(frame.presented - at) : null;
}

/** Opens the page on the graph and waits for its first drawn frame; sets modelMs and firstFrameMs. */
export async function measureLoad(page: Page, kind: PageKind, graph: BenchGraph, base: string): Promise<Figures> {
  const figures: Figures = { notes: [] };
  const loadTimeout = graph.nodes >= 20_000 ? 240_000 : 90_000;
  await page.addInitScript({ content: probe });
  const dataUrl = `${base}/data/${kind === 'app' ? graph.appFile : graph.refFile}`;
  const url =
    kind === 'app'
      ? `${base}/app/?data=${encodeURIComponent(dataUrl)}`
      : `${base}/ref/${kind}.html?data=${encodeURIComponent(dataUrl)}`;
  await page.goto(url);

  // Load: wait for the setGraph of a graph of the expected size (the app could draw another one first).
  const t0 = Date.now();
  let ready: Timed | null = null;
  let since = 0;
  while (Date.now() - t0 < loadTimeout) {
    const m = await markAfter(page, 'graphview:setGraph-end', since, loadTimeout);
    if (!m) break;
    if (kind !== 'app' || m.detail?.nodes === graph.nodes) {
      ready = m;
      break;
    }
    since = m.time + 0.001;
  }
  if (!ready) throw new Error('the graph never reached the renderer');
  const start = await markAfter(page, 'graphview:setGraph-start', since, 1000);
  figures.modelMs = round(start?.time ?? ready.time);
  // From the hand-over on: a renderer may draw inside setGraph itself (ours does, as sigma does in its constructor).
  const model = await frameAfter(page, start?.time ?? ready.time, loadTimeout);
  if (!model) throw new Error('no frame drawn after the graph was set');
  // A preview of the whole graph drawn before the model (the app's view/previewDrawing.ts): the first frame then.
  const preview = kind === 'app' ? await previewOf(page, graph.nodes) : null;
  const previewFrame = preview ? await frameAfter(page, preview.drawnAt, 1000) : null;
  const first = previewFrame && previewFrame.presented < model.presented ? previewFrame : model;
  figures.firstFrameMs = round(first.presented);
  if (first !== model) figures.modelFrameMs = round(model.presented);
  figures.loadLongestTaskMs = round(
    await page.evaluate(([a, b]) => (window as never as BenchWindow).__bench.longestTask(a, b), [
      0,
      model.presented,
    ] as const),
  );
  return figures;
}

/** The app's preview of a graph of `nodes` entities, drawn already: when its picture was put on the canvas. */
async function previewOf(page: Page, nodes: number): Promise<{ drawnAt: number } | null> {
  let since = 0;
  for (;;) {
    const m = await markAfter(page, 'graphview:preview-drawn', since, 0);
    if (!m) return null;
    const drawnAt = m.detail?.drawnAt;
    if (m.detail?.nodes === nodes && typeof drawnAt === 'number') return { drawnAt };
    since = m.time + 0.001;
  }
}

export async function measurePage(
  page: Page,
  context: BrowserContext,
  kind: PageKind,
  graph: BenchGraph,
  base: string,
  quick: boolean,
  withLayout = true,
  withExport = true,
): Promise<Figures> {
  const figures = await measureLoad(page, kind, graph, base);
  const big = graph.nodes >= 20_000;
  await sleep(500);

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  figures.heapMB = round(heap.usedSize / 2 ** 20);

  const stepTimeout = big ? 20_000 : 8_000;
  // Filter: tick the commonest country (hides about half), then untick it (shows them again).
  if (graph.filterable)
    await phase(figures, 'filter', async () => {
      const box = page.locator('[data-testid="facet-entity:country"] input[type=checkbox]').first();
      figures.filterHide = [];
      figures.filterShow = [];
      const started = Date.now();
      for (let i = 0; i < SAMPLES && (i < 3 || Date.now() - started < FILTER_BUDGET_MS); i++) {
        for (const list of [figures.filterHide, figures.filterShow]) {
          const before = await inputCount(page, 'click');
          await box.click({ timeout: 60_000 });
          const at = await inputAt(page, 'click', before, stepTimeout);
          const applied = at === null ? null : await markAfter(page, 'graphview:visibility', at, 60_000);
          const frame = applied ? await frameAfter(page, applied.time, stepTimeout) : null;
          if (at !== null && frame) {
            list.push(round(frame.presented - at));
            const picture = await markAfter(page, 'graphview:specks-shown', at, 0);
            const detail = picture?.detail as { drawMs?: number; helped?: boolean } | undefined;
            if (picture && picture.time <= frame.presented && detail?.drawMs !== undefined)
              (figures.filterPictures ??= []).push({
                clickToFrameMs: round(frame.presented - at),
                drawMs: detail.drawMs,
                helped: detail.helped === true,
              });
            const longest = await page.evaluate(
              ([a, b]) => (window as never as BenchWindow).__bench.longestTask(a, b),
              [at, frame.presented] as const,
            );
            figures.filterLongestTaskMs = round(Math.max(figures.filterLongestTaskMs ?? 0, longest));
          }
          await sleep(300);
        }
      }
    });

  if (kind === 'app') await phase(figures, 'search', () => measureSearch(page, figures, graph, stepTimeout));

  // Pan and zoom with the mouse, one step at a time: each step waits for its frame (or gives up on it).
  await phase(figures, 'pan and zoom', () => panAndZoom(page, figures, quick, stepTimeout));
  await sleep(800);

  // PNG export at 2x, the whole graph and the current view (the graph fitted, as loaded), from the click to the file.
  figures.exports = {};
  for (const extent of withExport ? (['graph', 'view'] as const) : [])
    await phase(figures, `export (${extent})`, async () => {
      const budget = graph.nodes >= HUGE_GRAPH_NODES ? HUGE_EXPORT_BUDGET_MS : EXPORT_BUDGET_MS;
      const result = await measureExports(page, kind, extent, stepTimeout, budget);
      if (result) figures.exports![extent] = result;
    });
  await sleep(500);
  if (!withLayout) return figures;

  // Layout: the force layout on the whole graph, and the longest main-thread task while it runs. A layout that
  // freezes the page also freezes the click and every query, so the whole step races a timeout.
  const layoutTimeout = quick ? 60_000 : 180_000;
  let clickedAt: number | null = null;
  const outcome = await Promise.race([
    (async () => {
      const before = await inputCount(page, 'click');
      void page
        .getByRole('button', { name: 'Re-run' })
        .click({ timeout: layoutTimeout })
        .catch(() => undefined);
      const at = await inputAt(page, 'click', before, layoutTimeout);
      clickedAt = at;
      const begun = at === null ? null : await markAfter(page, 'graphview:layout-start', at, layoutTimeout);
      const ended = begun ? await markAfter(page, 'graphview:layout-end', begun.time, layoutTimeout) : null;
      if (at === null || !ended) return null;
      const longest = await page.evaluate(([a, b]) => (window as never as BenchWindow).__bench.longestTask(a, b), [
        at,
        ended.time,
      ] as const);
      return { ms: round(ended.time - at), longest: round(longest) };
    })().catch(() => null),
    sleep(layoutTimeout + 5_000).then(() => 'timeout' as const),
  ]);
  if (outcome === 'timeout' || outcome === null) {
    // Unfinished: tell a page that still answers (layout in a worker) from a frozen one, and keep its longest task.
    const answered = await Promise.race([
      page.evaluate(() => performance.now()).catch(() => null),
      sleep(5_000).then(() => null),
    ]);
    const since = clickedAt;
    if (answered !== null && since !== null) {
      figures.layoutMs = `> ${layoutTimeout / 1000} s (unfinished; page responsive)`;
      figures.layoutLongestTaskMs = round(
        await page.evaluate(([a, b]) => (window as never as BenchWindow).__bench.longestTask(a, b), [
          since,
          answered,
        ] as const),
      );
    } else figures.layoutMs = `> ${layoutTimeout / 1000} s (page frozen)`;
  } else {
    figures.layoutMs = outcome.ms;
    figures.layoutLongestTaskMs = outcome.longest;
  }
  if (kind === 'cytoscape' && graph.nodes > 2000) figures.layoutMs = 'skipped (cose is quadratic)';
  if (kind === 'sigma')
    figures.notes!.push(
      'sigma v3 layout: graphology ForceAtlas2 worker, stopped after 5 s (ours runs its set number of iterations, at most 30 s)',
    );
  return figures;
}

/** Up to SAMPLES exports of one extent (within EXPORT_BUDGET_MS); null when the page has no such export. */
async function measureExports(
  page: Page,
  kind: PageKind,
  extent: Extent,
  stepTimeout: number,
  budget: number,
): Promise<PngExport | null> {
  const button =
    kind === 'app' ? page.getByRole('button', { name: 'Download PNG' }) : page.getByTestId(`export-png-${extent}`);
  if (kind !== 'app' && (await button.count()) === 0) return null;
  const result: PngExport = { ms: [], longestTaskMs: [], width: 0, height: 0, bytes: 0 };
  const started = Date.now();
  for (let i = 0; i < SAMPLES && (i < 3 || Date.now() - started < budget); i++) {
    if (kind === 'app') {
      // The dialog closes after each download and opens with its defaults (whole graph, 2x, white).
      await page.getByRole('button', { name: 'Export image…' }).click();
      if (extent === 'view') await page.getByRole('radio', { name: 'Current view' }).check();
      const download = page.waitForEvent('download', { timeout: 300_000 });
      // A failed export must not leave this wait to reject unhandled (that would end the whole run).
      download.catch(() => undefined);
      const before = await inputCount(page, 'click');
      await button.click();
      await measureOne(page, before, result, stepTimeout);
      // 20 big images would fill the disk: each is deleted once the browser has it.
      await (await download).delete();
      await page.getByRole('dialog', { name: 'Export image' }).waitFor({ state: 'hidden' });
    } else {
      const before = await inputCount(page, 'click');
      await button.click();
      await measureOne(page, before, result, stepTimeout);
    }
    await sleep(300);
  }
  return result.ms.length ? result : null;
}

async function measureOne(page: Page, clicksBefore: number, result: PngExport, stepTimeout: number): Promise<void> {
  const at = await inputAt(page, 'click', clicksBefore, stepTimeout);
  const png =
    at === null
      ? null
      : await page.evaluate(([s, ms]) => (window as never as BenchWindow).__bench.png(s, ms), [at, 300_000] as const);
  if (at === null || !png) throw new Error('no PNG came out of the export');
  result.ms.push(round(png.time - at));
  result.longestTaskMs.push(
    round(
      await page.evaluate(([a, b]) => (window as never as BenchWindow).__bench.longestTask(a, b), [
        at,
        png.time,
      ] as const),
    ),
  );
  Object.assign(result, { width: png.width, height: png.height, bytes: png.bytes });
}

/**
 * The app's search box: a few seeded names typed in one go (as a paste), each timed from the page's clock before
 * typing to its list of matches shown, with the longest main-thread task in between. The synthetic graphs name
 * their nodes "Node <i>".
 */
async function measureSearch(page: Page, figures: Figures, graph: BenchGraph, stepTimeout: number): Promise<void> {
  const input = page.getByTestId('search-input');
  figures.search = [];
  for (let i = 0; i < 5; i++) {
    const query = `Node ${Math.floor((((i * 7919 + 13) % 97) / 97) * graph.nodes)}`;
    await input.fill('');
    await sleep(200);
    const from = await pageNow(page);
    await input.fill(query);
    await page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first().waitFor({ timeout: stepTimeout });
    const to = await pageNow(page);
    figures.search.push(round(to - from));
    const longest = await page.evaluate(([a, b]) => (window as never as BenchWindow).__bench.longestTask(a, b), [
      from,
      to,
    ] as const);
    figures.searchLongestTaskMs = round(Math.max(figures.searchLongestTaskMs ?? 0, longest));
  }
  await input.fill('');
  await page.keyboard.press('Escape');
}

/** Pan and zoom on the floor page (reference/floor.ts): the least any page can show on this machine and harness. */
export async function measureFloor(page: Page, base: string, quick: boolean): Promise<Figures> {
  const figures: Figures = { notes: [] };
  await page.addInitScript({ content: probe });
  await page.goto(`${base}/ref/floor.html`);
  await panAndZoom(page, figures, quick, 5_000);
  return figures;
}

async function panAndZoom(page: Page, figures: Figures, quick: boolean, stepTimeout: number): Promise<void> {
  const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
  const grip = { x: box.x + 12, y: box.y + box.height / 2 };
  const budget = quick ? 15_000 : 30_000;
  figures.pan = [];
  const panStart = await pageNow(page);
  await page.mouse.move(grip.x, grip.y);
  await page.mouse.down();
  let phaseStart = Date.now();
  for (let i = 1; i <= (quick ? SAMPLES : 40) && Date.now() - phaseStart < budget; i++) {
    const before = await inputCount(page, 'mousemove');
    await page.mouse.move(grip.x + 8 * i, grip.y + 3 * i);
    const ms = await inputToFrame(page, 'mousemove', before, stepTimeout);
    if (ms !== null) figures.pan.push(ms);
  }
  figures.panFrames = await page.evaluate(
    ([a, b]) => (window as never as BenchWindow).__bench.drawnFramesBetween(a, b),
    [panStart, await pageNow(page)] as const,
  );
  await page.mouse.up();
  await sleep(800);
  figures.zoom = [];
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await sleep(300);
  phaseStart = Date.now();
  const zoomSteps = SAMPLES;
  for (let i = 0; i < zoomSteps && Date.now() - phaseStart < budget; i++) {
    const before = await inputCount(page, 'wheel');
    // In and out by turns, so every step draws at about the fitted zoom (wheel sensitivities differ by page).
    await page.mouse.wheel(0, i % 2 === 0 ? -100 : 100);
    const ms = await inputToFrame(page, 'wheel', before, stepTimeout);
    if (ms !== null) figures.zoom.push(ms);
  }
}
