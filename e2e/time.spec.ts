// The time bar on the bundled story: date inputs, the two modes, playback and the keyboard brush. Expected counts
// are worked out here from the dataset's dates (read by the data format's rule, dataDates.ts) and sources, not read
// from the app.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { bundledStory, countsText, openExplorer, readCounts, screenshot } from './helpers';
import { dayNumber, daysOf, isoOf } from './dataDates';

const story = bundledStory();
const degree = new Map<string, number>();
for (const r of story.relations) for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);

/** Counts when only the relations `kept` show: entities with relations show while one of theirs does. */
function expectedCounts(kept: typeof story.relations) {
  const ends = new Set(kept.flatMap((r) => [r.source, r.target]));
  const alone = story.entities.filter((e) => !degree.has(e.id)).length;
  return {
    visibleEntities: ends.size + alone,
    totalEntities: story.entities.length,
    visibleRelations: kept.length,
    totalRelations: story.relations.length,
  };
}

function happenedIn(from: string, to: string) {
  return story.relations.filter((r) => {
    const days = daysOf(r.date);
    return days !== undefined && days.first <= dayNumber(to) && days.last >= dayNumber(from);
  });
}

/**
 * When the articles could first have been out, as their notes argue it (not computed by the app's rules): MENAFN on
 * 11 October 2025 (a mid-October visit told as past), every other article on 26 October (the Post's report they
 * retell, or the landing of that day, told as past).
 */
const MENAFN_OUT = '2025-10-11';
const ALL_OUT = '2025-10-26';
const saysMenafn = (r: (typeof story.relations)[number]) => r.claims.filter((c) => c.source === 'menafn');

/** Types both dates and settles each with Enter, as a user does (a day shown while typing is not yet kept). */
async function setRange(page: Page, from: string, to: string) {
  await setDay(page, 'time-from', from);
  await setDay(page, 'time-to', to);
}

async function setDay(page: Page, field: 'time-from' | 'time-to', day: string) {
  await page.getByTestId(field).fill(day);
  await page.getByTestId(field).press('Enter');
}

test.beforeEach(async ({ page }) => openExplorer(page));

test('the date inputs set the window, and the counts are those of the relations dated in it', async ({ page }) => {
  await expect(page.getByTestId('timebar')).toBeVisible();
  for (const [from, to] of [
    ['2025-10-01', '2025-10-31'],
    ['2025-10-24', '2025-10-26'],
    ['2006-01-01', '2008-12-31'],
  ] as const) {
    await setRange(page, from, to);
    const kept = happenedIn(from, to);
    expect(kept.length).toBeGreaterThan(0);
    await expect(page.getByTestId('graph-counts')).toHaveText(countsText(expectedCounts(kept)));
    await expect(page.getByTestId('time-status')).toHaveText(`happened ${from} to ${to}`);
  }
  // The filters' counts follow the window: a relation type lists how many of its relations are in it.
  const kept = happenedIn('2006-01-01', '2008-12-31');
  const type = kept[0]!.type;
  const ofType = (list: typeof story.relations) => list.filter((r) => r.type === type).length;
  await expect(page.getByTestId('facet-relation:type').locator(`.count[data-value="${type}"]`)).toHaveText(
    `${ofType(kept)} of ${ofType(story.relations)}`,
  );
  // Undated relations join when asked for.
  const undated = story.relations.filter((r) => !daysOf(r.date));
  await page.getByTestId('time-undated').check();
  await expect(page.getByTestId('graph-counts')).toHaveText(
    countsText(expectedCounts([...happenedIn('2006-01-01', '2008-12-31'), ...undated])),
  );
  // A start after the end is refused with the reason, and the window stays.
  const before = await readCounts(page);
  await page.getByTestId('time-from').fill('2009-06-01');
  await page.getByTestId('time-from').press('Enter');
  await expect(page.getByTestId('time-error')).toContainText('is after the end');
  expect(await readCounts(page)).toEqual(before);
  await expect(page.getByTestId('time-from')).toHaveValue('2006-01-01');
  await screenshot(page, 'time-happened');
  // An exported image's caption (and its text alternative) names the window and the mode.
  await page.getByRole('button', { name: 'Export image…' }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: 'Export image' })
    .getByRole('button', { name: 'Download text alternative' })
    .click();
  const text = readFileSync(await (await downloading).path(), 'utf8');
  expect(text).toContain('Time: relations whose dates in the sources overlap 2006-01-01 to 2008-12-31');
  expect(text).toContain('undated relations shown');
  await page.keyboard.press('Escape');
  // All time again.
  await page.getByTestId('time-clear').click();
  await expect(page.getByTestId('graph-counts')).toHaveText(countsText(expectedCounts(story.relations)));
});

