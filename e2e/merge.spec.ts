// Merging duplicates, splitting them again, "Not the same", and appending another graph (issue 19), on the bundled
// story. A small made-up graph (e2e/fixtures/append-small.json) brings a second record of Maduro ("Maduro, Nicolás"),
// Russia again (same id), a "Story" that is not James Story, and Cuba.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { bundledStory, openExplorer, readCounts } from './helpers';

const FIXTURE = 'e2e/fixtures/append-small.json';
const story = bundledStory();
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
  entities: { id: string; label: string }[];
  relations: { id: string; source: string; target: string; type: string }[];
};
const maduro = story.entities.find((e) => e.id === 'maduro')!;
const copy = fixture.entities.find((e) => e.id === 'maduro-copy')!;
/** After appending: every entity of the file but Russia, which is matched to ours. */
const appendedEntities = story.entities.length + fixture.entities.length - 1;

async function openDuplicates(page: Page) {
  // The button toggles the panel: press it only when the panel is closed.
  if (!(await page.getByTestId('possible-duplicates').isVisible())) await page.getByTestId('duplicates-button').click();
  await expect(page.getByTestId('possible-duplicates')).toBeVisible();
}

/** Appends the fixture, refusing the match of its "Story" with our James Story. */
async function appendFixture(page: Page, scan = false) {
  await openDuplicates(page);
  await page.getByTestId('append-file').setInputFiles(FIXTURE);
  const review = page.getByTestId('append-review');
  await expect(review).toBeVisible();
  // Russia by its id, "Story" by James Story's alias: both offered, the second refused.
  await expect(review.getByRole('checkbox')).toHaveCount(2);
  await expect(review.getByRole('checkbox', { name: /“Russia” is our “Russia”/ })).toBeChecked();
  await review.getByRole('checkbox', { name: /“Story” is our “James Story”/ }).uncheck();
  if (scan) expect(await seriousViolations(page, '[data-testid="append-review"]'), 'append review').toEqual([]);
  await review.getByTestId('append-confirm').click();
  await expect(review).toBeHidden();
}

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

async function select(page: Page, name: string) {
  await page.getByTestId('search-input').fill(name);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(name);
}

const pair = (page: Page, a: string, b: string) =>
  page.getByTestId('duplicate-pair').filter({ hasText: a }).filter({ hasText: b });

test('appending a small graph adds what is new, joins the match kept, keeps the refused one apart; Ctrl+Z undoes it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openExplorer(page);
  const before = await readCounts(page);
  expect(before.totalEntities).toBe(story.entities.length);
  await openDuplicates(page);
  expect(await seriousViolations(page, '[data-testid="possible-duplicates"]'), 'duplicates panel').toEqual([]);
  await appendFixture(page, true);
  // Russia matched (one entity fewer than the file brings); the refused "Story" comes in as an entity of its own.
  await expect.poll(async () => (await readCounts(page)).totalEntities).toBe(appendedEntities);
  expect((await readCounts(page)).totalRelations).toBe(story.relations.length + fixture.relations.length);
  await select(page, 'Story');
  await expect(page.getByTestId('entity-relations')).toContainText('Cuba');
  await select(page, 'James Story');
  await expect(page.getByTestId('entity-relations')).not.toContainText('Cuba');

  await page.getByTestId('entity-details').getByRole('heading', { level: 2 }).click();
  await page.keyboard.press('Control+z'); // the selection
  await page.keyboard.press('Control+z'); // the selection
  await page.keyboard.press('Control+z'); // the append
  await expect.poll(async () => (await readCounts(page)).totalEntities).toBe(story.entities.length);
  expect((await readCounts(page)).totalRelations).toBe(story.relations.length);
});

test('merging two records of Maduro gives one entity with both relations; Split gives both back; Ctrl+Z undoes each', async ({
  page,
}) => {
  // The copy asks Russia for aid, as the story's Maduro does: after the merge they are one relation.
  const joins = story.relations.some(
    (r) => r.source === 'maduro' && r.target === 'russia' && r.type === 'requested_aid',
  );
  expect(joins).toBe(true);
  await openExplorer(page);
  await appendFixture(page);
  await expect.poll(async () => (await readCounts(page)).totalEntities).toBe(appendedEntities);
  const appended = await readCounts(page);

  // Listed as possible duplicates: the same name in another order.
  const item = pair(page, maduro.label, copy.label);
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('the same name, ignoring case, accents and word order');
  await item.getByRole('button', { name: 'Same', exact: true }).click();
  const dialog = page.getByTestId('merge-dialog');
  await expect(dialog).toBeVisible();
  // The story's Maduro is the better connected: his id and name are kept unless the user picks otherwise.
  await expect(dialog.getByRole('radio', { name: /^maduro \(/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: maduro.label, exact: true })).toBeChecked();
  await expect(dialog.getByTestId('merge-preview')).toContainText('These become one relation each');
  await dialog.getByTestId('merge-confirm').click();
  await expect(dialog).toBeHidden();

  await expect.poll(async () => (await readCounts(page)).totalEntities).toBe(appended.totalEntities - 1);
  expect((await readCounts(page)).totalRelations).toBe(appended.totalRelations - 1);
  await expect(pair(page, maduro.label, copy.label)).toHaveCount(0);
  // One node, with the relations of both records: the story's (China) and the copy's (Cuba).
  await select(page, maduro.label);
  const relations = page.getByTestId('entity-relations');
  await expect(relations).toContainText('Cuba');
  await expect(relations).toContainText('China');
  const details = page.getByTestId('entity-details');
  await expect(details.getByTestId('merged-from')).toContainText(`Merged from “${maduro.label}” and “${copy.label}”`);
  await expect(details).toContainText(copy.label); // now an alias

  await details.getByTestId('split-entity').click();
  await expect.poll(async () => (await readCounts(page)).totalEntities).toBe(appended.totalEntities);
  expect((await readCounts(page)).totalRelations).toBe(appended.totalRelations);
  await expect(page.getByTestId('entity-relations')).not.toContainText('Cuba');
  await select(page, copy.label);
  await expect(page.getByTestId('entity-relations')).toContainText('Cuba');
  await expect(page.getByTestId('entity-relations')).toContainText('Russia');

  // Undo: the selection, then the split (merged again), then the merge (apart again).
  await page.getByTestId('entity-details').getByRole('heading', { level: 2 }).click();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await readCounts(page)).totalEntities).toBe(appended.totalEntities - 1);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await readCounts(page)).totalEntities).toBe(appended.totalEntities);
});

