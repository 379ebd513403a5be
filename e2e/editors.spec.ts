// Editing and deleting from the details: an entity's name changed shows in its details and in the search; an empty
// name is refused naming the field and nothing changes; a relation's modality changed restyles the legend; an
// entity deleted takes its relations (listed first) and Ctrl+Z brings everything back; the whole edit works from
// the keyboard; and the editors pass an axe scan. Expectations come from the bundled dataset, read as plain data.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { bundledStory, openExplorer, readCounts, screenshot } from './helpers';
import { CLAIM_STATUSES, MODALITIES } from '../src/model/vocabulary';

const story = bundledStory();
const velasquez = story.entities.find((e) => /Velásquez/.test(e.label))!;
const rostec = story.entities.find((e) => e.id === 'rostec')!;
const relationsOf = (id: string) => story.relations.filter((r) => r.source === id || r.target === id);

async function select(page: Page, name: string) {
  await page.getByTestId('search-input').fill(name);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(name);
}

const matches = (page: Page) => page.getByRole('listbox', { name: 'Matches' });

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('an entity renamed shows its new name in the details and the search, and one undo takes it back', async ({
  page,
}) => {
  await openExplorer(page);
  const before = await readCounts(page);
  await select(page, rostec.label);
  await page.getByTestId('edit-entity').click();
  const editor = page.getByTestId('entity-editor');
  await expect(editor).toBeVisible();
  await expect(page.getByTestId('entity-details')).toHaveCount(0);
  // The form starts from what is stored.
  await expect(editor.getByLabel('Name')).toHaveValue(rostec.label);
  await expect(editor.getByLabel('Also called')).toHaveValue(rostec.aliases.join('\n'));

  await screenshot(page, 'entity-editor');
  await editor.getByLabel('Name').fill('Rostec State Corporation');
  await editor.getByRole('button', { name: 'Save' }).click();

  const details = page.getByTestId('entity-details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Rostec State Corporation');
  await expect(page.getByTestId('notice')).toContainText('Changed “Rostec State Corporation”');
  // Focus is back where the edit began.
  await expect(page.getByTestId('edit-entity')).toBeFocused();
  // Nothing was added or lost.
  expect(await readCounts(page)).toEqual(before);

  // The search finds it by its new name ("state corporation" was in no name before).
  expect(story.entities.some((e) => /state corporation/i.test([e.label, ...e.aliases].join(' ')))).toBe(false);
  await page.getByTestId('search-input').fill('state corporation');
  const entities = matches(page).getByRole('group', { name: /^Entities/ });
  await expect(entities.getByRole('option', { name: 'Rostec State Corporation', exact: true })).toBeVisible();
  await page.getByTestId('search-input').fill('');

  // One undo step.
  await page.getByTestId('edit-entity').focus();
  await page.keyboard.press('Control+z');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(rostec.label);
});

