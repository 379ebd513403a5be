// Building from a source's text: add a source with its text (pasted, or read from a file with nothing run or
// loaded), see the names it mentions, select words in the reader to make a claim, and see the claim's relation and
// highlighted quote. A quote that is not word for word is refused with the closest passage shown. Expectations come
// from the bundled story's file and from the text each test writes itself.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { bundledStory, openExplorer, readCounts, screenshot } from './helpers';
import { addSource, pickEntity, selectInReader } from './buildHelpers';

const story = bundledStory();
const label = (id: string) => story.entities.find((e) => e.id === id)!.label;
const SUBJECT = label('chavez');
const OBJECT = label('peskov');
// Our own words, naming two story entities and one name the story does not have.
const QUOTE = `${SUBJECT} is said to have met ${OBJECT} in a garden`;
const TEXT = `A note written for this test.\n\n${QUOTE}, according to Carla Ortega.\nNothing else is known about it.`;

test.beforeEach(async ({ page }) => {
  await openExplorer(page);
});

test('a pasted source, a claim from a selection, its relation with one origin and its quote highlighted; undo', async ({
  page,
}) => {
  // The two entities are not yet linked by "met with" in the story: the claim must create the relation.
  expect(
    story.relations.some(
      (r) => r.type === 'met_with' && [r.source, r.target].sort().join() === ['chavez', 'peskov'].sort().join(),
    ),
  ).toBe(false);
  const before = await readCounts(page);
  await addSource(page, 'A test note', TEXT);
  await expect(page.getByTestId('notice')).toContainText('Added “A test note”');

  // The names of known entities in the text, with counts; a new name is suggested, and added only on a click.
  const known = page.getByTestId('known-mentions');
  await expect(known.getByRole('listitem').filter({ hasText: SUBJECT })).toContainText('once');
  await expect(known.getByRole('listitem').filter({ hasText: OBJECT })).toContainText('once');
  await expect(page.getByTestId('reader-text').locator('mark.mention')).toHaveCount(2);
  const suggestion = page.getByTestId('name-suggestion').filter({ hasText: 'Carla Ortega' });
  await expect(suggestion).toBeVisible();
  expect((await readCounts(page)).totalEntities).toBe(before.totalEntities);

  await selectInReader(page, QUOTE);
  await page.getByTestId('claim-from-selection').click();
  const editor = page.getByTestId('claim-editor');
  await expect(editor.getByTestId('claim-quote')).toHaveValue(QUOTE);
  await pickEntity(page, 'claim-subject', SUBJECT);
  await pickEntity(page, 'claim-object', OBJECT);
  await editor.getByTestId('claim-relation-type').selectOption({ label: 'met with' });
  await editor.getByTestId('claim-status').selectOption({ label: 'Alleged' });
  // The date is read as the time bar reads it, or says why it cannot be.
  await editor.getByTestId('claim-date').fill('mid-October 2025');
  await expect(editor.getByTestId('claim-date-reading')).toHaveText('Read as 2025-10-11 to 2025-10-20');
  await editor.getByTestId('claim-date').fill('someday');
  await expect(editor.getByTestId('claim-date-reading')).toContainText('Cannot read it');
  await editor.getByTestId('claim-date').fill('');
  await screenshot(page, 'build-claim-editor');
  await editor.getByTestId('claim-save').click();
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('notice')).toContainText('Created the relation');
  expect((await readCounts(page)).totalRelations).toBe(before.totalRelations + 1);
  const highlight = page.getByTestId('quote-highlight');
  await expect(highlight).toHaveText(QUOTE);

  // Ctrl+Z takes the claim and its relation back; Ctrl+Shift+Z brings them again.
  await page.keyboard.press('Control+z');
  await expect(highlight).toHaveCount(0);
  expect((await readCounts(page)).totalRelations).toBe(before.totalRelations);
  await page.keyboard.press('Control+Shift+z');
  await expect(highlight).toHaveText(QUOTE);

  // The highlight opens its claim: the relation, resting on one article that is its own origin.
  await highlight.click();
  const details = page.getByTestId('relation-details');
  await expect(details.getByTestId('origin-count')).toHaveText('1 independent origin · 1 article');
  await expect(details).toContainText(QUOTE);
  await screenshot(page, 'build-reader-highlight');

  // One click adds the suggested name as an entity.
  await suggestion.getByRole('button', { name: 'Create entity “Carla Ortega”' }).click();
  await expect.poll(async () => (await readCounts(page)).totalEntities).toBe(before.totalEntities + 1);
  await expect(known.getByRole('listitem').filter({ hasText: 'Carla Ortega' })).toContainText('once');
});

