// A huge graph (past PREVIEW_FROM_NODES, model/thresholds.ts) is drawn whole from the open worker's reply while its
// records and model are made (view/wirePreview.ts): the user sees the graph and a status saying what is still being
// prepared; once the model is ready the status goes and the filters work. The model is held back by a test hook
// (window.__modelGate, test-hooks builds only) so the preview state can be looked at for as long as needed.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { syntheticGraph } from '../bench/generate';
import { countsOfFrance, countsText } from './helpers';

const N = 60_000;
const file = syntheticGraph(N, 5);

/** Pixels drawn on the preview's canvas (anything not transparent), or -1 when there is none. */
const previewPixels = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const canvas = document.getElementById('graph-preview') as HTMLCanvasElement | null;
    if (!canvas) return -1;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let drawn = 0;
    for (let at = 3; at < data.length; at += 4) if (data[at]! > 0) drawn++;
    return drawn;
  });

/** The preview canvas's size in pixels, and the size of the place it is drawn in, as "width×height". */
const previewSize = (page: Page): Promise<{ canvas: string; room: string }> =>
  page.evaluate(() => {
    const canvas = document.getElementById('graph-preview') as HTMLCanvasElement;
    const room = canvas.parentElement!;
    return { canvas: `${canvas.width}×${canvas.height}`, room: `${room.clientWidth}×${room.clientHeight}` };
  });

test('a huge graph is seen whole while its filters and search are prepared, then the filters work', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const hooks = window as unknown as { __modelGate?: Promise<void>; __openModelGate?: () => void };
    hooks.__modelGate = new Promise<void>((resolve) => (hooks.__openModelGate = resolve));
  });
  const address = 'http://graphs.test/huge.json';
  await page.route(address, (route) =>
    route.fulfill({ body: JSON.stringify(file), headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.goto(`/?data=${address}`);

  // The picture is there before the model: links and nodes cover a good part of the canvas.
  const preparing = page.getByRole('status').filter({ hasText: 'Preparing filters and search…' });
  await expect(preparing).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => previewPixels(page), { timeout: 30_000 }).toBeGreaterThan(10_000);
  // The picture and its status are named for a screen reader, with no serious accessibility violation.
  await expect(page.getByRole('img', { name: /whole graph/ })).toBeVisible();
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);
  // Nothing that needs the model is offered yet.
  await expect(page.getByTestId('facet-entity:country')).toHaveCount(0);
  await expect(page.getByTestId('graph-counts')).toHaveCount(0);
  // The picture cannot be moved yet: the view's buttons say so.
  const fit = page.getByRole('button', { name: 'Fit', exact: true });
  await expect(fit).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeDisabled();

  // The window is made smaller while the model is made: the picture is drawn again to the graph's new place.
  const before = await previewSize(page);
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width - 300, height: viewport.height - 100 });
  await expect
    .poll(async () => {
      const now = await previewSize(page);
      return now.canvas === now.room && now.canvas !== before.canvas;
    })
    .toBe(true);
  await expect.poll(() => previewPixels(page), { timeout: 30_000 }).toBeGreaterThan(10_000);

  await page.evaluate(() => (window as unknown as { __openModelGate: () => void }).__openModelGate());
  const all = countsText({
    visibleEntities: N,
    totalEntities: N,
    visibleRelations: file.elements.edges.length,
    totalRelations: file.elements.edges.length,
  });
  await expect(page.getByTestId('graph-counts')).toHaveText(all, { timeout: 60_000 });
  await expect(preparing).toHaveCount(0);
  await expect(fit).toBeEnabled();
  // The model's drawing has replaced the preview.
  await expect.poll(() => previewPixels(page), { timeout: 30_000 }).toBe(-1);

  const box = page.getByTestId('facet-entity:country').getByRole('checkbox', { name: /^FR/ });
  await box.check();
  await expect(page.getByTestId('graph-counts')).toHaveText(countsOfFrance(file));
});
