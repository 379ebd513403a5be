// The Chronology: the story's dated relations in time order, synced with the selection and the filters, and a
// timeline that prints on its own. Expectations come from the bundled dataset's dates, read by the data format's rule
// (dataDates.ts), and the dates as a reader writes them, stated below.
import { expect, test, type Page } from '@playwright/test';
import { bundledStory, chooseLayout, findUncoveredRelation, openExplorer, pagePosition, screenshot } from './helpers';
import { dayNumber, daysOf } from './dataDates';
import { RELATION_TYPES, MODALITIES } from '../src/model/vocabulary';

const story = bundledStory();
const rangeOf = new Map(story.relations.map((r) => [r.id, daysOf(r.date)]));
const dated = story.relations.filter((r) => rangeOf.get(r.id));
const undated = story.relations.filter((r) => !rangeOf.get(r.id));
const labelOf = (id: string) => story.entities.find((e) => e.id === id)!.label;

async function openChronology(page: Page) {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Chronology', exact: true }).click();
  await expect(page.getByTestId('chronology')).toBeVisible();
}

/** The dated items as listed: relation id and the date shown. */
async function listedDated(page: Page): Promise<{ id: string; when: string }[]> {
  return page
    .locator('[data-testid="chronology"] > li:not(.undated) [data-testid="chronology-item"]')
    .evaluateAll((items) =>
      items.map((li) => ({
        id: li.getAttribute('data-relation-id') ?? '',
        when: li.querySelector('.chronology-when')?.textContent ?? '',
      })),
    );
}

const itemOf = (page: Page, id: string) => page.locator(`[data-testid="chronology-item"][data-relation-id="${id}"]`);

test('the chronology lists every dated relation in date order, with its date, reading and status', async ({ page }) => {
  await openChronology(page);
  const listed = await listedDated(page);
  expect(listed.map((i) => i.id).sort()).toEqual(dated.map((r) => r.id).sort());
  // Read back in order: first days never go back, and on the same first day, last days never go back.
  for (let i = 1; i < listed.length; i++) {
    const a = rangeOf.get(listed[i - 1]!.id)!;
    const b = rangeOf.get(listed[i]!.id)!;
    expect(
      a.first < b.first || (a.first === b.first && a.last <= b.last),
      `${listed[i]!.id} after its predecessor`,
    ).toBe(true);
  }
  // Each date as a reader writes the relation's `date` in graph-data/venezuela-military-aid.json: a day, a month, a
  // year, a span, or an open end ("since", "until").
  const written: Record<string, string> = {
    'us-restricted-f16-parts': 'until Jun 2006', // { to: 2006-06-30 }
    'iran-supplied-mohajer-2': '2000–2003', // 2000-01-01 to 2003-12-31
    'venezuela-iran-uav-partnership': 'since 2000', // { from: 2000-01-01 }
    'chavez-acquired-su-30mk2': 'Jul 2006', // 2006-07
    'venezuela-russia-su30-contract': 'Jul 2006',
    'russia-supplied-su-30mk2': 'Sep 2006 – Dec 2008', // 2006-09-01 to 2008-12-31
    'maduro-leads-venezuela': 'since 2013', // { from: 2013-01-01 }
    'maduro-met-putin-2019': '25 Sep 2019',
    'putin-signed-treaty': '2025',
    'maduro-signed-treaty': '2025',
    'treaty-located-in-moscow': '2025',
    'us-operations-strike-vessels': 'since Sep 2025', // { from: 2025-09-01 }
    'lavrov-spoke-with-ve-foreign-minister': '1–10 Oct 2025', // early October
    'lavrov-commented-us-operations': '1–10 Oct 2025',
    'maduro-requested-aid-russia': '11–20 Oct 2025', // mid-October
    'velasquez-carried-letter-to-putin': '11–20 Oct 2025',
    'velasquez-visited-moscow': '11–20 Oct 2025',
    'velasquez-met-russian-counterpart': '11–20 Oct 2025',
    'russia-approved-new-strategic-agreement': '25 Oct 2025',
    'russia-agreement-with-ve-government': '25 Oct 2025',
    'il-76-arrived-in-caracas': '26 Oct 2025',
  };
  expect(Object.keys(written).sort()).toEqual(dated.map((r) => r.id).sort());
  for (const { id, when } of listed) expect(when, id).toBe(written[id]);
  // The first and last in time: the open-ended "until" and the latest day.
  expect(listed[0]!.id).toBe('us-restricted-f16-parts');
  expect(listed.at(-1)!.id).toBe('il-76-arrived-in-caracas');

  // A request reads as one, not as done.
  const request = dated.find((r) => r.modality === 'requested')!;
  const requestItem = itemOf(page, request.id);
  await expect(requestItem.getByRole('button').first()).toHaveAccessibleName(
    new RegExp(`${RELATION_TYPES[request.type as keyof typeof RELATION_TYPES].label}.*Requested`),
  );
  await expect(requestItem).toContainText(MODALITIES.requested.description.toLowerCase());
  await expect(requestItem.getByTestId('origin-count')).toBeVisible();
  await screenshot(page, '30-chronology');

  // Undated relations wait at the end, collapsed.
  const toggle = page.getByRole('button', { name: `Undated (${undated.length})` });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(itemOf(page, undated[0]!.id)).toBeHidden();
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.chronology-group.undated [data-testid="chronology-item"]')).toHaveCount(undated.length);
  await expect(itemOf(page, undated[0]!.id)).toBeVisible();
});

