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
  left: number;
  top: number;
  width: number;
  height: number;
}

const intersect = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** The names drawn now, and every entity's node box, in pixels relative to the drawing. */
async function drawing(page: Page): Promise<{ labels: Box[]; nodes: Box[] }> {
  return page.evaluate(
    (ids) => {
      const view = window.__graphView!;
      const nodes = ids.flatMap((id) => {
        const p = view.renderedPosition(id);
        const size = view.renderedSize(id);
        return p && size ? [{ id, left: p.x - size / 2, top: p.y - size / 2, width: size, height: size }] : [];
      });
      return { labels: view.drawnLabels(), nodes };
    },
    story.entities.map((e) => e.id),
  );
}

function overlaps({ labels, nodes }: { labels: Box[]; nodes: Box[] }): string[] {
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (intersect(a, b)) found.push(`name ${a.id} × name ${b.id}`);
    for (const n of nodes) if (intersect(a, n)) found.push(`name ${a.id} × node ${n.id}`);
  });
  return found;
}

const degree = (id: string) => story.relations.filter((r) => r.source === id || r.target === id).length;
const byLongestName = [...story.entities].sort((a, b) => b.label.length - a.label.length);

test('at fit zoom no drawn name overlaps another name or a node, and the best-connected entity keeps its name', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect.poll(async () => overlaps(await drawing(page)), { timeout: 5_000 }).toEqual([]);
  const { labels } = await drawing(page);
  // The story's names are drawn (most of them), not hidden wholesale to pass the test above.
  expect(labels.length).toBeGreaterThan(story.entities.length / 2);
  const hub = [...story.entities].sort((a, b) => degree(b.id) - degree(a.id))[0]!;
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