test('a quote that is not word for word in the text is refused, showing the closest passage', async ({ page }) => {
  await addSource(page, 'A test note', TEXT);
  const before = await readCounts(page);
  await page.getByTestId('claim-from-selection').click();
  const editor = page.getByTestId('claim-editor');
  // Typed without the accent and with a word changed: not what the text says.
  const typed = QUOTE.replace('Chávez', 'Chavez').replace('met', 'visited');
  await editor.getByTestId('claim-quote').fill(typed);
  await pickEntity(page, 'claim-subject', SUBJECT);
  await pickEntity(page, 'claim-object', OBJECT);
  await editor.getByTestId('claim-relation-type').selectOption({ label: 'met with' });
  await editor.getByTestId('claim-save').click();
  await expect(editor.getByTestId('claim-error')).toContainText('not word for word');
  await expect(editor.getByTestId('closest-passage')).toHaveText(QUOTE);
  expect(await readCounts(page)).toEqual(before);
  // Taking the passage offered makes the claim.
  await editor.getByRole('button', { name: 'Use this passage' }).click();
  await editor.getByTestId('claim-save').click();
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('quote-highlight')).toHaveText(QUOTE);
});

test('source files: another type is refused by name, and HTML is read as text with nothing run or loaded', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByTestId('add-source').click();
  const editor = page.getByTestId('source-editor');
  await editor.getByTestId('source-file').setInputFiles({
    name: 'article.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 not really'),
  });
  await expect(editor.getByTestId('source-editor-error')).toContainText('“article.pdf”');
  await expect(editor.getByTestId('source-editor-error')).toContainText('.txt, .md or .html');
  await expect(editor.getByTestId('source-text')).toHaveValue('');

  const html = [
    '<!doctype html><html><head><title>Page title</title><style>p { color: red }</style>',
    '<script>window.__sourceScriptRan = true</script></head><body>',
    '<img src="https://images.invalid/pixel.png" onerror="window.__sourceScriptRan = true">',
    `<h1>A headline</h1><p>${SUBJECT} read a <b>short</b> note.</p>`,
    '<p>A second paragraph.<script>window.__sourceScriptRan = true</script></p>',
    '<iframe src="https://frames.invalid/"></iframe></body></html>',
  ].join('');
  const requestsBefore = requests.length;
  await editor.getByTestId('source-file').setInputFiles({
    name: 'article.html',
    mimeType: 'text/html',
    buffer: Buffer.from(html),
  });
  await expect(editor.getByTestId('source-text')).toHaveValue(
    `A headline\n\n${SUBJECT} read a short note.\n\nA second paragraph.`,
  );
  await expect(editor.getByTestId('source-editor-error')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __sourceScriptRan?: boolean }).__sourceScriptRan)).toBeUndefined();
  expect(requests.slice(requestsBefore).filter((url) => url.includes('.invalid'))).toEqual([]);
  expect(requests.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);
});

test('a 50 MB paste is refused with a message, and the text already there stays', async ({ page }) => {
  await page.getByTestId('add-source').click();
  const box = page.getByTestId('source-text');
  await box.fill('Already typed.');
  await box.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'x'.repeat(50 * 1024 * 1024));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('source-editor-error')).toContainText('at most 2,000,000');
  await expect(page.getByTestId('source-editor-error')).toContainText('Nothing was pasted');
  await expect(box).toHaveValue('Already typed.');
});

