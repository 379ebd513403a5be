// A time window moved over a big graph (drawn by the canvas renderer): while it moves, entities come and go and are
// drawn the quick way; once it rests, what is on screen must be exactly what a fresh drawing of the same state shows,
// and the counts must say what the window keeps. The window is moved through the bench's hook (the time bar drives
// the same action).
import { expect, test, type Page } from '@playwright/test';
import { datedGraphs, DATED_SPAN } from '../bench/generate';
import { countsText, openExplorer, steady } from './helpers';
import { daysOf } from './dataDates';

const N = 2_500;
const { app } = datedGraphs(N, 11) as {
  app: {
    entities: { id: string }[];
    relations: { id: string; source: string; target: string; date?: string | { from?: string; to?: string } }[];
  };
};
const relationCount = app.relations.length;
const linked = new Set(app.relations.flatMap((r) => [r.source, r.target]));

const windowAt = (from: number) => ({ from, to: from + 120, mode: 'happened' as const, showUndated: false });
/** Relations whose dates overlap the window, read from the file by the data format's rule (not the app's code). */
const keptBy = ({ from, to }: { from: number; to: number }) =>
  app.relations.filter((r) => {
    const days = daysOf(r.date);
    return days !== undefined && days.first <= to && days.last >= from;
  });

/** Under a window, entities show while one of their relations is in it; those without any relation always show. */
const shownBy = (window: { from: number; to: number }) => {
  const ends = new Set(keptBy(window).flatMap((r) => [r.source, r.target]));
  return app.entities.filter((e) => ends.has(e.id) || !linked.has(e.id)).length;
};

const counts = (window: { from: number; to: number }) =>
  countsText({
    visibleEntities: shownBy(window),
    totalEntities: N,
    visibleRelations: keptBy(window).length,
    totalRelations: relationCount,
  });

const pixels = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas.graph-canvas__surface')!.toDataURL());

/** Waits for two animation frames: whatever was asked to draw has drawn. */
const settled = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The drawing once it has stopped changing: quick frames while the window moves, then the full drawing at rest. */
async function resting(page: Page): Promise<string> {
  return steady(
    async () => {
      await settled(page);
      return pixels(page);
    },
    'the drawing',
    400,
  );
}

test('moving the time window over a big graph draws what a fresh drawing of that state draws', async ({ page }) => {
  await openExplorer(page);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'dated.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(app)) });
  const all = countsText({
    visibleEntities: N,
    totalEntities: N,
    visibleRelations: relationCount,
    totalRelations: relationCount,
  });
  await expect(page.getByTestId('graph-counts')).toHaveText(all, { timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => window.__graphView?.renderer())).toBe('canvas');

  const first = windowAt(DATED_SPAN.start + 200);
  await page.evaluate((time) => window.__setTime!(time), first);
  await expect(page.getByTestId('graph-counts')).toHaveText(counts(first));
  const before = await resting(page);

  // Brush steps in quick succession: links and the entities they join come and go.
  let last = first;
  for (let step = 1; step <= 5; step++) {
    last = windowAt(first.from + step * 60);
    await page.evaluate((time) => window.__setTime!(time), last);
  }
  await expect(page.getByTestId('graph-counts')).toHaveText(counts(last));
  expect(keptBy(last)).not.toEqual(keptBy(first));
  expect(shownBy(last)).toBeLessThan(N);
  const brushed = await resting(page);
  expect(brushed).not.toBe(before);

  // A resize redraws everything, the node layer included; back at the same size it must look the same.
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width - 40, height: size.height });
  await settled(page);
  await page.setViewportSize(size);
  expect(await resting(page)).toBe(brushed);
});
