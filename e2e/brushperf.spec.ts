// A time window moved over a big graph (drawn by the canvas renderer) redraws only the links over a kept layer of
// nodes: what is on screen must be exactly what a fresh drawing of the same state shows, and the counts must say
// what the window keeps. The window is moved through the bench's hook (the time bar drives the same action).
import { expect, test, type Page } from '@playwright/test';
import { datedGraphs, DATED_SPAN } from '../bench/generate';
import { eventRange, type EventDate } from '../src/model/time';
import { countsText, openExplorer } from './helpers';

const N = 2_500;
const { app } = datedGraphs(N, 11) as {
  app: { entities: { id: string }[]; relations: { id: string; source: string; target: string; date?: EventDate }[] };
};
const relationCount = app.relations.length;

const windowAt = (from: number) => ({ from, to: from + 120, mode: 'happened' as const, showUndated: false });
/** Relations whose dates overlap the window, read from the file by the app's own date rules. */
const keptBy = ({ from, to }: { from: number; to: number }) =>
  app.relations
    .filter((r) => {
      const range = eventRange(r.date);
      return range !== undefined && range.start <= to && range.end >= from;
    })
    .map((r) => r.id);

const linked = new Set(app.relations.flatMap((r) => [r.source, r.target]));
/** Under a window an entity shows while one of its relations is in it; one with no relations at all stays. */
const counts = (kept: string[]) => {
  const shown = new Set(kept);
  const ends = new Set(app.relations.filter((r) => shown.has(r.id)).flatMap((r) => [r.source, r.target]));
  const visibleEntities =
    kept.length === relationCount ? N : ends.size + app.entities.filter((e) => !linked.has(e.id)).length;
  return countsText({
    visibleEntities,
    totalEntities: N,
    visibleRelations: kept.length,
    totalRelations: relationCount,
  });
};

const pixels = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas.graph-canvas__surface')!.toDataURL());

/** Waits for two animation frames: whatever was asked to draw has drawn. */
const settled = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('moving the time window over a big graph draws what a fresh drawing of that state draws', async ({ page }) => {
  await openExplorer(page);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'dated.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(app)) });
  await expect(page.getByTestId('graph-counts')).toHaveText(counts(app.relations.map((r) => r.id)), {
    timeout: 30_000,
  });
  await expect.poll(() => page.evaluate(() => window.__graphView?.renderer())).toBe('canvas');

  const first = windowAt(DATED_SPAN.start + 200);
  await page.evaluate((time) => window.__setTime!(time), first);
  await expect(page.getByTestId('graph-counts')).toHaveText(counts(keptBy(first)));
  await settled(page);
  const before = await pixels(page);

  // Brush steps: each keeps the nodes and changes the links only.
  let last = first;
  for (let step = 1; step <= 5; step++) {
    last = windowAt(first.from + step * 60);
    await page.evaluate((time) => window.__setTime!(time), last);
  }
  await expect(page.getByTestId('graph-counts')).toHaveText(counts(keptBy(last)));
  expect(keptBy(last)).not.toEqual(keptBy(first));
  await settled(page);
  const brushed = await pixels(page);
  expect(brushed).not.toBe(before);

  // A resize redraws everything, the node layer included; back at the same size it must look the same.
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width - 40, height: size.height });
  await settled(page);
  await page.setViewportSize(size);
  await expect.poll(async () => (await settled(page), await pixels(page))).toBe(brushed);
});