test('a source with no stored text shows its quotes in the reader; editing adds a text', async ({ page }) => {
  const source = story.sources.find((s) => s.id === 'cetiner')!;
  const quotes = story.relations.flatMap((r) => r.claims.filter((c) => c.source === source.id).map((c) => c.quote));
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await page.locator(`[data-source-id="${source.id}"]`).first().click();
  await page.getByTestId('open-reader').click();
  const reader = page.getByTestId('source-reader');
  await expect(reader.getByTestId('reader-quotes').locator('blockquote')).toHaveCount(quotes.length);
  await expect(reader.getByTestId('reader-quotes').locator('blockquote').first()).toHaveText(`“${quotes[0]}”`);

  // Given a text holding one of its quotes, that quote is highlighted and the others are listed as unanchored.
  const single = (text: string) => text.replace(/\s+/g, ' ').trim();
  const newText = `Our own opening words. ${quotes[0]} Our own closing words.`;
  await reader.getByTestId('edit-source').click();
  await page.getByTestId('source-text').fill(newText);
  await page.getByTestId('source-save').click();
  await expect(reader.getByTestId('quote-highlight').first()).toHaveText(single(quotes[0]!));
  // A quote the story uses for more than one claim is anchored for each; every other quote is unanchored.
  const absent = quotes.filter((q) => !single(newText).includes(single(q)));
  expect(absent.length).toBeLessThan(quotes.length);
  await expect(reader.getByTestId('unanchored-quotes').locator('blockquote')).toHaveCount(absent.length);
  await expect(page.getByTestId('notice')).toContainText(`${absent.length} quotes no longer match the text`);
});

test('axe finds no serious problem in the source editor, the reader and the claim editor', async ({ page }) => {
  test.setTimeout(120_000);
  const serious = async (selector: string) =>
    (await new AxeBuilder({ page }).include(selector).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  await page.getByTestId('add-source').click();
  await expect(page.getByTestId('source-editor')).toBeVisible();
  expect(await serious('[data-testid="source-editor"]')).toEqual([]);
  await page.getByTestId('source-editor').getByRole('button', { name: 'Cancel' }).click();
  await addSource(page, 'A test note', TEXT);
  await selectInReader(page, QUOTE);
  await page.getByTestId('claim-from-selection').click();
  await expect(page.getByTestId('claim-editor')).toBeVisible();
  expect(await serious('[data-testid="claim-editor"]')).toEqual([]);
  await page.getByTestId('claim-editor').getByRole('button', { name: 'Cancel' }).click();
  expect(await serious('[data-testid="source-reader"]')).toEqual([]);
});

test('from the Sources view: a source with no date, its earliest day and what it cites; a citation loop is refused', async ({
  page,
}) => {
  const wapo = story.sources.find((s) => s.id === 'wapo')!;
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await page.getByTestId('add-source-in-sources').click();
  const editor = page.getByTestId('source-editor');
  await editor.getByTestId('source-title').fill('A retelling');
  await editor.getByRole('checkbox', { name: 'Not given' }).check();
  await expect(editor.getByTestId('source-published')).toBeDisabled();
  await editor.getByLabel('Earliest possible day').fill('2025-10-27');
  const cites = editor.getByTestId('source-cites');
  await cites.getByLabel('Find a source to add').fill('washington');
  await cites.getByRole('button', { name: `Cite ${wapo.outlet}: ${wapo.title}`, exact: true }).click();
  await expect(cites.getByRole('button', { name: `Remove ${wapo.outlet}: ${wapo.title}`, exact: true })).toBeVisible();
  // A bad address names its field, and the form keeps what was typed.
  await editor.getByLabel('Address (URL)').fill('not an address');
  await editor.getByTestId('source-save').click();
  await expect(editor.getByTestId('source-editor-error')).toContainText('Address (URL): use a full web address');
  await expect(editor.getByTestId('source-title')).toHaveValue('A retelling');
  await editor.getByLabel('Address (URL)').fill('');
  await screenshot(page, 'build-source-editor');
  await editor.getByTestId('source-save').click();
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('source-reader')).toBeVisible();
  await expect(page.getByTestId('reader-quotes')).toContainText('None yet');

  // The new source, in the Sources view, sits under the Post's report in the tree of who cites whom.
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const added = page.locator('[data-source-id="a-retelling"]');
  await added.click();
  const details = page.getByTestId('source-details');
  await expect(details).toContainText('not before 2025-10-27');
  await expect(details.getByRole('button', { name: wapo.outlet! })).toBeVisible();

  // The documents the Post rests on cannot cite the Post back.
  await page.locator('[data-source-id="us-documents"]').first().click();
  await details.getByTestId('edit-source-details').click();
  const cycle = page.getByTestId('source-editor');
  await cycle.getByTestId('source-cites').getByLabel('Find a source to add').fill('washington');
  await cycle.getByRole('button', { name: `Cite ${wapo.outlet}: ${wapo.title}`, exact: true }).click();
  await cycle.getByTestId('source-save').click();
  await expect(cycle.getByTestId('source-editor-error')).toContainText('citation cycle');
  await cycle.getByRole('button', { name: 'Cancel' }).click();
  await expect(cycle).toBeHidden();
});

