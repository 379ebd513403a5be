// The faded context in an image export: entities elsewhere that the shown ones link to are named, or left out, as
// the export dialog says; never pale shapes without names. Expected names come from the bundled dataset.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { bundledStory, openExplorer } from './helpers';

const story = bundledStory();
const russian = new Set(story.entities.filter((e) => e.country === 'RU').map((e) => e.id));
/** What Russia's entities link to elsewhere: drawn faded for context when the country filter shows Russia. */
const elsewhere = new Set(
  story.relations.flatMap((r) =>
    russian.has(r.source) !== russian.has(r.target) ? [russian.has(r.source) ? r.target : r.source] : [],
  ),
);
const contextNames = story.entities.filter((e) => elsewhere.has(e.id)).map((e) => e.label);
const russianNames = story.entities.filter((e) => russian.has(e.id)).map((e) => e.label);

/** The node names written in an SVG export, and all its texts. */
async function exportSvg(page: Page): Promise<{ names: string[]; texts: string[] }> {
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download SVG' }).click();
  const source = readFileSync(await (await downloading).path()).toString('utf8');
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const text = (selector: string) => [...doc.querySelectorAll(selector)].map((t) => t.textContent ?? '');
    return { names: text('text.node-label'), texts: text('text') };
  }, source);
}

test('the faded context is named in an export, or left out, as the dialog says', async ({ page }) => {
  expect(contextNames.length).toBeGreaterThan(0);
  await openExplorer(page);
  await page
    .getByTestId('facet-entity:country')
    .getByRole('checkbox', { name: /Russia/ })
    .check();
  await expect.poll(() => page.evaluate(() => window.__graphView!.contextKeys().nodes.length)).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  const choice = dialog.getByRole('group', { name: /Faded context/ });
  await expect(choice).toContainText(`${contextNames.length} entities`);
  await expect(choice.getByRole('radio', { name: 'Name them' })).toBeChecked();
  const named = await exportSvg(page);
  for (const name of [...contextNames, ...russianNames]) expect(named.names).toContain(name);
  expect(named.texts.some((t) => t.startsWith('pale: context'))).toBe(true);

  // Chosen from the keyboard: the arrow key moves the radio choice.
  await page.getByRole('button', { name: 'Export image…' }).click();
  await choice.getByRole('radio', { name: 'Name them' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(choice.getByRole('radio', { name: 'Leave them out' })).toBeChecked();
  const left = await exportSvg(page);
  for (const name of contextNames) expect(left.names).not.toContain(name);
  for (const name of russianNames) expect(left.names).toContain(name);
  expect(left.texts.join(' ')).not.toContain('faded for context');
  expect(left.texts.some((t) => t.startsWith('pale: context'))).toBe(false);
});

test('without faded context the dialog offers no choice about it', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await expect(dialog.getByRole('radio', { name: 'SVG' })).toBeVisible();
  await expect(dialog.getByRole('group', { name: /Faded context/ })).toHaveCount(0);
});
