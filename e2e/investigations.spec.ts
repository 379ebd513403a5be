// The Investigations list: starting one, renaming, copying, deleting (after confirming), the bundled story's
// editable copy and the way back to the story as published, all kept across a reload.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { bundledStory, openExplorer, readCounts } from './helpers';

const story = bundledStory();
const rostec = story.entities.find((e) => e.id === 'rostec')!;

async function openList(page: Page) {
  const button = page.getByRole('button', { name: 'Investigations' });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await expect(page.getByTestId('investigations')).toBeVisible();
}

const title = (page: Page) => page.locator('.statusbar .dataset-title');

test('a new investigation starts empty, is listed, and is what a reload opens', async ({ page }) => {
  await openExplorer(page);
  await openList(page);
  await page.getByTestId('new-investigation').click();
  // An empty title is refused with a message that names the field.
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('alert')).toContainText('Title');
  await page.getByLabel('Title', { exact: true }).fill('Arms to Caracas');
  await page.keyboard.press('Enter');
  await expect(title(page)).toHaveText('Arms to Caracas');
  expect(await readCounts(page)).toMatchObject({ totalEntities: 0, totalRelations: 0 });
  const item = page.getByTestId('investigation-item').filter({ hasText: 'Arms to Caracas' });
  await expect(item).toContainText('0 entities');
  await expect(item).toContainText('open');

  await page.reload();
  await expect(title(page)).toHaveText('Arms to Caracas');
  expect(await readCounts(page)).toMatchObject({ totalEntities: 0 });
});

