// Readable drawings: at fit zoom the story's names overlap neither each other nor any node, the best-connected
// entity keeps its name, and a name cut short shows in full on hover and when its node is picked from the search.
import { expect, test, type Page } from '@playwright/test';
import { bundledStory, chooseLayout, drawingAtRest, openExplorer, pagePosition, screenshot } from './helpers';

const story = bundledStory();

interface Box {
  id: string;
  kind?: 'node' | 'edge';
  text?: string;
  fontSize?: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A name or caption as drawn: its text and font size on screen too. */
type Label = Box & { text: string; fontSize: number };

const intersect = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * What is drawn now, in pixels relative to the drawing: the names (`labels`), the link captions readable at this
 * zoom (`captions`), and every entity's node box.
 */
async function drawing(page: Page): Promise<{ labels: Label[]; captions: Label[]; nodes: Box[] }> {
  return page.evaluate(
    (ids) => {
      const view = window.__graphView!;
      const nodes = ids.flatMap((id) => {
        const p = view.renderedPosition(id);
        const size = view.renderedSize(id);
        return p && size ? [{ id, left: p.x - size / 2, top: p.y - size / 2, width: size, height: size }] : [];
      });
      const drawn = window.__drawnLabels!();
      return {
        labels: drawn.filter((l) => l.kind === 'node'),
        captions: drawn.filter((l) => l.kind === 'edge'),
        nodes,
      };
    },
    story.entities.map((e) => e.id),
  );
}

/** Every name or caption that meets another, or a node. */
function overlaps({ labels, captions, nodes }: { labels: Box[]; captions: Box[]; nodes: Box[] }): string[] {
  const all = [...labels, ...captions];
  const found: string[] = [];
  all.forEach((a, i) => {
    for (const b of all.slice(i + 1)) if (intersect(a, b)) found.push(`${a.kind} ${a.id} × ${b.kind} ${b.id}`);
    for (const n of nodes) if (intersect(a, n)) found.push(`${a.kind} ${a.id} × node ${n.id}`);
  });
  return found;
}

const degree = (id: string) => story.relations.filter((r) => r.source === id || r.target === id).length;
const byLongestName = [...story.entities].sort((a, b) => b.label.length - a.label.length);
const hub = [...story.entities].sort((a, b) => degree(b.id) - degree(a.id))[0]!;

test('at fit zoom no drawn name overlaps another name or a node, and the best-connected entity keeps its name', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect.poll(async () => overlaps(await drawing(page)), { timeout: 5_000 }).toEqual([]);
  const { labels } = await drawing(page);
  // The story's names are drawn (most of them), not hidden wholesale to pass the test above.
  expect(labels.length).toBeGreaterThan(story.entities.length / 2);
  expect(labels.map((l) => l.id)).toContain(hub.id);
  // Each name's box, which the overlap check above trusts, holds the name as the browser itself measures it (a
  // canvas's measureText in the drawing's font, set in view/stylesheet.ts), with no more than a few pixels to spare.
  const oneLine = labels.filter((l) => l.height <= 2 * l.fontSize); // wrapped names are measured line by line
  const measured = await page.evaluate(
    (names) => {
      const context = document.createElement('canvas').getContext('2d')!;
      return names.map(({ text, fontSize }) => {
        context.font = `${fontSize}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
        return context.measureText(text).width;
      });
    },
    oneLine.map(({ text, fontSize }) => ({ text, fontSize })),
  );
  expect(oneLine.length).toBeGreaterThan(0);
  oneLine.forEach((label, i) => {
    expect(label.width, `${label.id}: box against text`).toBeGreaterThanOrEqual(measured[i]! - 0.5);
    expect(label.width, `${label.id}: box against text`).toBeLessThanOrEqual(measured[i]! + 4);
  });
  await screenshot(page, 'labels-fit');

  // Zoomed in, the links' captions are drawn too, and they give way like the names.
  // (How many steps that takes depends on the room the graph has: the time bar below it takes some.)
  await expect
    .poll(
      async () => {
        const { captions } = await drawing(page);
        if (captions.length === 0) await page.getByRole('button', { name: 'Zoom in' }).click();
        return captions.length;
      },
      { timeout: 10_000, intervals: [700] },
    )
    .toBeGreaterThan(0);
  await expect.poll(async () => overlaps(await drawing(page)), { timeout: 5_000 }).toEqual([]);
  await screenshot(page, 'labels-zoomed');
});

test('in a crowded layout names give way instead of overlapping, and a hidden name shows in full on hover', async ({
  page,
}) => {
  await openExplorer(page);
  // The grid packs the story's nodes closer than their names are wide.
  await chooseLayout(page, 'grid');
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect.poll(async () => overlaps(await drawing(page)), { timeout: 5_000 }).toEqual([]);
  const { labels } = await drawing(page);
  const shown = new Set(labels.map((l) => l.id));
  const hidden = story.entities.filter((e) => !shown.has(e.id));
  expect(hidden.length, 'some names give way').toBeGreaterThan(0);
  // Names give way by priority: the best-connected entity keeps its name, and those kept are better connected on
  // average than those that gave way.
  expect(shown).toContain(hub.id);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  expect(mean([...shown].map(degree))).toBeGreaterThan(mean(hidden.map((e) => degree(e.id))));
  await screenshot(page, 'labels-grid');

  const quiet = hidden[0]!;
  const at = await pagePosition(page, quiet.id);
  await page.mouse.move(at.x, at.y);
  await expect(page.getByRole('tooltip')).toHaveText(quiet.label);
});

test('a selected entity always shows its name, still without overlap', async ({ page }) => {
  await openExplorer(page);
  // The least connected entity: the first to give way when names compete.
  const quiet = [...story.entities].sort((a, b) => degree(a.id) - degree(b.id))[0]!;
  await page.getByTestId('search-input').fill(quiet.label);
  await page.getByTestId('search-input').press('Enter');
  await expect.poll(async () => (await drawing(page)).labels.map((l) => l.id)).toContain(quiet.id);
  await expect.poll(async () => overlaps(await drawing(page)), { timeout: 5_000 }).toEqual([]);
});

test('long names are drawn whole, wrapped between words; a name that gave way shows in full on hover and when picked', async ({
  page,
}) => {
  await openExplorer(page);
  const tooltip = page.getByRole('tooltip');
  // Every name drawn is the entity's whole name (no "…"), however long: long ones wrap onto more lines.
  const { labels } = await drawing(page);
  const names = new Map(story.entities.map((e) => [e.id, e.label]));
  for (const label of labels) expect(label.text, label.id).toBe(names.get(label.id));
  const long = byLongestName.find((e) => labels.some((l) => l.id === e.id))!;
  const drawn = labels.find((l) => l.id === long.id)!;
  expect(drawn.height, `${long.label} wraps`).toBeGreaterThan(1.5 * drawn.fontSize!);
  // A name drawn whole needs no tooltip.
  const at = await pagePosition(page, long.id);
  await page.mouse.move(at.x, at.y);
  await expect(tooltip).toBeHidden();

  // Zoomed out, names give way; hovering one that did shows it in full.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => (await drawing(page)).labels.length < labels.length).toBe(true);
  // The zoom animates: the pointer goes where the node rests, not where it passes.
  await drawingAtRest(page);
  const shown = new Set((await drawing(page)).labels.map((l) => l.id));
  const quiet = story.entities.find((e) => !shown.has(e.id))!;
  const quietAt = await pagePosition(page, quiet.id);
  await page.mouse.move(quietAt.x, quietAt.y);
  await expect(tooltip).toHaveText(quiet.label);
  await expect(tooltip).toBeVisible();
  await screenshot(page, 'labels-tooltip-hover');
  // Away from every node, the tooltip goes.
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + 2);
  await expect(tooltip).toBeHidden();

  // Picked by keyboard from the search, a selected name is always drawn, so no tooltip is needed once it rests.
  await page.getByTestId('search-input').fill(quiet.label);
  await page.getByTestId('search-input').press('Enter');
  await expect.poll(async () => (await drawing(page)).labels.map((l) => l.id)).toContain(quiet.id);
  await expect(tooltip).toBeHidden();
});
