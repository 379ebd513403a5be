// Plain words: every term a journalist may not know has a "?" where it appears, opened from the keyboard, showing
// its explanation whole (not cut off by the sidebar or dialog it sits in); long source names in the filter lists
// are shown whole, and their tooltip names the source in full.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { bundledStory, openExplorer, screenshot } from './helpers';
import { LAYOUT_EXPLAINED, METRIC_EXPLAINED, TERMS } from '../src/ui/glossary';
import { CLAIM_STATUSES } from '../src/model/vocabulary';

const story = bundledStory();

/** Whether every corner of the element is on screen and the element itself is what shows there (not clipped). */
async function shownWhole(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const r = element.getBoundingClientRect();
    if (r.left < 0 || r.top < 0 || r.right > window.innerWidth || r.bottom > window.innerHeight) return false;
    const corners = [
      [r.left + 2, r.top + 2],
      [r.right - 2, r.top + 2],
      [r.left + 2, r.bottom - 2],
      [r.right - 2, r.bottom - 2],
    ] as const;
    return corners.every(([x, y]) => element.contains(document.elementFromPoint(x, y)));
  });
}

/**
 * Opens the "?" with Enter while it has the keyboard focus, checks the explanation, then closes it with Escape.
 * `focused`: the "?" already has the focus (reached by Tab); otherwise it is focused here.
 */
async function explainsByKeyboard(page: Page, button: Locator, text: string, focused = false): Promise<void> {
  if (focused) await expect(button).toBeFocused();
  else await button.focus();
  await page.keyboard.press('Enter');
  const note = page.getByTestId('explanation');
  await expect(note).toBeVisible();
  await expect(note).toHaveAttribute('role', 'note');
  await expect(note).toHaveText(text);
  await expect.poll(() => shownWhole(note)).toBe(true);
  // The page itself stays put: only the sidebars scroll.
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(note).toHaveCount(0);
}

const whatIs = (scope: Page | Locator, term: string) => scope.getByRole('button', { name: `What is ${term}?` });

test('the appearance choices, the layout and the claim statuses in the filters explain themselves', async ({
  page,
}) => {
  await openExplorer(page);
  const appearance = page.getByTestId('appearance');

  // Size by: the default, degree, is explained; Tab from the choice reaches its "?".
  await page.getByTestId('size-by').focus();
  await page.keyboard.press('Tab');
  await explainsByKeyboard(page, whatIs(appearance, 'Degree'), METRIC_EXPLAINED.degree, true);
  await page.getByTestId('size-by').selectOption({ label: 'Betweenness' });
  await explainsByKeyboard(page, whatIs(appearance, 'Betweenness'), METRIC_EXPLAINED.betweenness);
  await page.getByTestId('size-by').selectOption({ label: 'PageRank' });
  await explainsByKeyboard(page, whatIs(appearance, 'PageRank'), METRIC_EXPLAINED.pagerank);
  // The "?" follows the choice: Degree's is gone once PageRank is chosen.
  await expect(whatIs(appearance, 'Degree')).toHaveCount(0);
  await page.getByTestId('colour-by').selectOption({ label: 'Community' });
  await explainsByKeyboard(page, whatIs(appearance, 'Community'), METRIC_EXPLAINED.community);
  await explainsByKeyboard(page, whatIs(appearance, 'Labels from size'), TERMS.labelsFromSize);
  // The options carry the same words for the mouse.
  await expect(page.getByTestId('size-by').locator('option', { hasText: 'Betweenness' })).toHaveAttribute(
    'title',
    METRIC_EXPLAINED.betweenness,
  );

  // The layout: the chosen one is explained, reached by Tab from the choice.
  await page.getByTestId('layout-select').selectOption({ label: 'Concentric' });
  await page.getByTestId('layout-select').focus();
  await page.keyboard.press('Tab');
  await explainsByKeyboard(page, whatIs(page, 'the Concentric layout'), LAYOUT_EXPLAINED.concentric, true);

  // Claim statuses in the filter list: "?" beside the value, outside its checkbox's name.
  const statuses = page.getByTestId('facet-relation:status');
  await explainsByKeyboard(page, whatIs(statuses, 'Reported'), CLAIM_STATUSES.reported.description);
  await expect(statuses.getByRole('checkbox', { name: /^Background \d+$/ })).toHaveCount(1);
  // Left open for the screenshot: the note, by the sidebar's right edge, is not cut off by it.
  await whatIs(statuses, 'Background').focus();
  await page.keyboard.press('Enter');
  const note = page.getByTestId('explanation');
  await expect(note).toHaveText(CLAIM_STATUSES.background.description);
  await expect.poll(() => shownWhole(note)).toBe(true);
  await screenshot(page, 'plain-words-status-in-filters');
  // Opening it ticked nothing.
  await expect(statuses.getByRole('checkbox', { name: /^Background \d+$/ })).not.toBeChecked();
  // Scrolling the sidebar back to its top takes the "?" out of sight, and its note with it.
  await page.getByRole('complementary', { name: 'Filters' }).evaluate((sidebar) => sidebar.scrollTo(0, 0));
  await expect(whatIs(statuses, 'Background')).not.toBeInViewport();
  await expect(note).toHaveCount(0);
});

