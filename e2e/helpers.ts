// Shared steps for the browser tests: open the explorer, read the counts line, save screenshots, wait for the drawing
// to rest, and read the bundled dataset, so that expectations come from its facts, not from the code under test.
import { expect, type Page } from '@playwright/test';
import { readFileSync, mkdirSync } from 'node:fs';
import { validateDataset } from '../src/io/validate';
import type { Dataset } from '../src/model/schema';

export const SCREENSHOT_DIR = 'test-results/screenshots';

export function bundledStory(): Dataset {
  const result = validateDataset(JSON.parse(readFileSync('graph-data/venezuela-military-aid.json', 'utf8')));
  if (!result.ok) throw new Error('bundled dataset is invalid; run npm run validate');
  return result.dataset;
}

export interface Counts {
  visibleEntities: number;
  totalEntities: number;
  visibleRelations: number;
  totalRelations: number;
}

export async function readCounts(page: Page): Promise<Counts> {
  const text = (await page.getByTestId('graph-counts').textContent()) ?? '';
  const match = /(\d+) of (\d+) entities · (\d+) of (\d+) relations/.exec(text);
  if (!match) throw new Error(`counts line not understood: "${text}"`);
  const [visibleEntities, totalEntities, visibleRelations, totalRelations] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { visibleEntities, totalEntities, visibleRelations, totalRelations };
}

export function countsText(c: Counts): string {
  return `${c.visibleEntities} of ${c.totalEntities} entities · ${c.visibleRelations} of ${c.totalRelations} relations`;
}

/**
 * Opens a graph file as a link to it would (`?data=` naming an address the test answers), waits until its counts
 * show every entity and relation, and returns that counts text.
 */
export async function openByAddress(
  page: Page,
  file: { elements: { nodes: unknown[]; edges: unknown[] } },
  name: string,
  timeout = 30_000,
): Promise<string> {
  const address = `http://graphs.test/${name}`;
  await page.route(address, (route) =>
    route.fulfill({ body: JSON.stringify(file), headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.goto(`/?data=${address}`);
  const [entities, relations] = [file.elements.nodes.length, file.elements.edges.length];
  const all = countsText({
    visibleEntities: entities,
    totalEntities: entities,
    visibleRelations: relations,
    totalRelations: relations,
  });
  await expect(page.getByTestId('graph-counts')).toHaveText(all, { timeout });
  return all;
}

/** A generated graph's counts text once only France is ticked (bench/generate.ts: `country` is FR for half). */
export function countsOfFrance(file: {
  elements: {
    nodes: { data: { id?: string; country?: string } }[];
    edges: { data: { source?: string; target?: string } }[];
  };
}): string {
  const { nodes, edges } = file.elements;
  const france = new Set(nodes.filter((n) => n.data.country === 'FR').map((n) => n.data.id));
  return countsText({
    visibleEntities: france.size,
    totalEntities: nodes.length,
    visibleRelations: edges.filter((e) => france.has(e.data.source) && france.has(e.data.target)).length,
    totalRelations: edges.length,
  });
}

/** Opens the app at `path` (the story by default; `/?renderer=canvas` draws it on the canvas). */
export async function openExplorer(page: Page, path = '/'): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(path);
  await expect(page.getByTestId('graph-counts')).toBeVisible();
  await expect(page.locator('[data-testid="graph-canvas"] canvas').first()).toBeVisible();
  // Wait for the first layout to place the nodes: their places and the camera stop changing.
  await page.waitForFunction(() => (window.__graphView?.positions().size ?? 0) > 0);
  await drawingAtRest(page);
  expect(errors, 'page errors').toEqual([]);
}

/**
 * Reads `read` until it gives the same answer twice in a row, `every` milliseconds apart, and returns that answer:
 * whatever was moving (an animated layout, a camera, a drawing) has come to rest.
 */
export async function steady<T>(read: () => Promise<T>, what: string, every = 250): Promise<T> {
  let last: string | undefined;
  let value: T | undefined;
  await expect
    .poll(
      async () => {
        value = await read();
        const now = JSON.stringify(value);
        const same = now === last;
        last = now;
        return same;
      },
      { message: `${what} comes to rest`, intervals: [every] },
    )
    .toBe(true);
  return value!;
}

/** Every node's place in the model and the camera, as the drawing has them now. */
export function drawingNow(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const view = window.__graphView;
    return view ? [view.camera(), [...view.positions()]] : null;
  });
}

/** Waits until the nodes and the camera stop moving (an animated layout or camera move changes them every frame). */
export async function drawingAtRest(page: Page): Promise<void> {
  await steady(() => drawingNow(page), 'the drawing');
}

/** Picks a layout, then waits until the nodes have left their places and come to rest in the new ones. */
export async function chooseLayout(page: Page, layout: string): Promise<void> {
  const before = JSON.stringify(await drawingNow(page));
  await page.getByTestId('layout-select').selectOption(layout);
  await expect
    .poll(async () => JSON.stringify(await drawingNow(page)), { message: `the nodes move to the ${layout} layout` })
    .not.toBe(before);
  await drawingAtRest(page);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

/** Where an element is drawn, in page coordinates. */
export async function pagePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  const pos = await page.evaluate((elementId) => window.__graphView?.renderedPosition(elementId) ?? null, id);
  if (!box || !pos) throw new Error(`element ${id} is not drawn`);
  return { x: box.x + pos.x, y: box.y + pos.y };
}

type Point = { x: number; y: number };

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The first relation whose drawn midpoint is clear of every node and every other link, so a click there
 * can only hit that relation. Other links are approximated by straight segments between their ends.
 */
export async function findUncoveredRelation<R extends { id: string; source: string; target: string }>(
  page: Page,
  candidates: R[],
): Promise<R> {
  const story = bundledStory();
  const positions = await page.evaluate(
    (ids) => Object.fromEntries(ids.map((id) => [id, window.__graphView?.renderedPosition(id) ?? null])),
    [...story.entities.map((e) => e.id), ...candidates.map((r) => r.id)],
  );
  const at = (id: string): Point | null => positions[id] ?? null;
  for (const relation of candidates) {
    const mid = at(relation.id);
    if (!mid) continue;
    const clearOfNodes = story.entities.every((e) => {
      const p = at(e.id);
      return !p || Math.hypot(p.x - mid.x, p.y - mid.y) > 30;
    });
    const clearOfLinks = story.relations.every((r) => {
      if (r.id === relation.id) return true;
      if (r.source === relation.source && r.target === relation.target) return false;
      const a = at(r.source);
      const b = at(r.target);
      return !a || !b || distanceToSegment(mid, a, b) > 10;
    });
    if (clearOfNodes && clearOfLinks) return relation;
  }
  throw new Error('no candidate relation has an uncovered midpoint in this layout');
}
