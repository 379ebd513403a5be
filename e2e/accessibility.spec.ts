// An axe-core scan of the main states: the story, an entity with its connections and a path, the evidence views,
// a relation's details, the chronology, the story drawn by the canvas renderer, an ego view with the filters' faded
// context, a metric appearance and its legend, and the top entities table. No serious or critical violation may
// remain.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openExplorer } from './helpers';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

test('the main states have no serious or critical accessibility violations', async ({ page }) => {
  // Six full axe scans: on a busy 2-core machine they outlast the default minute.
  test.setTimeout(180_000);
  await openExplorer(page);
  expect(await seriousViolations(page), 'story').toEqual([]);

  await page.getByTestId('search-input').fill('Hugo Chávez');
  await page.getByTestId('search-input').press('Enter');
  await page.getByTestId('path-to').fill('Rostec');
  await page.getByTestId('path-to').press('Enter');
  await expect(page.getByTestId('path-steps')).toBeVisible();
  expect(await seriousViolations(page), 'entity with a path').toEqual([]);

  await page.getByTestId('path-steps').getByRole('button').first().click();
  await expect(page.getByTestId('relation-details')).toBeVisible();
  expect(await seriousViolations(page), 'relation details').toEqual([]);

  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await expect(page.getByTestId('sources-view')).toBeVisible();
  expect(await seriousViolations(page), 'sources view').toEqual([]);

  await page.getByRole('button', { name: 'Discrepancies', exact: true }).click();
  await expect(page.getByTestId('discrepancies')).toBeVisible();
  expect(await seriousViolations(page), 'discrepancies view').toEqual([]);

  await page.getByRole('button', { name: 'Chronology', exact: true }).click();
  await expect(page.getByTestId('chronology')).toBeVisible();
  await page.getByTestId('chronology').getByRole('button').first().click();
  expect(await seriousViolations(page), 'chronology with a selected item').toEqual([]);
});

test('the graph drawn on the canvas (as big graphs are) has no serious or critical accessibility violations', async ({
  page,
}) => {
  await openExplorer(page, '/?renderer=canvas');
  expect(await page.evaluate(() => window.__graphView!.renderer())).toBe('canvas');
  expect(await seriousViolations(page), 'story on the canvas').toEqual([]);
});

test('an ego view, a metric appearance with its legend, and the top entities table have no serious violations', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openExplorer(page);
  // Venezuela alone, with the faded context of whom it deals with (counted in the status line).
  await page
    .getByTestId('facet-entity:country')
    .getByRole('checkbox', { name: /Venezuela/ })
    .check();
  await page.getByTestId('search-input').fill('Velásquez');
  await page.getByTestId('search-input').press('Enter');
  await page.getByTestId('hops').selectOption('1');
  await expect(page.getByTestId('ego-counts')).toBeVisible();
  await expect(page.getByTestId('context-counts')).toBeVisible();
  await page.getByTestId('colour-by').selectOption({ label: 'Community' });
  await page.getByTestId('size-by').selectOption({ label: 'PageRank' });
  await expect(page.getByTestId('legend')).toContainText(/PageRank/);
  expect(await seriousViolations(page), 'ego view with context, by community and PageRank').toEqual([]);

  await page.getByRole('button', { name: 'Top entities by a metric…' }).click();
  await page.getByTestId('rank-by').selectOption({ label: 'Betweenness' });
  await expect(page.getByTestId('ranking-table').locator('tbody tr').first()).toBeVisible();
  expect(await seriousViolations(page), 'top entities table').toEqual([]);
});

test('each appearance and connection control is named by the words its label shows (label in name)', async ({
  page,
}) => {
  await openExplorer(page);
  // An entity with a path and the evidence rules on, so every connection control is there.
  await page.getByTestId('search-input').fill('Hugo Chávez');
  await page.getByTestId('search-input').press('Enter');
  await page.getByTestId('path-to').fill('Rostec');
  await page.getByTestId('path-to').press('Enter');
  await page.getByRole('checkbox', { name: /Only links that pass the evidence rules/ }).check();
  await expect(page.getByTestId('path-min-origins')).toBeVisible();

  const labels = page.locator('[data-testid="appearance"] label, [data-testid="connections"] label');
  const count = await labels.count();
  expect(count).toBeGreaterThanOrEqual(10);
  for (let i = 0; i < count; i++) {
    // The words shown before the control, or after it when there are none before ("[x] Follow the arrows").
    const visible = await labels.nth(i).evaluate((label) => {
      const control = label.querySelector('select, input')!;
      const words = (range: Range) => range.toString().replace(/\s+/g, ' ').trim();
      const before = document.createRange();
      before.setStart(label, 0);
      before.setEndBefore(control);
      const after = document.createRange();
      after.setStartAfter(control);
      after.setEnd(label, label.childNodes.length);
      return words(before) || words(after);
    });
    const escaped = visible.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(labels.nth(i).locator('select, input').first(), visible).toHaveAccessibleName(
      new RegExp(escaped, 'i'),
    );
  }
});