test('"known by" a day before the first article shows no relation; after the last, all of them', async ({ page }) => {
  await page.getByTestId('time-mode').selectOption({ label: 'known by' });
  const dayBefore = isoOf(dayNumber(MENAFN_OUT) - 1);
  await setRange(page, '2025-09-01', dayBefore);
  await expect(page.getByTestId('graph-counts')).toHaveText(countsText(expectedCounts([])));
  await expect(page.getByTestId('time-status')).toHaveText(`known by ${dayBefore}`);
  // From MENAFN's day until the others': only what MENAFN says.
  const menafn = story.relations.filter((r) => saysMenafn(r).length > 0);
  expect(menafn.length).toBeGreaterThan(0);
  expect(menafn.length).toBeLessThan(story.relations.length);
  for (const on of [MENAFN_OUT, isoOf(dayNumber(ALL_OUT) - 1)]) {
    await setDay(page, 'time-to', on);
    await expect(page.getByTestId('graph-counts')).toHaveText(countsText(expectedCounts(menafn)));
  }
  // A relation's details then count only MENAFN's claims.
  const mixed = menafn.find((r) => saysMenafn(r).length < r.claims.length)!;
  await page.goto(`/?t=k.2025-09-01.${MENAFN_OUT}.0&s=r.${mixed.id}`);
  await expect(page.getByTestId('known-by-note')).toHaveText(
    `As known by ${MENAFN_OUT}: ${saysMenafn(mixed).length} of ${mixed.claims.length} claims; the rest come from ` +
      'articles not out by then (or that give no date).',
  );
  await expect(page.getByTestId('relation-details').locator('.claim')).toHaveCount(saysMenafn(mixed).length);
  await setDay(page, 'time-to', ALL_OUT);
  await expect(page.getByTestId('graph-counts')).toHaveText(countsText(expectedCounts(story.relations)));
  await expect(page.getByTestId('time-summary')).toContainText('not before');
  await screenshot(page, 'time-known-by');
});

test('playback advances the window, keeps the layout, and is one step of undo', async ({ page }) => {
  // The page's clock is one the test can run forward (it flows on its own meanwhile), to show a run stays ended.
  await page.clock.install();
  await openExplorer(page);
  await setRange(page, '2025-09-01', '2025-10-31');
  // Zoom and speed are among the time bar's further controls.
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByTestId('time-zoom').click();
  await setRange(page, '2025-09-01', '2025-09-07');
  const someId = story.entities.find((e) => e.label === 'Nicolás Maduro')!.id;
  const placed = () => page.evaluate((id) => window.__graphView!.positions().get(id)!, someId);
  const before = await placed();
  await page.getByTestId('time-speed').selectOption({ label: '2×' });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('time-from')).not.toHaveValue('2025-09-01');
  const seen = await page.getByTestId('time-from').inputValue();
  await expect(page.getByTestId('time-from')).not.toHaveValue(seen);
  await page.getByRole('button', { name: 'Pause' }).click();
  // A moving window keeps its width.
  const [from, to] = [await page.getByTestId('time-from').inputValue(), await page.getByTestId('time-to').inputValue()];
  expect(dayNumber(from)).toBeGreaterThan(dayNumber(seen));
  expect(dayNumber(to) - dayNumber(from)).toBe(6);
  expect(await placed()).toEqual(before);
  // The whole run is one step: undo goes back to the window before Play.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('time-from')).toHaveValue('2025-09-01');
  await expect(page.getByTestId('time-to')).toHaveValue('2025-09-07');

  // Undo during a run ends it there: the window goes back to where the run began and stays.
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('time-from')).not.toHaveValue('2025-09-01');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.getByTestId('time-from')).toHaveValue('2025-09-01');
  // Several steps' time at 2× (a step each 300 ms): a run still going would have moved the window.
  await page.clock.runFor(1_000);
  await expect(page.getByTestId('time-from')).toHaveValue('2025-09-01');
  await expect(page.getByTestId('time-to')).toHaveValue('2025-09-07');
});

