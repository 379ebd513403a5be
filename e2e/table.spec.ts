// The data table (issue 19, Tables): open it on the bundled story, sort, filter, edit a cell, a refused edit, a bulk
// edit, a paste with one bad row, undo of each, selection both ways, keyboard use, and an axe scan. Expected values
// come from the bundled dataset file.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { bundledStory, openExplorer, screenshot } from './helpers';

const story = bundledStory();
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

async function openTable(page: Page) {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const table = page.getByTestId('data-table');
  await expect(table.getByRole('grid')).toBeVisible();
  return table;
}

/** The text of one column in the rows the grid has drawn, top to bottom. */
async function columnText(page: Page, column: number): Promise<string[]> {
  return page
    .getByTestId('data-table')
    .locator('[role="rowgroup"]:nth-child(2) [role="row"]')
    .evaluateAll(
      (rows, col) =>
        rows
          .map((r) => ({ y: Number(r.getAttribute('aria-rowindex')), text: r.children[col]?.textContent ?? '' }))
          .sort((a, b) => a.y - b.y)
          .map((r) => r.text),
      column,
    );
}

const row = (page: Page, key: string) => page.getByTestId('data-table').locator(`[role="row"][data-key="${key}"]`);
const labelColumn = 2;
const detailsTitle = (page: Page) => page.getByTestId('entity-details').getByRole('heading', { level: 2 });

test('opens with the four tabs, sorts by a column and filters by text', async ({ page }) => {
  const table = await openTable(page);
  await expect(table.getByRole('tab')).toHaveText(['Entities', 'Relations', 'Claims', 'Sources']);
  await expect(table.getByTestId('table-count')).toHaveText(
    `${story.entities.length} of ${story.entities.length} entities`,
  );

  const header = table.getByRole('columnheader', { name: 'label' });
  await expect(header).toHaveAttribute('aria-sort', 'none');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const sorted = story.entities.map((e) => e.label).sort(collator.compare);
  await expect.poll(async () => (await columnText(page, labelColumn)).slice(0, 5)).toEqual(sorted.slice(0, 5));
  // Enter on the header's button sorts the other way.
  await header.getByRole('button').press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => (await columnText(page, labelColumn))[0]).toBe(sorted.at(-1));

  const filter = table.getByRole('searchbox', { name: 'Filter entities' });
  await filter.fill('velasquez');
  const matching = story.entities.filter((e) =>
    [e.label, ...e.aliases, e.role ?? '', e.description ?? ''].some((t) =>
      t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().includes('velasquez'),
    ),
  );
  await expect(table.getByTestId('table-count')).toHaveText(`${matching.length} of ${story.entities.length} entities`);

  await table.getByRole('tab', { name: 'Claims' }).click();
  const claims = story.relations.reduce((n, r) => n + r.claims.length, 0);
  await expect(table.getByTestId('table-count')).toHaveText(`${claims} of ${claims} claims`);
  await screenshot(page, 'table-claims');
});

test('a cell edit changes the name in the details, a refused edit says why, and undo takes it back', async ({
  page,
}) => {
  const table = await openTable(page);
  const putin = story.entities.find((e) => e.id === 'putin')!;
  await row(page, 'putin').click();
  await expect(detailsTitle(page)).toHaveText(putin.label);

  await row(page, 'putin').getByRole('gridcell').nth(labelColumn).dblclick();
  const input = table.getByRole('textbox', { name: 'label of putin' });
  await input.fill('V. V. Putin');
  await input.press('Enter');
  await expect(detailsTitle(page)).toHaveText('V. V. Putin');
  await expect(row(page, 'putin').getByRole('gridcell').nth(labelColumn)).toHaveText('V. V. Putin');

  // An empty label is refused: the message names the field and the input keeps what was typed.
  await table.getByRole('grid').focus();
  await page.keyboard.press('Enter');
  const again = table.getByRole('textbox', { name: 'label of putin' });
  await again.fill(' ');
  await again.press('Enter');
  await expect(table.getByRole('alert')).toContainText('entity "putin", label');
  await expect(again).toHaveValue(' ');
  await again.press('Escape');
  await expect(detailsTitle(page)).toHaveText('V. V. Putin');

  await table.getByRole('grid').focus();
  await page.keyboard.press('Control+z');
  await expect(detailsTitle(page)).toHaveText(putin.label);
  await expect(row(page, 'putin').getByRole('gridcell').nth(labelColumn)).toHaveText(putin.label);
});

