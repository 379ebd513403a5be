// Key views compared with stored screenshots within a small tolerance, so a change that alters what the reader sees
// (a style moved to the wrong file, a panel that grew, a renderer that draws differently) shows up as a picture
// difference. The story at first sight is compared in firstSight.spec.ts. Baselines live in e2e/__screenshots__/;
// after a change meant to alter these views, look at the new pictures and update them with
// `npx playwright test e2e/keyViews.spec.ts --update-snapshots` (docs/architecture.md, Screenshot comparisons).
import { expect, test, type Page } from '@playwright/test';
import { datedGraphs } from '../bench/generate';
import { drawingAtRest, openExplorer } from './helpers';

test.use({ viewport: { width: 1400, height: 900 } });

/**
 * Up to 1 % of the pixels may differ (a few edge pixels of a redrawn graph, never a moved panel), and any change of
 * colour makes a pixel differ: Playwright's default threshold (0.2) lets a pale panel pass for white, or one grey for
 * another.
 */
const TOLERANCE = { maxDiffPixelRatio: 0.01, threshold: 0 } as const;

/** Selects an entity through the search box and waits until its details are shown and the camera is still. */
async function select(page: Page, name: string) {
  await page.getByTestId('search-input').fill(name);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(name);
  await drawingAtRest(page);
}

test('an entity selected: its details, its neighbourhood highlighted in the drawing', async ({ page }) => {
  await openExplorer(page);
  await select(page, 'Ramón Celestino Velásquez');
  await expect(page).toHaveScreenshot('entity-selected.png', TOLERANCE);
});

test('the legend under the drawing', async ({ page }) => {
  await openExplorer(page);
  const legend = page.getByTestId('legend');
  await expect(legend).toHaveScreenshot('legend.png', TOLERANCE);
});

test('the time bar under the drawing', async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByTestId('timebar')).toHaveScreenshot('time-bar.png', TOLERANCE);
});

test('a generated graph of 2,500 entities drawn by the canvas renderer', async ({ page }) => {
  // Seeded, with preset positions: the same graph in the same places on every run.
  const { app } = datedGraphs(2_500, 11);
  await openExplorer(page, '/?renderer=canvas');
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'generated.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(app)) });
  await expect(page.getByTestId('graph-counts')).toContainText('2500 of 2500 entities', { timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => window.__graphView?.renderer())).toBe('canvas');
  // The "Opened …" notice over the drawing is put away: the picture is of the drawing alone.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('button', { name: 'Dismiss' })).toHaveCount(0);
  await drawingAtRest(page);
  await expect(page.getByTestId('graph-canvas')).toHaveScreenshot('canvas-generated.png', TOLERANCE);
});
