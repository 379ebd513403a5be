// The explorer from the keyboard: focus goes back to what opened a dialog, a menu or a side view; ? lists every
// key; single keys reach search, export and the main views, but never while typing, with Ctrl/Alt held, or during a
// walkthrough. The keys expected here are the ones the issue and the user guide name, not read from the code's table.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { bundledStory, openExplorer, pagePosition } from './helpers';

const story = bundledStory();

/** Presses a key with focus on the page itself, as after a click on empty space. */
async function pressOnPage(page: Page, key: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(key);
}

test('focus returns to Export image… after the dialog closes by Escape, by Cancel, and after exporting', async ({
  page,
}) => {
  await openExplorer(page);
  const exportImage = page.getByRole('button', { name: 'Export image…' });
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await expect(exportImage).toHaveAttribute('title', 'Export image… (E)');

  // E opens it from anywhere, with the title field ready to type in.
  await pressOnPage(page, 'e');
  await expect(dialog.getByTestId('export-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(exportImage).toBeFocused();

  // Enter on the button, then Cancel from the keyboard.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(exportImage).toBeFocused();

  // An export closes it too.
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Download PNG' }).focus();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/\.png$/);
  await expect(dialog).toHaveCount(0);
  await expect(exportImage).toBeFocused();

  // The same for Export data…, opened with D.
  const exportData = page.getByRole('button', { name: 'Export data…' });
  await pressOnPage(page, 'd');
  const dataDialog = page.getByRole('dialog', { name: 'Export data' });
  await expect(dataDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dataDialog).toHaveCount(0);
  await expect(exportData).toBeFocused();
});

test('? lists every key, the graph keys and undo/redo included; Escape closes it and focus goes back', async ({
  page,
}) => {
  await openExplorer(page);
  const fit = page.getByRole('button', { name: 'Fit' });
  await fit.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keys' });
  await expect(dialog).toBeVisible();
  const keys = await dialog.locator('kbd').allTextContents();
  // The drawing's keys (docs/user-guide.md, "Keys on the drawing"), undo and redo, and the page's own.
  for (const key of ['←', '→', '↑', '↓', '+', '-', 'Enter', 'Escape', 'Ctrl+Z', 'Ctrl+Y', 'Ctrl+Shift+Z'])
    expect(keys, key).toContain(key);
  for (const key of ['?', '/', 'G', 'O', 'E', 'D', 'S', 'X', 'C', 'V', 'F', 'T', 'P']) expect(keys, key).toContain(key);
  // Each key once in the page's own list: no two controls share one.
  const pageKeys = await dialog
    .getByRole('table', { name: 'Anywhere on the page' })
    .getByRole('rowheader')
    .allTextContents();
  expect(new Set(pageKeys).size).toBe(pageKeys.length);
  await expect(dialog.getByRole('row', { name: /Export image/ })).toContainText('E');
  await expect(dialog.getByRole('row', { name: /Zoom in/ })).toContainText('+');
  const results = await new AxeBuilder({ page }).include('[data-testid="keys-dialog"]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(fit).toBeFocused();

  // The visible button opens the same list for mouse users; Close gives focus back to it.
  const keysButton = page.getByRole('button', { name: 'Keys (?)' });
  await keysButton.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(keysButton).toBeFocused();
});

test('/ focuses search, G the drawing, S X C V T open the views and F goes back, with focus on their openers', async ({
  page,
}) => {
  await openExplorer(page);
  await pressOnPage(page, '/');
  const search = page.getByTestId('search-input');
  await expect(search).toBeFocused();
  // Typed into the box, the keys are letters: no list, no export, the text as typed.
  await page.keyboard.type('?es');
  await expect(search).toHaveValue('?es');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('sources-view')).toHaveCount(0);

  await pressOnPage(page, 'g');
  const drawing = page.getByRole('application', { name: /^Graph drawing/ });
  await expect(drawing).toBeFocused();

  const views = [
    { key: 's', button: 'Sources', view: page.getByTestId('sources-view') },
    { key: 'x', button: 'Discrepancies', view: page.getByTestId('discrepancies') },
    { key: 'c', button: 'Chronology', view: page.getByTestId('chronology') },
    { key: 'v', button: /^Views/, view: page.getByTestId('saved-views') },
  ];
  for (const { key, button, view } of views) {
    await page.keyboard.press(key);
    await expect(view).toBeVisible();
    const opener = page.getByRole('button', { name: button, exact: typeof button === 'string' });
    await expect(opener).toHaveAttribute('aria-pressed', 'true');
    await expect(opener).toBeFocused();
  }
  await page.keyboard.press('f');
  await expect(page.getByTestId('saved-views')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();

  // Closing a view from inside it gives focus back to its toolbar button.
  await page.keyboard.press('s');
  const back = page.getByTestId('sources-view').getByRole('button', { name: 'Back to filters' });
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sources-view')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sources', exact: true })).toBeFocused();
  // S again goes back to the filters, as the button pressed again does.
  await page.keyboard.press('s');
  await expect(page.getByTestId('sources-view')).toBeVisible();
  await page.keyboard.press('s');
  await expect(page.getByTestId('sources-view')).toHaveCount(0);

  // T opens the top entities table; its opener in the filters is drawn anew when they come back, and gets focus.
  await page.keyboard.press('t');
  const table = page.getByTestId('top-entities');
  await expect(table).toBeVisible();
  await table.getByRole('button', { name: 'Back to filters' }).focus();
  await page.keyboard.press('Enter');
  await expect(table).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Top entities by a metric…' })).toBeFocused();
});

