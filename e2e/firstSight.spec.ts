// First sight on a laptop screen: on a fresh load of the story, without hovering or zooming, at least 20 names are
// drawn whole at 11 px or more, none overlapping another or covered by anything, the best-connected among them; the
// layout fills the drawing; the legend has room of its own and collapses; the drawing refits to the room a panel
// leaves. The names are read from the renderer (window.__drawnLabels, a hook built only into test builds).
import { expect, test, type Page } from '@playwright/test';
import { bundledStory, screenshot } from './helpers';

const story = bundledStory();
const names = new Map(story.entities.map((e) => [e.id, e.label]));
const degree = (id: string) => story.relations.filter((r) => r.source === id || r.target === id).length;
/** The five best-connected entities in the dataset: their names must be among those drawn. */
const hubs = [...story.entities].sort((a, b) => degree(b.id) - degree(a.id)).slice(0, 5);

interface Drawn {
  id: string;
  text: string;
  /** The lines the renderer drew the name on. */
  lines: string[] | undefined;
  fontSize: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** What the page shows on top at the name's centre and corners: every one must be the drawing. */
  covered: boolean;
}

/** The names drawn now, in page pixels, each with whether something other than the drawing lies over it. */
async function drawnNames(
  page: Page,
): Promise<{ names: Drawn[]; frame: { x: number; y: number; width: number; height: number } }> {
  const frame = (await page.getByTestId('graph-canvas').boundingBox())!;
  const found = await page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="graph-canvas"]')!;
    const origin = canvas.getBoundingClientRect();
    return window.__drawnLabels!()
      .filter((l) => l.kind === 'node')
      .map((l) => {
        const left = origin.left + l.left;
        const top = origin.top + l.top;
        const inset = 2;
        const points = [
          [left + l.width / 2, top + l.height / 2],
          [left + inset, top + inset],
          [left + l.width - inset, top + inset],
          [left + inset, top + l.height - inset],
          [left + l.width - inset, top + l.height - inset],
        ];
        const covered = points.some(([x, y]) => {
          const top = document.elementFromPoint(x!, y!);
          return !top || !canvas.contains(top);
        });
        return {
          id: l.id,
          text: l.text,
          lines: l.lines,
          fontSize: l.fontSize,
          left,
          top,
          width: l.width,
          height: l.height,
          covered,
        };
      });
  });
  return { names: found, frame };
}

const overlap = (a: Drawn, b: Drawn) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** Node centres in page pixels. */
async function nodeCentres(page: Page): Promise<{ x: number; y: number }[]> {
  const frame = (await page.getByTestId('graph-canvas').boundingBox())!;
  const points = await page.evaluate(
    (ids) => ids.map((id) => window.__graphView!.renderedPosition(id)).filter((p) => p !== null),
    story.entities.map((e) => e.id),
  );
  return points.map((p) => ({ x: frame.x + p!.x, y: frame.y + p!.y }));
}

/** The share of the drawing's width and height that the nodes span. */
async function spread(page: Page): Promise<{ width: number; height: number; inside: boolean }> {
  const frame = (await page.getByTestId('graph-canvas').boundingBox())!;
  const points = await nodeCentres(page);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const inside = points.every(
    (p) => p.x >= frame.x && p.x <= frame.x + frame.width && p.y >= frame.y && p.y <= frame.y + frame.height,
  );
  return {
    width: (Math.max(...xs) - Math.min(...xs)) / frame.width,
    height: (Math.max(...ys) - Math.min(...ys)) / frame.height,
    inside,
  };
}

async function openFresh(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto('/');
  await expect(page.getByTestId('graph-counts')).toBeVisible();
  await page.waitForFunction(() => window.__drawnLabels !== undefined);
  // The names settle once the first fit rests: wait for the count to be read twice alike.
  let last = -1;
  await expect
    .poll(
      async () => {
        const count = (await drawnNames(page)).names.length;
        const steady = count === last && count > 0;
        last = count;
        return steady;
      },
      { intervals: [400] },
    )
    .toBe(true);
  expect(errors, 'page errors').toEqual([]);
}