test('the ranking explains its metric column', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Top entities by a metric…' }).click();
  await page.getByTestId('rank-by').selectOption({ label: 'PageRank' });
  const table = page.getByTestId('ranking-table');
  await expect(table).toBeVisible();
  await explainsByKeyboard(page, whatIs(table.getByRole('columnheader'), 'PageRank'), METRIC_EXPLAINED.pagerank);
});

test('a relation and its versions explain claim statuses, "hedged" and "Holding no version"', async ({ page }) => {
  // A disputed relation (its versions shown side by side) with a hedged claim and claims holding no version.
  const relation = story.relations.find(
    (r) => r.disputed && r.claims.some((c) => c.hedged) && r.claims.some((c) => !c.version),
  );
  expect(relation, 'the bundled story has such a relation').toBeDefined();
  const source = story.entities.find((e) => e.id === relation!.source)!;
  const target = story.entities.find((e) => e.id === relation!.target)!;
  await openExplorer(page);
  await page.getByTestId('search-input').fill(source.label);
  await page.getByTestId('search-input').press('Enter');
  await page
    .getByTestId('entity-relations')
    .getByRole('button')
    .filter({ hasText: target.label })
    .filter({ hasText: 'disputed' })
    .first()
    .click();
  const details = page.getByTestId('relation-details');
  await expect(details).toBeVisible();

  await explainsByKeyboard(page, whatIs(details, 'hedged').first(), TERMS.hedged);
  const status = CLAIM_STATUSES[relation!.claims[0]!.status as keyof typeof CLAIM_STATUSES];
  await explainsByKeyboard(page, whatIs(details, status.label).first(), status.description);
  await whatIs(details, 'hedged').first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => shownWhole(page.getByTestId('explanation'))).toBe(true);
  await screenshot(page, 'plain-words-hedged-in-details');

  // The versions side by side (in the left sidebar): the claims that take no side are explained.
  await details.getByRole('button', { name: 'Compare the versions side by side' }).click();
  const noVersion = page
    .getByTestId('discrepancies')
    .locator('[data-relation-id="' + relation!.id + '"]')
    .getByRole('region', { name: 'Claims holding no version' });
  await explainsByKeyboard(page, whatIs(noVersion, 'Holding no version'), TERMS.holdingNoVersion);
});

test('the image export explains Extent and Text alternative, and Escape closes the note before the dialog', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await explainsByKeyboard(page, whatIs(dialog, 'Extent'), TERMS.extent);
  await expect(dialog).toBeVisible();
  await explainsByKeyboard(page, whatIs(dialog, 'a text alternative'), TERMS.textAlternative);
  await expect(dialog).toBeVisible();
});

test('the longest source name in the filters is shown whole and its tooltip names the source in full', async ({
  page,
}) => {
  // The filter lists a source by its outlet, else its headline; the longest such name in the story.
  const cited = new Set(story.relations.flatMap((r) => r.claims.map((c) => c.source)));
  const listed = story.sources.filter((s) => cited.has(s.id));
  const nameOf = (s: (typeof listed)[number]) => s.outlet ?? s.title;
  const longest = listed.reduce((a, b) => (nameOf(b).length > nameOf(a).length ? b : a));
  const relationsOf = (id: string) => story.relations.filter((r) => r.claims.some((c) => c.source === id)).length;

  await openExplorer(page);
  const facet = page.getByTestId('facet-relation:source');
  const label = facet.locator('label', { hasText: nameOf(longest) });
  const name = label.locator('.facet-label');
  await name.scrollIntoViewIfNeeded();
  await expect(name).toHaveText(nameOf(longest));
  // Whole: nothing cut off at the side, and the sidebar does not scroll sideways to hide it.
  expect(await name.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  await expect.poll(() => shownWhole(name)).toBe(true);
  const title = await label.getAttribute('title');
  expect(title).toContain(`“${longest.title}”`);
  expect(title).toContain(`${relationsOf(longest.id)} relations`);

  // A source listed by its outlet: the tooltip adds the headline the list leaves out.
  const byOutlet = listed.find((s) => s.outlet)!;
  const outletTitle = await facet.locator('label', { hasText: byOutlet.outlet! }).getAttribute('title');
  expect(outletTitle).toContain(byOutlet.outlet!);
  expect(outletTitle).toContain(`“${byOutlet.title}”`);
  expect(outletTitle).toContain(`${relationsOf(byOutlet.id)} relations`);
  await screenshot(page, 'plain-words-source-names');
});