test('O opens a file; the CSV columns dialog, left with Escape, gives focus back to Open…', async ({ page }) => {
  await openExplorer(page);
  const choosing = page.waitForEvent('filechooser');
  await pressOnPage(page, 'o');
  const chooser = await choosing;
  await chooser.setFiles({ name: 'calls.csv', mimeType: 'text/csv', buffer: Buffer.from('who;whom\r\nAna;Ben\r\n') });
  const dialog = page.getByTestId('csv-mapping');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open…' })).toBeFocused();
});

test('keys do nothing with Ctrl or Alt held, in a select, or during a walkthrough, where they step', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Fit' }).focus();
  await page.keyboard.press('Alt+s');
  await page.keyboard.press('Control+Shift+c');
  await expect(page.getByTestId('sources-view')).toHaveCount(0);
  await expect(page.getByTestId('chronology')).toHaveCount(0);
  // In a select, letters choose an option.
  await page.getByTestId('layout-select').focus();
  await page.keyboard.press('x');
  await expect(page.getByTestId('discrepancies')).toHaveCount(0);

  // A saved view to present; P starts the walkthrough, whose keys then step it.
  await page.getByTestId('save-view').click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-view')).toBeFocused();
  await pressOnPage(page, 'p');
  const caption = page.getByTestId('present-caption');
  await expect(caption).toContainText('Step 1 of 1');
  for (const key of ['e', 's', '?', '/']) await page.keyboard.press(key);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('sources-view')).toHaveCount(0);
  await expect(caption).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(caption).toHaveCount(0);
  await expect(page.getByTestId('present')).toBeFocused();
});

test("Escape on a node's menu gives focus back to the drawing it was opened on", async ({ page }) => {
  await openExplorer(page);
  const drawing = page.getByRole('application', { name: /^Graph drawing/ });
  // Where the node rests once the layout has settled.
  const id = story.entities[0]!.id;
  let at = await pagePosition(page, id);
  await expect
    .poll(async () => {
      const now = await pagePosition(page, id);
      const still = Math.hypot(now.x - at.x, now.y - at.y) < 0.5;
      at = now;
      return still;
    })
    .toBe(true);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  const menu = page.getByTestId('node-menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(drawing).toBeFocused();
});
