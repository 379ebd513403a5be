// The explorer opens on the bundled story: right counts, a drawn graph, a legend, layouts that move nodes.
import { expect, test } from '@playwright/test';
import { bundledStory, countsText, drawingAtRest, openExplorer, pagePosition, readCounts, screenshot } from './helpers';

const story = bundledStory();

test('renders the whole story with the dataset counts', async ({ page }) => {
  await openExplorer(page);
  const all = {
    visibleEntities: story.entities.length,
    totalEntities: story.entities.length,
    visibleRelations: story.relations.length,
    totalRelations: story.relations.length,
  };
  await expect(page.getByTestId('graph-counts')).toHaveText(countsText(all));
  await expect(page.getByTestId('legend')).toContainText('Person');
  await expect(page.getByTestId('legend')).toContainText('disputed');
  await expect(page.getByTestId('story-overview')).toContainText(story.title);

  // The canvas really shows something: many distinct colours, not a blank area.
  const canvasShot = await page.getByTestId('graph-canvas').screenshot();
  expect(canvasShot.length).toBeGreaterThan(20_000);
  await screenshot(page, '01-overview');
});

test('layouts move the nodes, and a node can be dragged', async ({ page }) => {
  await openExplorer(page);
  const id = story.entities[0]!.id;
  const before = await pagePosition(page, id);
  await page.getByTestId('layout-select').selectOption('circle');
  await expect.poll(async () => distance(before, await pagePosition(page, id)), { timeout: 5_000 }).toBeGreaterThan(5);
  await drawingAtRest(page); // the animated transition has finished
  await screenshot(page, '02-circle-layout');

  const start = await pagePosition(page, id);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y + 40, { steps: 8 });
  await page.mouse.up();
  const end = await pagePosition(page, id);
  expect(distance(start, end)).toBeGreaterThan(40);

  for (const layout of ['concentric', 'hierarchical', 'grid', 'fcose']) {
    const from = await pagePosition(page, id);
    await page.getByTestId('layout-select').selectOption(layout);
    await expect
      .poll(async () => distance(from, await pagePosition(page, id)), { timeout: 10_000, message: layout })
      .toBeGreaterThan(1);
  }
  expect((await readCounts(page)).visibleEntities).toBe(story.entities.length);
});

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
