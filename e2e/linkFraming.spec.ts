// A link frames the same entities on any screen: made on a big screen with a path filling it, and opened on a
// 1280×720 one, it shows the whole path (the sender's raw zoom would have cut it). The expected path is a fact of the
// bundled story, counted over graph-data's links apart from the app's code, as in connections.spec.ts.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { bundledStory, openExplorer } from './helpers';

const story = bundledStory();
const idOf = (label: string) => story.entities.find((e) => e.label === label)!.id;
const FROM = 'Nicolás Maduro';
const TO = 'Rostec';

/**
 * The story's Maduro → Rostec path: the only shortest one, two steps through Maduro's letter to Putin (Maduro wrote
 * it, and it names Rostec; Rostec has no other link), found by a breadth-first walk over the file's links.
 */
function expectedPath() {
  return { steps: 2, onPath: [FROM, "Maduro's letter to Putin", TO].map(idOf) };
}

/** Opens the story in a new page of `context`, and asks for the path from FROM to TO as a user would. */
async function openWithPath(context: BrowserContext, steps: number): Promise<Page> {
  const page = await context.newPage();
  await openExplorer(page);
  await page.getByTestId('search-input').fill(FROM);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(FROM);
  await page.getByTestId('path-to').fill(TO);
  await page.getByTestId('path-to').press('ArrowDown');
  await page.getByTestId('path-to').press('Enter');
  await expect(page.getByTestId('path-steps').getByRole('listitem')).toHaveCount(steps);
  return page;
}

/** How many of `ids` are drawn outside the drawing (positions relative to it). */
async function outside(page: Page, ids: string[]): Promise<number> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const at = await page.evaluate((keys) => keys.map((id) => window.__graphView!.renderedPosition(id)), ids);
  return at.filter((p) => !p || p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height).length;
}

test('a link made on a big screen and opened at 1280×720 shows the whole path', async ({ browser }) => {
  const { steps, onPath } = expectedPath();
  const big = await browser.newContext({ viewport: { width: 2200, height: 1300 } });
  const page = await openWithPath(big, steps);
  await expect.poll(() => outside(page, onPath)).toBe(0);

  // The sender fills the big screen with the path: zoom in while every entity on it stays in view.
  for (let i = 0; i < 12; i++) {
    const before = await page.evaluate(() => window.__graphView!.camera()!.zoom);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.evaluate(() => window.__graphView!.camera()!.zoom)).toBeGreaterThan(before);
    if ((await outside(page, onPath)) > 0) {
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await expect.poll(() => outside(page, onPath)).toBe(0);
      break;
    }
  }
  const sender = (await page.evaluate(() => window.__graphView!.camera()))!;
  const drawing = (await page.getByTestId('graph-canvas').boundingBox())!;
  // The address follows the camera once it rests: it frames the model rectangle the sender sees.
  await expect
    .poll(() => {
      const c = new URL(page.url()).searchParams.get('c')?.split(',').map(Number) ?? [];
      return c.length === 4 && Math.abs(c[2]! - drawing.width / sender.zoom) < 1;
    })
    .toBe(true);
  const link = page.url();
  await big.close();

  const small = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const other = await small.newPage();
  await other.goto(link);
  await expect(other.getByTestId('path-steps').getByRole('listitem')).toHaveCount(steps);
  await expect.poll(() => outside(other, onPath)).toBe(0);

  // The sender's raw zoom and centre would have put some of the path off this smaller drawing.
  const box = (await other.getByTestId('graph-canvas').boundingBox())!;
  const positions = await other.evaluate((keys) => {
    const all = window.__graphView!.positions();
    return keys.map((id) => all.get(id)!);
  }, onPath);
  const cutByRawZoom = positions.filter((p) => {
    const x = (p.x - sender.x) * sender.zoom + box.width / 2;
    const y = (p.y - sender.y) * sender.zoom + box.height / 2;
    return x < 0 || y < 0 || x > box.width || y > box.height;
  });
  expect(cutByRawZoom.length).toBeGreaterThan(0);
  await expect(other.getByTestId('notice')).toHaveCount(0);
  await small.close();
});

test('a link whose view cut the path, new or old style, still opens with the whole path in view', async ({
  browser,
}) => {
  const { steps, onPath } = expectedPath();
  const small = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await openWithPath(small, steps);
  await expect.poll(() => new URL(page.url()).searchParams.get('p')).not.toBeNull();
  const end = await page.evaluate((id) => window.__graphView!.positions().get(id)!, idOf(TO));
  // Framings that show Rostec alone: a small rectangle (this explorer's links), and a close zoom (older links).
  for (const c of [`${end.x},${end.y},60,40`, `${end.x},${end.y},5`]) {
    const url = new URL(page.url());
    url.searchParams.set('c', c);
    const other = await small.newPage();
    await other.goto(url.toString());
    await expect(other.getByTestId('path-steps').getByRole('listitem')).toHaveCount(steps);
    await expect.poll(() => outside(other, onPath), `opened with c=${c}`).toBe(0);
    await other.close();
  }
  await small.close();
});

test('cytoscape prints no warning on load, and a wheel notch zooms by a modest step', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await openExplorer(page);
  await expect.poll(() => page.evaluate(() => window.__graphView!.renderer())).toBe('cytoscape');
  expect(warnings.filter((w) => /cytoscape|wheel sensitivity/i.test(w))).toEqual([]);

  const before = (await page.evaluate(() => window.__graphView!.camera()))!.zoom;
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -100);
  await expect.poll(() => page.evaluate(() => window.__graphView!.camera()!.zoom)).toBeGreaterThan(before);
  const after = (await page.evaluate(() => window.__graphView!.camera()))!.zoom;
  expect(after / before).toBeGreaterThan(1.05);
  expect(after / before).toBeLessThan(1.3);
});