test('rename, duplicate and delete (after confirming) an investigation', async ({ page }) => {
  await openExplorer(page);
  await openList(page);
  await page.getByTestId('new-investigation').click();
  await page.getByLabel('Title', { exact: true }).fill('First draft');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(title(page)).toHaveText('First draft');

  await page.getByRole('button', { name: 'Rename First draft' }).click();
  await page.getByLabel('New title for “First draft”').fill('Second draft');
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(title(page)).toHaveText('Second draft');
  // The rename of the open investigation is a step like any edit.
  await page.keyboard.press('Control+z');
  await expect(title(page)).toHaveText('First draft');
  await page.keyboard.press('Control+Shift+z');
  await expect(title(page)).toHaveText('Second draft');

  await page.getByRole('button', { name: 'Duplicate Second draft' }).click();
  const copy = page.getByTestId('investigation-item').filter({ hasText: 'Copy of Second draft' });
  await expect(copy).toBeVisible();

  await copy.getByRole('button', { name: 'Delete Copy of Second draft' }).click();
  // Nothing goes before the user confirms; keeping it keeps it.
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(copy).toBeVisible();
  await copy.getByRole('button', { name: 'Delete Copy of Second draft' }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(copy).toHaveCount(0);
  await page.reload();
  await openList(page);
  await expect(page.getByTestId('investigation-item').filter({ hasText: 'Copy of Second draft' })).toHaveCount(0);
  await expect(page.getByTestId('investigation-item').filter({ hasText: 'Second draft' })).toHaveCount(1);
});

test('the bundled story opens as an editable copy; Back to the published story discards it after confirming', async ({
  page,
}) => {
  await openExplorer(page);
  await openList(page);
  const storyItem = page.locator('.investigation').filter({ hasText: 'The bundled story' });
  await expect(storyItem).toContainText('As published');
  await expect(page.getByTestId('back-to-published')).toHaveCount(0);

  // One edit makes the story the user's copy, kept across a reload.
  await page.getByTestId('search-input').fill(rostec.label);
  await page.getByTestId('search-input').press('Enter');
  await page.getByTestId('edit-entity').click();
  await page.getByTestId('entity-editor').getByLabel('Name').fill('Rostec (edited)');
  await page.getByTestId('entity-editor').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText('Rostec (edited)');
  await expect(storyItem).toContainText('Your edited copy');

  // Saving is asynchronous: wait until the list, read back from storage, shows the copy saved before reloading.
  await expect(storyItem).toContainText('saved');
  await page.reload();
  await openList(page);
  await expect(storyItem).toContainText('Your edited copy');
  await page.getByTestId('search-input').fill('Rostec (edited)');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText('Rostec (edited)');

  // Going back asks first; keeping the changes keeps them.
  await page.getByTestId('back-to-published').click();
  await page.getByRole('button', { name: 'Keep them' }).click();
  await expect(storyItem).toContainText('Your edited copy');
  await page.getByTestId('back-to-published').click();
  await page.getByRole('button', { name: 'Discard my changes' }).click();
  await expect(storyItem).toContainText('As published');
  await page.getByTestId('search-input').fill(rostec.label);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(rostec.label);
  await page.reload();
  await openList(page);
  await expect(storyItem).toContainText('As published');
  expect(await readCounts(page)).toMatchObject({
    totalEntities: story.entities.length,
    totalRelations: story.relations.length,
  });
});

test('a stored investigation appended to a new one brings all its entities and relations, as one undo step', async ({
  page,
}) => {
  await openExplorer(page);
  // Make the story a stored copy: one edit.
  await page.getByTestId('search-input').fill(rostec.label);
  await page.getByTestId('search-input').press('Enter');
  await page.getByTestId('edit-entity').click();
  await page.getByTestId('entity-editor').getByLabel('Name').fill('Rostec (edited)');
  await page.getByTestId('entity-editor').getByRole('button', { name: 'Save' }).click();
  await openList(page);
  await expect(page.locator('.investigation').filter({ hasText: 'The bundled story' })).toContainText('saved');

  await page.getByTestId('new-investigation').click();
  await page.getByLabel('Title', { exact: true }).fill('Built on the story');
  await page.keyboard.press('Enter');
  await expect(title(page)).toHaveText('Built on the story');
  await page.getByTestId('duplicates-button').click();
  await page.getByLabel('Stored investigation').selectOption({ label: `${story.title} (your copy of the story)` });
  await page.getByTestId('append-stored').click();
  await expect(page.getByTestId('append-review')).toBeVisible();
  await page.getByTestId('append-confirm').click();
  // The empty investigation matches nothing: everything comes in.
  await expect
    .poll(async () => readCounts(page))
    .toMatchObject({ totalEntities: story.entities.length, totalRelations: story.relations.length });
  await page.getByTestId('search-input').fill('Rostec (edited)');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText('Rostec (edited)');
  await page.getByTestId('entity-details').getByRole('heading', { level: 2 }).click();
  await page.keyboard.press('Control+z'); // the selection
  await page.keyboard.press('Control+z'); // the append
  await expect.poll(async () => (await readCounts(page)).totalEntities).toBe(0);
});

test('when the browser cannot store an edit, a message says so and Export project keeps the work', async ({ page }) => {
  // A browser that offers this page no storage (as some private modes do).
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await openExplorer(page);
  await page.getByTestId('search-input').fill(rostec.label);
  await page.getByTestId('search-input').press('Enter');
  await page.getByTestId('edit-entity').click();
  await page.getByTestId('entity-editor').getByLabel('Name').fill('Rostec (unsaved)');
  await page.getByTestId('entity-editor').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('notice')).toContainText('could not be saved in this browser');
  const download = page.waitForEvent('download');
  await page.getByTestId('notice-export').click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray();
  const project = JSON.parse(Buffer.concat(text).toString('utf8')) as { entities: { id: string; label: string }[] };
  expect(project.entities.find((e) => e.id === rostec.id)?.label).toBe('Rostec (unsaved)');
  // The edit is still on screen.
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText('Rostec (unsaved)');
});

test('the list passes an accessibility scan', async ({ page }) => {
  await openExplorer(page);
  await openList(page);
  const results = await new AxeBuilder({ page }).include('[data-testid="investigations"]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