test('a bulk edit sets one column over several rows in one undo step', async ({ page }) => {
  const table = await openTable(page);
  const [a, b, c] = story.entities.filter((e) => e.type === 'person').slice(0, 3);
  await row(page, a!.id).click();
  await row(page, b!.id).click({ modifiers: ['Control'] });
  await row(page, c!.id).click({ modifiers: ['Control'] });
  await expect(table.getByTestId('table-count')).toContainText('3 selected');
  await table.getByRole('button', { name: 'Bulk edit…' }).click();
  await table.getByRole('combobox', { name: 'Column' }).selectOption('role');
  await table.getByRole('textbox', { name: 'New value' }).fill('Named in the letters');
  await table.getByRole('button', { name: 'Set in 3 rows' }).click();
  const roleColumn = 5;
  for (const e of [a, b, c])
    await expect(row(page, e!.id).getByRole('gridcell').nth(roleColumn)).toHaveText('Named in the letters');

  await table.getByRole('grid').focus();
  await page.keyboard.press('Control+z');
  for (const e of [a, b, c])
    await expect(row(page, e!.id).getByRole('gridcell').nth(roleColumn)).toHaveText(e!.role ?? '');
});

test('a paste with one bad row names it, adds the good rows, and undo removes them', async ({ page }) => {
  const table = await openTable(page);
  await table.getByRole('button', { name: 'Paste rows…' }).click();
  await table
    .getByRole('textbox', { name: /Rows copied from a spreadsheet/ })
    .fill('label\ttype\tcountry\nGeneral Uno\tperson\tVE\n\tperson\tVE\nCoronel Dos\tperson\tVE\n');
  await table.getByRole('button', { name: 'Preview' }).click();
  const preview = table.getByTestId('paste-preview');
  await expect(preview.getByRole('alert')).toContainText('Line 3: label');
  await expect(preview).toContainText('2 entities ready; 1 refused');
  await table.getByRole('button', { name: 'Add 2 entities' }).click();
  const total = story.entities.length + 2;
  await expect(table.getByTestId('table-count')).toHaveText(`${total} of ${total} entities`);
  await expect(page.getByTestId('graph-counts')).toContainText(`of ${total} entities`);

  await table.getByRole('grid').focus();
  await page.keyboard.press('Control+z');
  await expect(table.getByTestId('table-count')).toHaveText(
    `${story.entities.length} of ${story.entities.length} entities`,
  );
});

test('a paste with a quote never closed names the line, and one of 100,000 rows is refused', async ({ page }) => {
  const table = await openTable(page);
  await table.getByRole('button', { name: 'Paste rows…' }).click();
  await table.getByRole('textbox', { name: /Rows copied/ }).fill('label\ttype\nA\tperson\n"B\tperson\n');
  await table.getByRole('button', { name: 'Preview' }).click();
  await expect(table.getByRole('alert')).toContainText('Line 3: a quoted cell is never closed');

  // 100,000 rows pasted on the grid (as Ctrl+V does) are refused at once, with the limit, and nothing is added.
  await table.getByRole('button', { name: 'Cancel' }).click();
  await table.getByRole('grid').evaluate((grid) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'label\ttype\n' + 'Someone\tperson\n'.repeat(100_000));
    grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(table.getByRole('alert')).toContainText('100,000 rows: at most 10,000 can be pasted at once');
  await expect(table.getByTestId('table-count')).toHaveText(
    `${story.entities.length} of ${story.entities.length} entities`,
  );
});

test('selection follows the graph both ways, and the keys move, select and delete', async ({ page }) => {
  const table = await openTable(page);
  // From the graph (search selects an entity) to the table: its row is selected and in view.
  const target = story.entities.at(-1)!;
  await page.getByTestId('search-input').fill(target.label);
  await page.getByTestId('search-input').press('Enter');
  await expect(detailsTitle(page)).toHaveText(target.label);
  await expect(row(page, target.id)).toHaveAttribute('aria-selected', 'true');
  await expect(row(page, target.id)).toBeInViewport();

  // From the table to the graph, by keyboard: the arrows move the selection and the details follow.
  const grid = table.getByRole('grid');
  await grid.focus();
  await page.keyboard.press('Control+Home');
  const first = await columnText(page, labelColumn);
  await expect(detailsTitle(page)).toHaveText(first[0]!);
  await page.keyboard.press('ArrowDown');
  await expect(detailsTitle(page)).toHaveText(first[1]!);
  // Shift+ArrowDown extends; Space takes a row out again.
  await page.keyboard.press('Shift+ArrowDown');
  await expect(table.getByTestId('table-count')).toContainText('2 selected');
  await page.keyboard.press('Space');
  await expect(table.getByTestId('table-count')).toContainText('1 selected');

  // Delete shows what goes with the entity before anything goes.
  // Space left the second row selected: ArrowUp from the third comes back to it.
  await page.keyboard.press('ArrowUp');
  await expect(detailsTitle(page)).toHaveText(first[1]!);
  const entity = story.entities.find((e) => e.label === first[1])!;
  const goes = story.relations.filter((r) => r.source === entity.id || r.target === entity.id);
  await page.keyboard.press('Delete');
  const confirm = table.getByTestId('table-delete');
  await expect(confirm).toContainText(`${goes.length} relation${goes.length === 1 ? '' : 's'} and their`);
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(table.getByTestId('table-count')).toContainText(
    `${story.entities.length - 1} of ${story.entities.length - 1} entities`,
  );
  await grid.focus();
  await page.keyboard.press('Control+z');
  await expect(table.getByTestId('table-count')).toContainText(
    `${story.entities.length} of ${story.entities.length} entities`,
  );

  // Only what the graph shows: a filter that hides entities hides their rows.
  await table.getByRole('switch', { name: 'Only what the graph shows' }).check();
  const counts = (await page.getByTestId('graph-counts').textContent()) ?? '';
  const shown = Number(/(\d+) of \d+ entities/.exec(counts)![1]);
  await expect(table.getByTestId('table-count')).toContainText(`${shown} of ${story.entities.length} entities`);
});