for (const [width, height] of [
  [1280, 720],
  [1440, 900],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test('at least 20 names drawn whole at 11 px or more, the best-connected first, none overlapping or covered', async ({
      page,
    }) => {
      await openFresh(page, width, height);
      const { names: drawn, frame } = await drawnNames(page);
      await screenshot(page, `first-sight-${width}`);
      expect(drawn.length, 'names drawn').toBeGreaterThanOrEqual(20);
      for (const name of drawn) {
        // Whole: the entity's full name as drawn, its lines broken only between words (joined again by a space
        // they give the name back: no "…", no word cut), and all of it inside the drawing.
        expect(name.text, name.id).toBe(names.get(name.id));
        expect(name.lines?.map((line) => line.trim()).join(' '), `${name.id} as drawn`).toBe(names.get(name.id));
        expect(name.fontSize, `${name.id} font size`).toBeGreaterThanOrEqual(11);
        expect(name.left, `${name.id} left edge`).toBeGreaterThanOrEqual(frame.x);
        expect(name.top, `${name.id} top edge`).toBeGreaterThanOrEqual(frame.y);
        expect(name.left + name.width, `${name.id} right edge`).toBeLessThanOrEqual(frame.x + frame.width);
        expect(name.top + name.height, `${name.id} bottom edge`).toBeLessThanOrEqual(frame.y + frame.height);
        expect(name.covered, `${name.id} is covered`).toBe(false);
      }
      const clashes = drawn.flatMap((a, i) =>
        drawn
          .slice(i + 1)
          .filter((b) => overlap(a, b))
          .map((b) => `${a.id} × ${b.id}`),
      );
      expect(clashes).toEqual([]);
      const ids = drawn.map((n) => n.id);
      for (const hub of hubs) expect(ids, `${hub.label} is among the best-connected`).toContain(hub.id);
    });

    test('the layout fills the drawing, and the legend sits in its own space and collapses with a visible button', async ({
      page,
    }) => {
      await openFresh(page, width, height);
      const fill = await spread(page);
      expect(fill.inside).toBe(true);
      expect(fill.width, 'share of the width the nodes span').toBeGreaterThan(0.75);
      expect(fill.height, 'share of the height the nodes span').toBeGreaterThan(0.6);

      const frame = (await page.getByTestId('graph-canvas').boundingBox())!;
      const legend = page.getByTestId('legend');
      const legendBox = (await legend.boundingBox())!;
      expect(legendBox.y, 'the legend starts below the drawing').toBeGreaterThanOrEqual(frame.y + frame.height - 1);
      const hide = legend.getByRole('button', { name: 'Hide' });
      await expect(hide).toBeVisible();
      await expect(hide).toHaveAttribute('aria-expanded', 'true');
      // By keyboard: the drawing grows into the legend's room, and the graph is fitted to it again.
      await hide.focus();
      await page.keyboard.press('Enter');
      await expect(legend.getByRole('button', { name: 'Show' })).toHaveAttribute('aria-expanded', 'false');
      await expect
        .poll(async () => (await page.getByTestId('graph-canvas').boundingBox())!.height)
        .toBeGreaterThan(frame.height + 20);
      await expect.poll(async () => (await spread(page)).height).toBeGreaterThan(0.6);
      const grown = await spread(page);
      expect(grown.inside).toBe(true);
    });
  });
}

/**
 * Opens Discrepancies: the side view takes room from the drawing, and the graph is fitted again to what is left
 * (refitted, not only panned: every node is in the narrower drawing, and the graph spans most of its width).
 */
async function expectRefitWhenDiscrepanciesOpen(page: Page): Promise<void> {
  const before = (await page.getByTestId('graph-canvas').boundingBox())!;
  await page.getByRole('button', { name: 'Discrepancies' }).click();
  await expect
    .poll(async () => (await page.getByTestId('graph-canvas').boundingBox())!.width)
    .toBeLessThan(before.width - 20);
  await expect.poll(async () => (await spread(page)).inside).toBe(true);
  await expect.poll(async () => (await spread(page)).width).toBeGreaterThan(0.75);
}

test('Fit, and a side view opening or closing, fit the graph to the room left', async ({ page }) => {
  await openFresh(page, 1280, 720);
  await expectRefitWhenDiscrepanciesOpen(page);
  await screenshot(page, 'first-sight-discrepancies-refit');

  // Zoomed in, part of the graph is off the edge; Fit brings all of it back.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await spread(page)).inside).toBe(false);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect.poll(async () => (await spread(page)).inside).toBe(true);
});

test('after a reload, which brings back the stored camera, a side view opening still refits the graph', async ({
  page,
}) => {
  await openFresh(page, 1280, 720);
  // The fitted camera is written into the address (and the stored work) once it rests; the reload restores it.
  await expect.poll(() => new URL(page.url()).searchParams.get('c')).not.toBeNull();
  await page.reload();
  await expect(page.getByTestId('graph-counts')).toBeVisible();
  await expect.poll(async () => (await spread(page)).inside).toBe(true);
  await expectRefitWhenDiscrepanciesOpen(page);
});

test('the first sight looks as it did (screenshots within a tolerance)', async ({ browser }) => {
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    // A context of its own for each size: a fresh load, with nothing stored by the other.
    const context = await browser.newContext();
    const page = await context.newPage();
    await openFresh(page, width, height);
    await expect(page).toHaveScreenshot(`first-sight-${width}x${height}.png`, { maxDiffPixelRatio: 0.03 });
    await context.close();
  }
});
