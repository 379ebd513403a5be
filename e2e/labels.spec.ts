// Readable drawings: at fit zoom the story's names overlap neither each other nor any node, the best-connected
// entity keeps its name, and a name cut short shows in full on hover and when its node is picked from the search.
import { expect, test, type Page } from '@playwright/test';
import { bundledStory, openExplorer, pagePosition, screenshot } from './helpers';
import { buildGraph, nodeKey } from '../src/model/graph';
import { DEFAULT_APPEARANCE, encodeNodes } from '../src/view/appearance';
import { estimatedLabelBox } from '../src/view/labelRoom';

const story = bundledStory();
const look = encodeNodes(buildGraph(story), DEFAULT_APPEARANCE).look;

interface Box {
  id: string;
  kind?: 'node' | 'edge';
  left: number;
  top: number;
  width: number;
  height: number;
}

const intersect = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * What is drawn now, in pixels relative to the drawing: the names (`labels`), the link captions readable at this
 * zoom (`captions`), and every entity's node box.
 */
async function drawing(page: Page): Promise<{ labels: Box[]; captions: Box[]; nodes: Box[] }> {
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
  // The stored layout made room for names by an estimate of their width (labelRoom.ts): no drawn name is wider.
  const zoom =
    (await page.evaluate((id) => window.__graphView!.renderedSize(id), hub.id))! / look(nodeKey(hub.id)).size;
  for (const label of labels) {
    const { left, right } = estimatedLabelBox({
      id: label.id,
      x: 0,
      y: 0,
      size: 0,
      label: look(nodeKey(label.id)).label,
    });
    expect(label.width / zoom, label.id).toBeLessThanOrEqual(right - left);
  }
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
  await page.getByTestId('layout-select').selectOption('grid');
  await page.waitForTimeout(800); // the animated move to the grid
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

test('a name cut short shows in full on hover and when picked from the search', async ({ page }) => {
  await openExplorer(page);
  const tooltip = page.getByRole('tooltip');
  // The longest name in the story: far wider than the drawing's 140 px name width at 11 px.
  const long = byLongestName[0]!;
  const at = await pagePosition(page, long.id);
  await page.mouse.move(at.x, at.y);
  await expect(tooltip).toHaveText(long.label);
  await expect(tooltip).toBeVisible();
  await screenshot(page, 'labels-tooltip-hover');
  // Away from every node, the tooltip goes.
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + 2);
  await expect(tooltip).toBeHidden();

  // Picked by keyboard from the search: the selection's full name shows without pointing at it.
  const other = byLongestName[1]!;
  await page.getByTestId('search-input').fill(other.label);
  await page.getByTestId('search-input').press('Enter');
  await expect(tooltip).toHaveText(other.label);
  await expect(tooltip).toBeVisible();

  // A short name is drawn whole: no tooltip for it.
  const short = [...byLongestName].reverse().find((e) => e.label.length <= 8)!;
  await page.getByTestId('search-input').fill(short.label);
  await page.getByTestId('search-input').press('Enter');
  await expect(tooltip).toBeHidden();
});