test('the table has no serious accessibility violations', async ({ page }) => {
  const table = await openTable(page);
  await row(page, story.entities[0]!.id).click();
  await table.getByRole('button', { name: 'Paste rows…' }).click();
  const results = await new AxeBuilder({ page }).include('[data-testid="data-table"]').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(serious).toEqual([]);
});

test('rows are added from a form, copied as tab-separated text and exported as CSV', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const table = await openTable(page);
  await table.getByRole('button', { name: 'Add row' }).click();
  const form = table.getByRole('region', { name: 'Add a row' });
  await form.getByRole('textbox', { name: 'type' }).fill('person');
  await form.getByRole('button', { name: 'Add' }).click();
  // No label: refused, naming the field, and the form keeps what was typed.
  await expect(form.getByRole('alert')).toContainText('label');
  await expect(form.getByRole('textbox', { name: 'type' })).toHaveValue('person');
  await form.getByRole('textbox', { name: 'label', exact: true }).fill('Almirante Tres');
  await form.getByRole('button', { name: 'Add' }).click();
  const total = story.entities.length + 1;
  await expect(table.getByTestId('table-count')).toContainText(`${total} of ${total} entities`);

  const [first, second] = story.entities;
  await row(page, first!.id).click();
  await row(page, second!.id).click({ modifiers: ['Shift'] });
  await table.getByRole('button', { name: 'Copy rows' }).click();
  await expect(table.getByRole('status')).toHaveText('Copied 2 entities.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const lines = copied.trim().split('\n');
  expect(lines).toHaveLength(3);
  expect(lines[0]!.split('\t').slice(0, 3)).toEqual(['id', 'type', 'label']);
  expect(lines[1]!.split('\t').slice(0, 3)).toEqual([first!.id, first!.type, first!.label]);

  const download = page.waitForEvent('download');
  await table.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-entities\.csv$/);
  const csv = (await (await file.createReadStream()).toArray()).join('');
  expect(csv.trim().split('\r\n')).toHaveLength(total + 1);
  expect(csv).toContain('Almirante Tres');
});

test('two entities selected in the table are merged into one with Merge…; Ctrl+Z undoes it', async ({ page }) => {
  const table = await openTable(page);
  // The story's two Mohajer drones: the filter shows both rows.
  const [a, b] = story.entities.filter((e) => e.label.startsWith('Mohajer'));
  expect(a && b).toBeTruthy();
  const merge = table.getByTestId('table-merge');
  await expect(merge).toBeDisabled();
  await table.getByRole('searchbox', { name: 'Filter entities' }).fill('Mohajer');
  await row(page, a!.id).click();
  await row(page, b!.id).click({ modifiers: ['Control'] });
  await expect(merge).toBeEnabled();
  await merge.click();
  const dialog = page.getByTestId('merge-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('merge-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(table.getByTestId('table-count')).toContainText(`of ${story.entities.length - 1} entities`);
  // The first picked is kept (the dialog's default), and the other's row is gone.
  await expect(row(page, a!.id)).toHaveCount(1);
  await expect(row(page, b!.id)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(table.getByTestId('table-count')).toContainText(`of ${story.entities.length} entities`);
});

test('letters typed in the grid stay with the table: the page keys (S for Sources) do not act there', async ({
  page,
}) => {
  const table = await openTable(page);
  const sources = page.getByRole('button', { name: 'Sources', exact: true });
  await table.getByRole('grid').focus();
  await page.keyboard.press('s');
  await expect(sources).toHaveAttribute('aria-pressed', 'false');
  await expect(table.getByRole('grid')).toBeFocused();
  // Outside the table the key works as before.
  await page.getByTestId('graph-canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('s');
  await expect(sources).toHaveAttribute('aria-pressed', 'true');
});