test('an empty name is refused with a message naming the field, the form keeps its input and nothing changes', async ({
  page,
}) => {
  await openExplorer(page);
  const before = await readCounts(page);
  await select(page, rostec.label);
  await page.getByTestId('edit-entity').click();
  const editor = page.getByTestId('entity-editor');
  await editor.getByLabel('Role').fill('State arms conglomerate');
  await editor.getByLabel('Name').fill('   ');
  await editor.getByRole('button', { name: 'Save' }).click();

  const error = editor.getByRole('alert');
  await expect(error).toContainText('label');
  await expect(error).toContainText('must not be empty');
  // The named field is marked, described by the message, and has focus; what was typed elsewhere stays.
  const name = editor.getByLabel('Name');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  await expect(editor.getByLabel('Role')).toHaveValue('State arms conglomerate');
  await expect(page.getByTestId('notice')).toHaveCount(0);

  // Cancel: the details come back as they were.
  await editor.getByRole('button', { name: 'Cancel' }).click();
  const details = page.getByTestId('entity-details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(rostec.label);
  await expect(details).not.toContainText('State arms conglomerate');
  await expect(page.getByTestId('edit-entity')).toBeFocused();
  expect(await readCounts(page)).toEqual(before);
});

test('a relation’s modality changed restyles it: the legend follows the data', async ({ page }) => {
  // Velásquez's trip to Iran is the story's only planned relation, and nothing in it is denied.
  const planned = story.relations.filter((r) => r.modality === 'planned');
  expect(planned).toHaveLength(1);
  expect(story.relations.some((r) => r.modality === 'denied')).toBe(false);
  const trip = planned[0]!;
  expect(trip.source).toBe(velasquez.id);
  // Undated ("being planned at the time of the documents"): the date field is put back empty after trying it.
  expect(trip.date).toBeUndefined();

  await openExplorer(page);
  const legend = page.getByTestId('legend');
  await expect(legend.getByTestId('legend-modality-planned')).toBeVisible();
  await expect(legend.getByTestId('legend-modality-denied')).toHaveCount(0);

  await select(page, velasquez.label);
  await page
    .getByTestId('entity-relations')
    .getByRole('button', { name: /^visited Iran/ })
    .click();
  const details = page.getByTestId('relation-details');
  await expect(details.getByTestId('modality')).toContainText(MODALITIES.planned.label);
  await details.getByTestId('edit-relation').click();
  const editor = page.getByTestId('relation-editor');
  await expect(editor.getByLabel('Happened or not (modality)')).toHaveValue('planned');
  // The date field shows how it reads, as the time bar will place it.
  await editor.getByLabel('Date', { exact: true }).fill('mid-October 2025');
  await expect(editor.getByTestId('relation-date-reading')).toContainText('reads as 2025-10-11 to 2025-10-20');
  await editor.getByLabel('Date', { exact: true }).fill('soonish');
  await expect(editor.getByTestId('relation-date-reading')).toContainText('"soonish" is not a date wording');
  await editor.getByLabel('Date', { exact: true }).fill('');
  await editor.getByLabel('Happened or not (modality)').selectOption('denied');
  await screenshot(page, 'relation-editor');
  await editor.getByRole('button', { name: 'Save' }).click();

  await expect(details.getByTestId('modality')).toContainText(MODALITIES.denied.label);
  await expect(legend.getByTestId('legend-modality-denied')).toBeVisible();
  // It was the only planned one: that line pattern has nothing left to explain.
  await expect(legend.getByTestId('legend-modality-planned')).toHaveCount(0);
  await expect(details.getByTestId('edit-relation')).toBeFocused();
});

test('deleting an entity lists its relations first; confirmed, they go; Ctrl+Z brings them back', async ({ page }) => {
  const gone = relationsOf(velasquez.id);
  expect(gone.length).toBeGreaterThan(1);
  await openExplorer(page);
  const before = await readCounts(page);
  await select(page, velasquez.label);

  // Escape keeps everything, and gives focus back.
  await page.getByTestId('delete-entity').click();
  const dialog = page.getByRole('alertdialog', { name: `Delete “${velasquez.label}”?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('delete-entity')).toBeFocused();
  expect(await readCounts(page)).toEqual(before);

  await page.getByTestId('delete-entity').click();
  await expect(dialog.getByTestId('delete-relations').getByRole('listitem')).toHaveCount(gone.length);
  await screenshot(page, 'delete-entity-confirm');
  const claims = gone.reduce((n, r) => n + r.claims.length, 0);
  await expect(dialog.getByTestId('delete-summary')).toHaveText(
    `With it go ${gone.length} relations and their ${claims} claims:`,
  );
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toHaveCount(0);

  await expect
    .poll(async () => {
      const c = await readCounts(page);
      return [c.totalEntities, c.totalRelations];
    })
    .toEqual([before.totalEntities - 1, before.totalRelations - gone.length]);
  await expect(page.getByTestId('notice')).toContainText(`Deleted “${velasquez.label}” and ${gone.length} relations`);
  await expect(page.getByTestId('entity-details')).toHaveCount(0);

  // One undo step restores the entity and every relation.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => readCounts(page)).toEqual(before);
});

test('a relation’s only claim cannot be deleted: the dialog says why and nothing changes', async ({ page }) => {
  // An entity at the end of one relation only, which rests on one claim.
  const lone = story.entities.find((e) => {
    const own = relationsOf(e.id);
    return own.length === 1 && own[0]!.claims.length === 1;
  })!;
  expect(lone).toBeDefined();
  await openExplorer(page);
  const before = await readCounts(page);
  await select(page, lone.label);
  await page.getByTestId('entity-relations').getByRole('button').first().click();
  const details = page.getByTestId('relation-details');
  await details.getByRole('button', { name: 'Delete claim 1' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog.getByRole('alert')).toContainText('only claim');
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await readCounts(page)).toEqual(before);
});

test('an edit from the keyboard alone: Edit, type, Enter saves; Escape cancels; focus comes back each time', async ({
  page,
}) => {
  await openExplorer(page);
  await select(page, rostec.label);
  await page.getByTestId('pin-toggle').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('edit-entity')).toBeFocused();
  await page.keyboard.press('Enter');
  // The editor opens at its first field.
  const name = page.getByTestId('entity-editor').getByLabel('Name');
  await expect(name).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Rostec (keyboard)');
  await page.keyboard.press('Enter');
  const heading = page.getByTestId('entity-details').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('Rostec (keyboard)');
  await expect(page.getByTestId('edit-entity')).toBeFocused();

  // Escape leaves the details as they were.
  await page.keyboard.press('Enter');
  await expect(name).toBeFocused();
  await page.keyboard.type(' and more');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('entity-editor')).toHaveCount(0);
  await expect(heading).toHaveText('Rostec (keyboard)');
  await expect(page.getByTestId('edit-entity')).toBeFocused();

  // A claim, too: Tab reaches its Edit button, the status is a native select.
  await select(page, velasquez.label);
  await page
    .getByTestId('entity-relations')
    .getByRole('button', { name: /^visited Iran/ })
    .press('Enter');
  const claimEdit = page.getByTestId('relation-details').getByRole('button', { name: 'Edit claim 1' });
  await claimEdit.focus();
  await page.keyboard.press('Enter');
  const claimEditor = page.getByTestId('claim-inline-editor');
  await expect(claimEditor.getByLabel('Source')).toBeFocused();
  await claimEditor.getByLabel('Note').focus();
  await page.keyboard.type('Checked against the article again.');
  await claimEditor.getByRole('button', { name: 'Save' }).press('Enter');
  await expect(page.getByTestId('relation-details').getByTestId('claims')).toContainText(
    'Checked against the article again.',
  );
  await expect(claimEdit).toBeFocused();
});

test('New entity, then New relation between two entities picked by search, with a first claim', async ({ page }) => {
  await openExplorer(page);
  const before = await readCounts(page);
  await page.getByTestId('new-entity').click();
  const entityDialog = page.getByRole('dialog', { name: 'New entity' });
  const editor = entityDialog.getByTestId('entity-editor');
  await editor.getByLabel('Name').fill('Zastava Arms');
  await editor.getByLabel('Type').selectOption('organization');
  await editor.getByLabel('Country code').fill('ru');
  await editor.getByRole('button', { name: 'Add attribute' }).click();
  await editor.getByLabel('Attribute 1 name').fill('founded');
  await editor.getByLabel('Attribute 1 value').fill('1807');
  await editor.getByRole('button', { name: 'Add entity' }).click();
  await expect(entityDialog).toHaveCount(0);
  const details = page.getByTestId('entity-details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Zastava Arms');
  await expect(details).toContainText('Russia');
  await expect(details).toContainText('1807');
  await expect.poll(async () => (await readCounts(page)).totalEntities).toBe(before.totalEntities + 1);

  const source = story.sources.find((s) => story.relations.some((r) => r.claims.some((c) => c.source === s.id)))!;
  await page.getByTestId('new-relation').click();
  const relationDialog = page.getByRole('dialog', { name: 'New relation' });
  // Without ends it is refused, naming the field.
  await relationDialog.getByRole('button', { name: 'Add relation' }).click();
  await expect(relationDialog.getByRole('alert')).toContainText('from: pick the entity');
  await expect(relationDialog.getByTestId('new-relation-from')).toBeFocused();
  await relationDialog.getByTestId('new-relation-from').fill('Zastava');
  // Escape with the matches open closes the list, not the dialog.
  await expect(relationDialog.getByRole('listbox', { name: 'Matches' })).toBeVisible();
  await relationDialog.getByTestId('new-relation-from').press('Escape');
  await expect(relationDialog.getByRole('listbox', { name: 'Matches' })).toHaveCount(0);
  await expect(relationDialog).toBeVisible();
  await relationDialog.getByTestId('new-relation-from').press('ArrowDown');
  await relationDialog.getByTestId('new-relation-from').press('Enter');
  await expect(relationDialog.getByTestId('new-relation-from-picked')).toHaveText('Zastava Arms');
  await relationDialog.getByTestId('new-relation-to').fill(velasquez.label);
  await relationDialog.getByTestId('new-relation-to').press('Enter');
  await expect(relationDialog.getByTestId('new-relation-to-picked')).toHaveText(velasquez.label);
  await relationDialog.getByLabel('Type').selectOption('supplied');
  await relationDialog.getByLabel('Happened or not (modality)').selectOption('rumoured');
  await relationDialog.getByTestId('claim-source-input').selectOption(source.id);
  // A quote over the word limit is refused, naming the field; shortened, it is taken.
  await relationDialog.getByLabel('Quote').fill(Array.from({ length: 41 }, (_, i) => `word${i}`).join(' '));
  await relationDialog.getByRole('button', { name: 'Add relation' }).click();
  await expect(relationDialog.getByRole('alert')).toContainText('quote: a quote is at most 40 words');
  await expect(relationDialog.getByLabel('Quote')).toHaveAttribute('aria-invalid', 'true');
  await relationDialog.getByLabel('Quote').fill('rifles were said to be on their way');
  await screenshot(page, 'new-relation-dialog');
  await relationDialog.getByRole('button', { name: 'Add relation' }).click();
  await expect(relationDialog).toHaveCount(0);

  const relation = page.getByTestId('relation-details');
  await expect(relation.getByRole('heading', { level: 2 })).toContainText('Zastava Arms');
  await expect(relation.getByTestId('modality')).toContainText(MODALITIES.rumoured.label);
  await expect(relation.getByTestId('claims')).toContainText('rifles were said to be on their way');
  await expect.poll(async () => (await readCounts(page)).totalRelations).toBe(before.totalRelations + 1);
});

test('the editors and the delete dialog pass an axe scan', async ({ page }) => {
  test.setTimeout(120_000);
  await openExplorer(page);
  await select(page, velasquez.label);
  await page.getByTestId('edit-entity').click();
  // With an error shown, so the marked field and the message are scanned too.
  await page.getByTestId('entity-editor').getByLabel('Name').fill('');
  await page.getByTestId('entity-editor').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('entity-editor').getByRole('alert')).toContainText('label');
  expect(await seriousViolations(page, '[data-testid="entity-editor"]'), 'entity editor').toEqual([]);
  await page.getByTestId('entity-editor').getByRole('button', { name: 'Cancel' }).click();

  await page
    .getByTestId('entity-relations')
    .getByRole('button', { name: /^visited Iran/ })
    .click();
  await page.getByTestId('edit-relation').click();
  expect(await seriousViolations(page, '[data-testid="relation-editor"]'), 'relation editor').toEqual([]);
  await page.getByTestId('relation-editor').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Edit claim 1' }).click();
  expect(await seriousViolations(page, '[data-testid="claim-inline-editor"]'), 'claim editor').toEqual([]);
  await page.getByTestId('claim-inline-editor').getByRole('button', { name: 'Cancel' }).click();

  await page.getByTestId('delete-relation').click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="delete-confirm"]'), 'delete dialog').toEqual([]);
});

test('deleting a source lists the relations that would lose all support; confirmed, they go with its claims', async ({
  page,
}) => {
  // The article whose quotes alone support the fewest relations, among those quoted at all.
  const quoted = story.sources
    .map((s) => ({
      source: s,
      quoting: story.relations.filter((r) => r.claims.some((c) => c.source === s.id)),
    }))
    .filter((q) => q.quoting.length > 0);
  const { source, quoting } = quoted.sort(
    (a, b) =>
      a.quoting.filter((r) => r.claims.every((c) => c.source === a.source.id)).length -
      b.quoting.filter((r) => r.claims.every((c) => c.source === b.source.id)).length,
  )[0]!;
  const unsupported = quoting.filter((r) => r.claims.every((c) => c.source === source.id));
  const claims = quoting.reduce((n, r) => n + r.claims.filter((c) => c.source === source.id).length, 0);
  expect(unsupported.length).toBeGreaterThan(0);

  await openExplorer(page);
  const before = await readCounts(page);
  await page.getByTestId('search-input').fill(source.title.slice(0, 30));
  await matches(page)
    .getByRole('group', { name: /^Sources/ })
    .getByRole('option', { name: source.title })
    .click();
  await expect(page.getByTestId('source-details').getByRole('heading', { level: 2 })).toHaveText(source.title);

  await page.getByTestId('delete-source').click();
  const dialog = page.getByRole('alertdialog', { name: `Delete “${source.title}”?` });
  await expect(dialog.getByTestId('delete-summary')).toHaveText(
    `With it go the ${claims} claims quoting it, and ${unsupported.length} relation${unsupported.length === 1 ? '' : 's'} that would lose all support:`,
  );
  await expect(dialog.getByTestId('delete-relations').getByRole('listitem')).toHaveCount(unsupported.length);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect
    .poll(async () => (await readCounts(page)).totalRelations)
    .toBe(before.totalRelations - unsupported.length);
  await expect(page.getByTestId('source-details')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => readCounts(page)).toEqual(before);
});

test('an entity’s id changed follows into its relations, and the selection follows it', async ({ page }) => {
  const own = relationsOf(rostec.id);
  await openExplorer(page);
  const before = await readCounts(page);
  await select(page, rostec.label);
  await page.getByTestId('edit-entity').click();
  await page.getByTestId('entity-editor').getByLabel('Id').fill('rostec-corporation');
  await page.getByTestId('entity-editor').getByRole('button', { name: 'Save' }).click();
  const details = page.getByTestId('entity-details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(rostec.label);
  await expect(details.getByTestId('entity-relations').getByRole('listitem')).toHaveCount(own.length);
  await expect(page.getByTestId('edit-entity')).toBeFocused();
  expect(await readCounts(page)).toEqual(before);

  // An id already taken is refused, naming the field.
  const other = story.entities.find((e) => e.id !== rostec.id)!;
  await page.getByTestId('edit-entity').click();
  await page.getByTestId('entity-editor').getByLabel('Id').fill(other.id);
  await page.getByTestId('entity-editor').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('entity-editor').getByRole('alert')).toContainText(`id: "${other.id}" is already used`);
  await expect(page.getByTestId('entity-editor').getByLabel('Id')).toHaveAttribute('aria-invalid', 'true');
});

test('a claim’s status and chain edited in place show in its evidence line', async ({ page }) => {
  const trip = story.relations.find((r) => r.modality === 'planned')!;
  const claim = trip.claims[0]!;
  expect(claim.status).not.toBe('alleged');
  expect(claim.via?.length).toBeGreaterThan(0);
  await openExplorer(page);
  await select(page, velasquez.label);
  await page
    .getByTestId('entity-relations')
    .getByRole('button', { name: /^visited Iran/ })
    .click();
  const details = page.getByTestId('relation-details');
  await details.getByRole('button', { name: 'Edit claim 1' }).click();
  const editor = details.getByTestId('claim-inline-editor');
  await expect(editor.getByTestId('claim-quote-input')).toHaveValue(claim.quote);
  // The chain as stored: the sources listed, nearest first, each removable.
  await expect(editor.getByLabel('Came through')).toHaveValue('list');
  await expect(editor.getByRole('button', { name: /from the chain$/ })).toHaveCount(claim.via!.length);
  await editor.getByLabel('Status').selectOption('alleged');
  await editor.getByLabel('Came through').selectOption('own');
  await editor.getByRole('button', { name: 'Save' }).click();

  const line = details.getByTestId('claims').getByRole('listitem').first();
  await expect(line).toContainText(CLAIM_STATUSES.alleged.label);
  await expect(line.getByTestId('claim-chain')).toContainText('(its own words)');
  await expect(page.getByTestId('notice')).toContainText('Changed a claim.');
});
