// Shared steps for the browser tests: open the explorer, read the counts line, save screenshots,
// and compute expectations from the bundled dataset itself (never hard-coded numbers).
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
  const [visibleEntities, totalEntities, visibleRelations, totalRelations] = match.slice(1).map(Number) as [number, number, number, number];
  return { visibleEntities, totalEntities, visibleRelations, totalRelations };
}

export function countsText(c: Counts): string {
  return `${c.visibleEntities} of ${c.totalEntities} entities · ${c.visibleRelations} of ${c.totalRelations} relations`;
}

export async function openExplorer(page: Page): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto('/');
  await expect(page.getByTestId('graph-counts')).toBeVisible();
  await expect(page.locator('[data-testid="graph-canvas"] canvas').first()).toBeVisible();
  // Wait for the first layout to place the nodes: a node's drawn position stops changing.
  await page.waitForFunction(() => window.__graphView !== undefined);
  await page.waitForTimeout(300);
  expect(errors, 'page errors').toEqual([]);
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