test('the keyboard operates the brush, and a link carries the window', async ({ page }) => {
  await setRange(page, '2025-10-01', '2025-10-31');
  const end = page.getByTestId('time-brush-to');
  await end.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('time-to')).toHaveValue('2025-10-30');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByTestId('time-to')).toHaveValue('2025-10-23');
  await expect(end).toHaveAttribute('aria-valuetext', '2025-10-23');
  await page.getByTestId('time-brush-window').focus();
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('time-from')).toHaveValue('2025-09-01');
  await expect(page.getByTestId('time-to')).toHaveValue('2025-09-23');
  await expect(page.getByTestId('graph-counts')).toHaveText(
    countsText(expectedCounts(happenedIn('2025-09-01', '2025-09-23'))),
  );
  // The address now carries the window: opening it again restores it.
  await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('h.2025-09-01.2025-09-23.0');
  await page.goto(page.url());
  await expect(page.getByTestId('time-from')).toHaveValue('2025-09-01');
  await expect(page.getByTestId('graph-counts')).toHaveText(
    countsText(expectedCounts(happenedIn('2025-09-01', '2025-09-23'))),
  );
});

test('an imported graph takes its dates from an attribute the user picks', async ({ page }) => {
  const graphml = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="y" for="edge" attr.name="year" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"/><node id="b"/><node id="c"/><node id="d"/>
    <edge source="a" target="b"><data key="y">2019</data></edge>
    <edge source="b" target="c"><data key="y">March 2021</data></edge>
    <edge source="c" target="d"><data key="y">soon</data></edge>
  </graph>
</graphml>`;
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'years.graphml', mimeType: 'application/xml', buffer: Buffer.from(graphml) });
  const all = { visibleEntities: 4, totalEntities: 4, visibleRelations: 3, totalRelations: 3 };
  await expect(page.getByTestId('graph-counts')).toHaveText(countsText(all));
  await expect(page.getByTestId('timebar')).toContainText('Nothing in this graph has a date');
  await page.getByTestId('time-attribute').selectOption('year');
  await page.getByTestId('time-attribute-apply').click();
  // Two values read; "soon" is named with its reason, and the graph is otherwise as it was.
  await expect(page.getByTestId('notice')).toContainText('Dated 2 of 3 relations from “year”');
  await expect(page.getByTestId('notice')).toContainText('1 value could not be read');
  await expect(page.getByTestId('notice')).toContainText('"soon" is not a date wording');
  await expect(page.getByTestId('graph-counts')).toHaveText(countsText(all));
  await setRange(page, '2021-01-01', '2021-12-31');
  await expect(page.getByTestId('graph-counts')).toHaveText(
    countsText({ ...all, visibleEntities: 2, visibleRelations: 1 }),
  );
  // Undo takes back the two dates typed, then the dating: the graph as it was opened, nothing dated.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('timebar')).toContainText('Nothing in this graph has a date');
});

test('dragging on the bars picks a window, and the counts follow it', async ({ page }) => {
  const bars = page.getByTestId('timebar').locator('svg.time-brush');
  const box = (await bars.boundingBox())!;
  // From the middle of the bar to near its right end.
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  const from = await page.getByTestId('time-from').inputValue();
  const to = await page.getByTestId('time-to').inputValue();
  expect(dayNumber(to)).toBeGreaterThan(dayNumber(from));
  await expect(page.getByTestId('graph-counts')).toHaveText(countsText(expectedCounts(happenedIn(from, to))));
  // One step of undo takes the whole drag back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('time-from')).toHaveValue('');
  await expect(page.getByTestId('graph-counts')).toHaveText(countsText(expectedCounts(story.relations)));
});