test('"Not the same" hides a pair, across a later edit; Ctrl+Z brings it back', async ({ page }) => {
  await openExplorer(page);
  // The appended file brings "Maduro, Nicolás": the same words as our "Nicolás Maduro" in another order.
  await appendFixture(page);
  await expect.poll(async () => (await readCounts(page)).totalEntities).toBe(appendedEntities);
  const item = pair(page, copy.label, maduro.label);
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: 'Not the same' }).click();
  await expect(item).toHaveCount(0);

  // A later edit (a name changed elsewhere) does not bring it back.
  await select(page, 'Cuba');
  await page.getByTestId('edit-entity').click();
  await page.getByTestId('entity-editor').getByLabel('Name').fill('Republic of Cuba');
  await page.getByTestId('entity-editor').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText('Republic of Cuba');
  await openDuplicates(page);
  await expect(pair(page, copy.label, maduro.label)).toHaveCount(0);

  await page.getByTestId('possible-duplicates').getByRole('heading', { level: 2 }).click();
  await page.keyboard.press('Control+z'); // the new name
  await page.keyboard.press('Control+z'); // the selection of Cuba
  await expect(page.getByTestId('entity-details')).toHaveCount(0);
  await expect(pair(page, copy.label, maduro.label)).toHaveCount(0);
  await page.keyboard.press('Control+z'); // "not the same"
  await expect(pair(page, copy.label, maduro.label)).toHaveCount(1);
});

test('the merge dialog works from the keyboard, shows a relation that would join an entity to itself, and passes axe', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Maduro wrote the letter to Putin: merging the two would make that relation join one entity to itself.
  const letter = story.entities.find((e) => e.id === 'letter-to-putin')!;
  const wrote = story.relations.find((r) => r.source === 'maduro' && r.target === letter.id)!;
  expect(wrote).toBeDefined();
  await openExplorer(page);
  await select(page, maduro.label);

  const merge = page.getByTestId('merge-entities');
  await merge.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('merge-dialog');
  await expect(dialog).toBeVisible();
  const add = dialog.getByTestId('merge-add-entity');
  await add.focus();
  await page.keyboard.type(letter.label);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Entities to merge' }).getByRole('listitem')).toHaveCount(2);
  await expect(dialog.getByTestId('merge-self-relations')).toContainText(`${maduro.label} → ${letter.label}`);

  expect(await seriousViolations(page, '[data-testid="merge-dialog"]'), 'merge dialog').toEqual([]);
  // Escape in the entity box closes its matches, not the dialog.
  await add.fill('Vladimir');
  await expect(add).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(add).toHaveAttribute('aria-expanded', 'false');
  await expect(dialog).toBeVisible();

  // Keep the letter's name by keyboard: the radios of one group are one Tab stop, arrows move within it.
  const nameRadio = dialog.getByRole('radio', { name: letter.label, exact: true });
  await dialog.getByRole('radio', { name: maduro.label, exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(nameRadio).toBeChecked();
  // Escape cancels, and nothing changed.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(merge).toBeFocused();
  expect((await readCounts(page)).totalEntities).toBe(story.entities.length);

  // Again, confirming with the keyboard.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('merge-add-entity').focus();
  await page.keyboard.type(letter.label);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await dialog.getByTestId('merge-confirm').focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await readCounts(page)).totalEntities).toBe(story.entities.length - 1);
  // The relation stays, as a link from Maduro to himself.
  expect((await readCounts(page)).totalRelations).toBe(story.relations.length);
});

test('a file that cannot be appended says why, and the story stays as it was', async ({ page }) => {
  await openExplorer(page);
  await openDuplicates(page);
  const panel = page.getByTestId('possible-duplicates');
  // Not a graph at all.
  await page
    .getByTestId('append-file')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "not": "a graph"') });
  await expect(panel.getByRole('alert')).toContainText('“notes.json” could not be appended');
  // A graph whose link quotes no source, while every relation of the story rests on a quote.
  const plain = {
    title: 'Plain',
    entities: [
      { id: 'a', type: 'person', label: 'Person A' },
      { id: 'b', type: 'person', label: 'Person B' },
    ],
    relations: [{ id: 'ab', type: 'met_with', source: 'a', target: 'b' }],
  };
  await page
    .getByTestId('append-file')
    .setInputFiles({ name: 'plain.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plain)) });
  const review = page.getByTestId('append-review');
  await review.getByTestId('append-confirm').click();
  await expect(review.getByRole('alert')).toContainText('1 relation would have no claim');
  await review.getByRole('button', { name: 'Cancel' }).click();
  await expect(review).toBeHidden();
  const counts = await readCounts(page);
  expect([counts.totalEntities, counts.totalRelations]).toEqual([story.entities.length, story.relations.length]);
});