test('an item selects its relation by click or Enter; a relation chosen elsewhere is marked and brought into view', async ({
  page,
}) => {
  await openChronology(page);
  const listed = await listedDated(page);
  const details = page.getByTestId('relation-details');

  // Click.
  const clicked = story.relations.find((r) => r.id === listed[1]!.id)!;
  await itemOf(page, clicked.id).getByRole('button').first().click();
  await expect(details.getByRole('heading', { level: 2 })).toContainText(labelOf(clicked.source));
  await expect(details.getByRole('heading', { level: 2 })).toContainText(labelOf(clicked.target));
  await expect(itemOf(page, clicked.id).getByRole('button').first()).toHaveAttribute('aria-current', 'true');

  // Keyboard: from the Print button, Tab reaches the first item; Enter selects it.
  const first = story.relations.find((r) => r.id === listed[0]!.id)!;
  await page.getByRole('button', { name: 'Print', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(itemOf(page, first.id).getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(details.getByRole('heading', { level: 2 })).toContainText(labelOf(first.source));
  await expect(itemOf(page, first.id).getByRole('button').first()).toHaveAttribute('aria-current', 'true');
  await expect(itemOf(page, clicked.id).getByRole('button').first()).not.toHaveAttribute('aria-current', 'true');

  // Chosen from an entity's relations (not from the list): the last item of the list is marked and scrolled to.
  const last = story.relations.find((r) => r.id === listed[listed.length - 1]!.id)!;
  await expect(itemOf(page, last.id)).not.toBeInViewport();
  await page.getByTestId('search-input').fill(labelOf(last.source));
  await page.getByTestId('search-input').press('Enter');
  const otherEnd = labelOf(last.target);
  const relationButtons = page.getByTestId('entity-relations').getByRole('button', { name: new RegExp(otherEnd) });
  const type = RELATION_TYPES[last.type as keyof typeof RELATION_TYPES].label;
  await relationButtons.filter({ hasText: type }).first().click();
  await expect(itemOf(page, last.id).getByRole('button').first()).toHaveAttribute('aria-current', 'true');
  await expect(itemOf(page, last.id)).toBeInViewport();
  await screenshot(page, '32-chronology-selected');

  // Clicked in the drawing: a relation clear of other marks and of the legend, preferring the list's first items.
  // The story has few dated relations, so a layout where none of them is clear gives way to the next one.
  const dated = listed.map(({ id }) => story.relations.find((r) => r.id === id)!).filter((r) => r.id !== last.id);
  let drawn: (typeof dated)[number] | undefined;
  let point = { x: 0, y: 0 };
  for (const layout of ['grid', 'circle', 'concentric']) {
    await chooseLayout(page, layout);
    const legend = (await page.locator('.legend').boundingBox())!;
    const underLegend = (p: { x: number; y: number }) =>
      p.x >= legend.x && p.x <= legend.x + legend.width && p.y >= legend.y && p.y <= legend.y + legend.height;
    let candidates = dated;
    while (!drawn && candidates.length > 0) {
      const found = await findUncoveredRelation(page, candidates).catch(() => undefined);
      if (!found) break;
      const at = await pagePosition(page, found.id);
      if (underLegend(at)) candidates = candidates.slice(candidates.indexOf(found) + 1);
      else [drawn, point] = [found, at];
    }
    if (drawn) break;
  }
  expect(drawn, 'a dated relation clear of other marks in one of the layouts').toBeDefined();
  await page.mouse.click(point.x, point.y);
  await expect(details.getByRole('heading', { level: 2 })).toContainText(labelOf(drawn!.target));
  await expect(itemOf(page, drawn!.id).getByRole('button').first()).toHaveAttribute('aria-current', 'true');
  await expect(itemOf(page, drawn!.id)).toBeInViewport();
});

test('items the filters hide are dimmed and say so', async ({ page }) => {
  await openExplorer(page);
  // A type some dated relations have, and the one the story has most relations of among them: the filter lists
  // types by count, so it is among those shown first.
  const typeCounts = new Map<string, number>();
  for (const r of story.relations) typeCounts.set(r.type, (typeCounts.get(r.type) ?? 0) + 1);
  const datedTypes = new Set(dated.map((r) => r.type));
  const type = [...typeCounts]
    .filter(([t]) => datedTypes.has(t))
    .sort((a, b) => b[1] - a[1])[0]![0] as keyof typeof RELATION_TYPES;
  await page
    .getByTestId('facet-relation:type')
    .getByRole('checkbox', { name: new RegExp(`^${RELATION_TYPES[type].label} \\d+$`) })
    .check();
  await page.getByRole('button', { name: 'Chronology', exact: true }).click();
  for (const r of dated) {
    const item = itemOf(page, r.id);
    if (r.type === type) {
      await expect(item).toHaveAttribute('data-status', 'shown');
      await expect(item).not.toContainText('Hidden by the filters');
    } else {
      await expect(item).toHaveAttribute('data-status', 'filtered');
      await expect(item).toContainText('Hidden by the filters');
    }
  }
  const hidden = story.relations.filter((r) => r.type !== type).length;
  await expect(page.getByTestId('chronology-dimmed')).toContainText(`Dimmed (${hidden})`);
});

test('with a time window from a link, what lies outside it is dimmed and says so', async ({ page }) => {
  const [from, to] = ['2025-10-15', '2025-10-31'];
  await page.goto(`/?t=h.${from}.${to}.0`);
  await expect(page.getByTestId('graph-counts')).toBeVisible();
  await page.getByRole('button', { name: 'Chronology', exact: true }).click();
  await expect(page.getByTestId('chronology')).toBeVisible();
  const overlaps = (id: string) => {
    const r = rangeOf.get(id)!;
    return r.first <= dayNumber(to) && r.last >= dayNumber(from);
  };
  expect(dated.some((r) => overlaps(r.id)) && dated.some((r) => !overlaps(r.id))).toBe(true);
  for (const r of dated) {
    const item = itemOf(page, r.id);
    if (overlaps(r.id)) await expect(item).toHaveAttribute('data-status', 'shown');
    else {
      await expect(item).toHaveAttribute('data-status', 'outside-window');
      await expect(item).toContainText('Outside the time window');
    }
  }
  await expect(page.locator('.chronology-intro')).toContainText(`Time window: happened ${from} to ${to}`);
});

test('printing with the chronology open gives the timeline alone, undated included', async ({ page }) => {
  await openChronology(page);
  // The Print button asks the browser to print (stubbed: a headless print dialog would not show).
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('chronology')).toBeVisible();
  await expect(page.getByTestId('graph-canvas')).toBeHidden();
  await expect(page.locator('header.toolbar')).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Back to filters' })).toBeHidden();
  await expect(page.locator('.chronology-title')).toHaveText(story.title);
  await expect(itemOf(page, undated[0]!.id)).toBeVisible();
  // Full width: the list spans the page, not the sidebar's column.
  const width = await page.getByTestId('chronology').evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(page.viewportSize()!.width * 0.9);
  // No item is cut: each shows its whole reading.
  const clipped = await page
    .locator('.chronology-reading')
    .evaluateAll((spans) => spans.filter((s) => s.scrollWidth > s.clientWidth + 1).length);
  expect(clipped).toBe(0);
  await screenshot(page, '31-chronology-print');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('graph-canvas')).toBeVisible();
});

test('a long chronology lists a part at a time, and "Show … more" lists the rest from the keyboard', async ({
  page,
}) => {
  // The story and many more copies of one of its relations: dated on successive days, and undated.
  const model = story.relations.find((r) => r.claims.length > 0)!;
  const extra = (i: number, date?: string) => ({ ...model, id: `extra-${i}`, date, dateText: undefined });
  const day0 = Date.UTC(2020, 0, 1);
  const copies = [
    ...Array.from({ length: 500 }, (_, i) => extra(i, new Date(day0 + i * 86_400_000).toISOString().slice(0, 10))),
    ...Array.from({ length: 400 }, (_, i) => extra(500 + i)),
  ];
  const long = { ...story, relations: [...story.relations, ...copies] };
  const datedTotal = long.relations.filter((r) => daysOf(r.date)).length;
  const undatedTotal = long.relations.length - datedTotal;

  await openExplorer(page);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(long)) });
  // Read in a worker (the file is over 256 kB): on a busy machine that alone can pass the usual 15 s.
  await expect(page.getByTestId('graph-counts')).toContainText(`${long.relations.length} relations`, {
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Chronology', exact: true }).click();

  const datedItems = page.locator('[data-testid="chronology"] > li:not(.undated) [data-testid="chronology-item"]');
  const more = page.locator('[data-testid="chronology"] > li.chronology-more').getByRole('button');
  // The first part is listed once the panel has drawn it (count() alone does not wait for that).
  await expect(more).toBeVisible();
  const first = await datedItems.count();
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThan(datedTotal);
  await expect(more).toHaveText(new RegExp(`\\(${datedTotal - first} not listed\\)`));
  while (await more.count()) await more.press('Enter');
  await expect(datedItems).toHaveCount(datedTotal);
  // Still in order across the parts listed one after another.
  const startOf = new Map(long.relations.map((r) => [r.id, daysOf(r.date)?.first]));
  const starts = (await listedDated(page)).map(({ id }) => startOf.get(id)!);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));

  await page.getByRole('button', { name: `Undated (${undatedTotal})` }).press('Enter');
  const undatedItems = page.locator('.chronology-group.undated [data-testid="chronology-item"]');
  const moreUndated = page.locator('.chronology-group.undated li.chronology-more').getByRole('button');
  expect(await undatedItems.count()).toBeLessThan(undatedTotal);
  await moreUndated.press('Enter');
  await expect(undatedItems).toHaveCount(undatedTotal);
  await expect(moreUndated).toHaveCount(0);
});
