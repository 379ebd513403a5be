// A huge graph seen whole (past SPECKS_FROM_NODES, model/thresholds.ts) is drawn as pixels, in a worker
// (view/canvas/specks.worker.ts): a filter must still change what the canvas shows, context faded, and unticking
// it must bring back the very picture it started from. Expectations come from the generated file itself.
import { expect, test, type Page } from '@playwright/test';
import { syntheticGraph } from '../bench/generate';
import { countsOfFrance, openByAddress } from './helpers';

const N = 60_000;
const file = syntheticGraph(N, 5);

interface Picture {
  /** Pixels drawn at full opacity, and faded ones (context is drawn at 30%). */
  solid: number;
  faded: number;
  /** A hash of every pixel, to tell two pictures apart. */
  hash: number;
}

/** What the graph's canvas shows now. */
const picture = (page: Page): Promise<Picture> =>
  page.evaluate(() => {
    const canvas = document.getElementById('graph-drawing') as HTMLCanvasElement;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let [solid, faded, hash] = [0, 0, 0];
    for (let at = 0; at < data.length; at += 4) {
      const alpha = data[at + 3]!;
      if (alpha === 255) solid++;
      else if (alpha > 0) faded++;
      hash = Math.imul(hash ^ (data[at]! | (data[at + 1]! << 8) | (data[at + 2]! << 16) | (alpha << 24)), 16777619);
    }
    return { solid, faded, hash };
  });

test('filters change the picture of a huge graph seen whole, unticking brings it back, the last click wins', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const all = await openByAddress(page, file, 'huge.json', 60_000);
  // Fitted, its nodes are a little over a pixel and a half across: zoomed out, every one is a speck.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  // Drawn as specks: one pixel wide, without anti-aliasing, so nothing half-covered and nothing faded without a
  // filter; links and nodes cover a good part of the canvas.
  await expect.poll(async () => (await picture(page)).faded, { timeout: 30_000 }).toBe(0);
  const whole = await picture(page);
  expect(whole.solid).toBeGreaterThan(10_000);
  // Drawn off the page's main thread.
  expect(page.workers().some((worker) => worker.url().includes('specks'))).toBe(true);

  const box = page.getByTestId('facet-entity:country').getByRole('checkbox', { name: /^FR/ });
  await box.check();
  await expect(page.getByTestId('graph-counts')).toHaveText(countsOfFrance(file));
  // Half the entities are elsewhere: fewer pixels drawn solid, and those linked to France drawn faded.
  await expect.poll(async () => (await picture(page)).faded, { timeout: 30_000 }).toBeGreaterThan(1_000);
  const filtered = await picture(page);
  expect(filtered.solid).toBeLessThan(whole.solid);

  await box.uncheck();
  await expect(page.getByTestId('graph-counts')).toHaveText(all);
  await expect.poll(async () => (await picture(page)).hash, { timeout: 30_000 }).toBe(whole.hash);

  // Clicks faster than the pictures come: the last one's picture is the one left on the canvas.
  for (const tick of [true, false, true, false, true]) await box.setChecked(tick);
  await expect(page.getByTestId('graph-counts')).toHaveText(countsOfFrance(file));
  await expect.poll(async () => (await picture(page)).hash, { timeout: 30_000 }).toBe(filtered.hash);
});

/** Opens the file, zooms out to specks as above, and waits for a picture drawn as specks. */
async function openAsSpecks(page: Page): Promise<void> {
  await openByAddress(page, file, 'huge.json', 60_000);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => (await picture(page)).faded, { timeout: 30_000 }).toBe(0);
}

test('the specks worker and its links helper draw the picture the page draws alone, pixel for pixel', async ({
  page: inWorkers,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // Without createImageBitmap the page cannot take a worker's picture: it draws the specks itself (specks.ts). It
  // opens in a context of its own: in the same one it would find the first page's camera stored, rounded.
  const aloneContext = await browser.newContext({ baseURL, viewport: inWorkers.viewportSize() });
  const alone = await aloneContext.newPage();
  await alone.addInitScript(() => delete (window as { createImageBitmap?: unknown }).createImageBitmap);
  await openAsSpecks(inWorkers);
  await openAsSpecks(alone);

  // The links were written in two parts, by the specks worker and its helper, and merged (on two cores or more).
  const helped = () =>
    inWorkers.evaluate(() =>
      performance
        .getEntriesByName('graphview:specks-shown', 'mark')
        .some((m) => (m as PerformanceMark).detail?.helped === true),
    );
  // On a busy machine the helper's part can come late, and the specks worker then draws alone for a few pictures
  // (specksLinksHelper.ts): ticking a value and unticking it asks for two more, until the helper takes part.
  const box = inWorkers.getByTestId('facet-entity:country').getByRole('checkbox', { name: /^FR/ });
  const drawTwiceMore = async () => {
    await box.check();
    await box.uncheck();
    return false;
  };
  if ((await inWorkers.evaluate(() => navigator.hardwareConcurrency)) >= 2)
    await expect
      .poll(async () => (await helped()) || drawTwiceMore(), { timeout: 90_000, intervals: [1_000] })
      .toBe(true);
  expect(alone.workers().some((worker) => worker.url().includes('specks'))).toBe(false);

  // Read together until both are settled on the same picture (each page draws again as it settles).
  await expect
    .poll(async () => (await picture(inWorkers)).hash === (await picture(alone)).hash, { timeout: 30_000 })
    .toBe(true);
  expect((await picture(alone)).solid).toBeGreaterThan(10_000);
  await aloneContext.close();
});