test('the Reader button, choosing a source, and a suggested name added as an alias', async ({ page }) => {
  await addSource(page, 'A test note', TEXT);
  await page.getByTestId('reader-button').click();
  await expect(page.getByTestId('source-reader')).toBeHidden();
  await page.getByTestId('reader-button').click();
  const reader = page.getByTestId('source-reader');
  await expect(reader.getByLabel('Source')).toHaveValue('a-test-note');
  // Another source: the story's, with no text stored.
  await reader.getByLabel('Source').selectOption('cetiner');
  await expect(reader.getByTestId('reader-quotes')).toBeVisible();
  await reader.getByLabel('Source').selectOption('a-test-note');
  // Opened again rather than just added: new names are looked for on request.
  await reader.getByText('Names in this text').click();
  await reader.getByTestId('suggest-names').click();
  const row = reader.getByTestId('name-suggestion').filter({ hasText: 'Carla Ortega' });
  await row.getByRole('combobox', { name: 'Add “Carla Ortega” as an alias of' }).fill(OBJECT);
  await row.getByRole('combobox', { name: 'Add “Carla Ortega” as an alias of' }).press('Enter');
  await expect(page.getByTestId('notice')).toContainText(`Changed “${OBJECT}”`);
  // Now a name of that entity: counted with it, and no longer suggested.
  await expect(reader.getByTestId('known-mentions').getByRole('listitem').filter({ hasText: OBJECT })).toContainText(
    '2 times',
  );
  await expect(reader.getByTestId('name-suggestion').filter({ hasText: 'Carla Ortega' })).toHaveCount(0);
});

test('a claim with a new relation type, a new entity, its modality, hedging, chain and note', async ({ page }) => {
  await addSource(page, 'A test note', TEXT);
  const before = await readCounts(page);
  await selectInReader(page, QUOTE);
  await page.getByTestId('claim-from-selection').click();
  const editor = page.getByTestId('claim-editor');
  await pickEntity(page, 'claim-subject', SUBJECT);
  // A name no entity has: offered to be created, with a type.
  await page.getByTestId('claim-object').fill('Carla Ortega');
  await page.getByRole('option', { name: 'Create entity “Carla Ortega”' }).click();
  await expect(editor.getByText('A new entity: Carla Ortega')).toBeVisible();
  await editor.getByLabel('Type of the new entity').selectOption({ label: 'Person' });
  await editor.getByTestId('claim-relation-type').selectOption({ label: 'New type…' });
  await editor.getByTestId('claim-new-type').fill('is said to have met');
  await editor.getByTestId('claim-modality').selectOption({ label: 'Rumoured' });
  await editor.getByRole('checkbox', { name: /Hedged/ }).check();
  await editor.getByTestId('claim-via').selectOption({ label: 'The article’s own words (no one cited)' });
  await editor.getByLabel('Note (your own words)').fill('Our note on this claim.');
  await editor.getByTestId('claim-save').click();
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('notice')).toContainText('Added a new entity.');
  const after = await readCounts(page);
  expect([after.totalEntities, after.totalRelations]).toEqual([before.totalEntities + 1, before.totalRelations + 1]);

  await page.getByTestId('quote-highlight').click();
  const details = page.getByTestId('relation-details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(`${SUBJECT} is said to have met Carla Ortega`);
  await expect(details.getByTestId('modality')).toContainText('Rumoured');
  await expect(details.locator('.tag.hedged')).toBeVisible();
  await expect(details).toContainText('Our note on this claim.');
  // Undo takes back the selection first; the next one takes back the claim, its relation and the new entity together.
  await page.keyboard.press('Control+z');
  await expect(details).toBeHidden();
  expect(await readCounts(page)).toEqual(after);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await readCounts(page)).totalEntities).toBe(before.totalEntities);
  expect((await readCounts(page)).totalRelations).toBe(before.totalRelations);
});
