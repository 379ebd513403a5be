// The first journey, start to end: a new, empty investigation; an article pasted as a source; a claim made
// from words selected in the reader, creating both its entities; the relation shown with one independent origin
// and one article, its quote highlighted; everything still there after a reload. The article is our own words.
import { expect, test, type Page } from '@playwright/test';
import { openExplorer, readCounts } from './helpers';
import { addSource, selectInReader } from './buildHelpers';

const FIRST = 'Alpha Corp delivered rifles to Beta Army';
const SECOND = 'Beta Army asked Gamma Bank for a loan';
const ARTICLE = `A note written for this test.\n\nOn 3 March ${FIRST}, officials said. Later, ${SECOND}.\nNothing else is known.`;

/** Types a name into a claim end and takes "Create entity “…”", then gives the new entity its type. */
async function createEnd(page: Page, testId: string, name: string, type: string) {
  const box = page.getByTestId(testId);
  await box.fill(name);
  await page.getByRole('option', { name: `Create entity “${name}”` }).click();
  const end = page.getByTestId('claim-editor').locator('.claim-ends > div').filter({ has: box });
  await end.getByLabel('Type of the new entity').selectOption({ label: type });
}

test('from a new investigation: paste an article, make a claim from a selection, see its origin and highlight; a reload keeps it', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Investigations' }).click();
  await page.getByTestId('new-investigation').click();
  await page.getByLabel('Title', { exact: true }).fill('Rifles for Beta Army');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.locator('.statusbar .dataset-title')).toHaveText('Rifles for Beta Army');
  expect(await readCounts(page)).toMatchObject({ totalEntities: 0, totalRelations: 0 });

  await addSource(page, 'Test note on rifles', ARTICLE);
  await selectInReader(page, FIRST);
  await page.getByTestId('claim-from-selection').click();
  const editor = page.getByTestId('claim-editor');
  await expect(editor.getByTestId('claim-quote')).toHaveValue(FIRST);
  await createEnd(page, 'claim-subject', 'Alpha Corp', 'Organization');
  await createEnd(page, 'claim-object', 'Beta Army', 'Organization');
  await editor.getByTestId('claim-relation-type').selectOption({ label: 'supplied' });
  await expect(editor.getByTestId('claim-modality')).toHaveValue('happened');
  await editor.getByTestId('claim-save').click();
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('notice')).toContainText('Created the relation “Alpha Corp supplied Beta Army”');
  expect(await readCounts(page)).toMatchObject({ totalEntities: 2, totalRelations: 1 });

  const highlight = page.getByTestId('quote-highlight');
  await expect(highlight).toHaveText(FIRST);
  await highlight.click();
  await expect(page.getByTestId('relation-details').getByTestId('origin-count')).toHaveText(
    '1 independent origin · 1 article',
  );

  // The next claim starts from the words selected now, never from the last claim's; a request defaults to requested.
  await page.getByTestId('reader-text').click({ position: { x: 2, y: 2 } });
  await selectInReader(page, SECOND);
  await page.getByTestId('claim-from-selection').click();
  await expect(editor.getByTestId('claim-quote')).toHaveValue(SECOND);
  await editor.getByTestId('claim-relation-type').selectOption({ label: 'asked for aid from' });
  await expect(editor.getByTestId('claim-modality')).toHaveValue('requested');
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor).toBeHidden();

  // Saving is asynchronous: the list, read back from storage, says when the investigation holds both entities.
  await page.getByRole('button', { name: 'Investigations' }).click();
  await expect(page.getByTestId('investigation-item').filter({ hasText: 'Rifles for Beta Army' })).toContainText(
    '2 entities · 1 relation',
  );
  await page.reload();
  await expect(page.locator('.statusbar .dataset-title')).toHaveText('Rifles for Beta Army');
  expect(await readCounts(page)).toMatchObject({ totalEntities: 2, totalRelations: 1 });
  await page.getByTestId('reader-button').click();
  await expect(page.getByTestId('quote-highlight')).toHaveText(FIRST);
});
