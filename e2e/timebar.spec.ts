// The time bar read at first sight, on a laptop screen: it opens on the span where the story's dated relations crowd
// (the few old background dates a click away), its axis has calendar ticks, its controls fit one row at 1280×720,
// and a date that does not read is refused with a message. Expectations come from the bundled dataset's dates, read
// by the data format's rule (dataDates.ts), not by the app's date code.
import { expect, test } from '@playwright/test';
import { bundledStory, openExplorer, readCounts, screenshot } from './helpers';
import { dayNumber as day, daysOf, isoOf as isoDay } from './dataDates';

const story = bundledStory();
const dated = story.relations.flatMap((r) => {
  const days = daysOf(r.date);
  return days ? [{ start: days.first, end: days.last }] : [];
});
/** Each dated relation's first known day (an open start: its end), as a reader places it on a line. */
const firstDays = dated.map((r) => (Number.isFinite(r.start) ? r.start : r.end)).sort((a, b) => a - b);
const yearOf = (d: number) => Number(isoDay(d).slice(0, 4));
const monthOf = (d: number) => Number(isoDay(d).slice(5, 7));
/** The story's latest year with a dated relation, and the relations that begin in it: the cluster. */
const lastYear = yearOf(firstDays.at(-1)!);
const cluster = dated.filter((r) => Number.isFinite(r.start) && yearOf(r.start) === lastYear);
const clusterStart = Math.min(...cluster.map((r) => r.start));
const clusterEnd = Math.max(...cluster.map((r) => (Number.isFinite(r.end) ? r.end : r.start)));
/** Relations wholly before the cluster: the old background dates. */
const earlier = dated.filter((r) => r.end < clusterStart);

test.use({ viewport: { width: 1280, height: 720 } });

test('the time bar opens on the span where the dated relations are, the rest a click away', async ({ page }) => {
  // The story really has a cluster and a few old dates: most dated relations begin in its last year.
  expect(cluster.length).toBeGreaterThan(dated.length / 2);
  expect(earlier.length).toBeGreaterThan(0);
  await openExplorer(page);
  const start = day((await page.getByTestId('time-axis-start').textContent())!);
  const end = day((await page.getByTestId('time-axis-end').textContent())!);
  // The axis holds the cluster with a little room either side, not the decades before it.
  expect(start).toBeLessThanOrEqual(clusterStart);
  expect(start).toBeGreaterThan(clusterStart - 45);
  expect(end).toBeGreaterThanOrEqual(clusterEnd);
  expect(end).toBeLessThan(clusterEnd + 45);
  // So the bars spread over the axis, not all against one edge.
  const bars = page.locator('svg.time-brush g[opacity] rect');
  const svg = (await page.locator('svg.time-brush').boundingBox())!;
  const xs = await bars.evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().x));
  expect(xs.length).toBeGreaterThan(1);
  expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(svg.width / 3);
  // The relations outside are counted, and one click shows the whole span.
  const hint = page.getByTestId('time-earlier');
  await expect(hint).toHaveText(`◂ ${earlier.length} earlier relations`);
  await hint.click();
  const first = Math.min(...dated.flatMap((r) => [r.start, r.end]).filter(Number.isFinite));
  await expect
    .poll(async () => day((await page.getByTestId('time-axis-start').textContent())!))
    .toBeLessThanOrEqual(first);
  await expect(hint).toHaveCount(0);
  await page.getByTestId('time-focus').click();
  await expect(page.getByTestId('time-axis-start')).toHaveText(isoDay(start));
  // Only the axis opens on the cluster, not the filter: an end typed alone keeps the old relations too.
  await page.getByTestId('time-to').fill(isoDay(clusterEnd));
  await page.getByTestId('time-to').press('Enter');
  const kept = dated.filter((r) => r.start <= clusterEnd).length;
  expect(kept).toBeGreaterThan(cluster.length);
  await expect(page.getByTestId('graph-counts')).toContainText(`· ${kept} of ${story.relations.length} relations`);
  // A window among the old dates (from a link) opens on the whole span, so the window is on the bar.
  const old = earlier.find((r) => Number.isFinite(r.start))!;
  await page.goto(`/?t=h.${isoDay(old.start)}.${isoDay(old.end)}.0`);
  await expect
    .poll(async () => day((await page.getByTestId('time-axis-start').textContent())!))
    .toBeLessThanOrEqual(old.start);
});

test('the axis has readable calendar ticks: the months of the story’s year', async ({ page }) => {
  await openExplorer(page);
  const labels = page.getByTestId('time-ticks').locator('text');
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const month = MONTHS[monthOf(firstDays.at(-1)!) - 1]!;
  await expect(labels.filter({ hasText: new RegExp(`^${month}$`) })).toHaveCount(1);
  await expect(labels.filter({ hasText: new RegExp(`^${lastYear}$`) })).toHaveCount(1);
  // Readable: labels do not run into each other, and their type is not tiny.
  const boxes = await labels.evaluateAll((texts) =>
    texts.map((t) => {
      const b = t.getBoundingClientRect();
      return { left: b.left, right: b.right, height: b.height };
    }),
  );
  expect(boxes.length).toBeGreaterThanOrEqual(6);
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right);
  for (const b of boxes) expect(b.height).toBeGreaterThanOrEqual(9);
  await screenshot(page, 'timebar-1280');
});

test('at 1280×720 the time bar’s controls fit one row, and the status line does not cover the bar', async ({
  page,
}) => {
  await openExplorer(page);
  const bar = page.getByTestId('timebar');
  const ids = ['time-mode', 'time-from', 'time-to', 'time-undated', 'time-clear', 'time-play', 'time-more'];
  const barBox = (await bar.boundingBox())!;
  const row = (b: { y: number; height: number }) => b.y + b.height / 2;
  const expectOneRow = async () => {
    const boxes = await Promise.all(ids.map(async (id) => (await page.getByTestId(id).boundingBox())!));
    for (const [i, b] of boxes.entries()) {
      // One row: every control's middle within the first control's height, and inside the bar's width.
      expect(Math.abs(row(b) - row(boxes[0]!)), ids[i]).toBeLessThan(boxes[0]!.height / 2);
      expect(b.x + b.width, ids[i]).toBeLessThanOrEqual(barBox.x + barBox.width);
    }
  };
  await expectOneRow();
  // Under "known by" too, where the end's field has a longer label.
  await page.getByTestId('time-mode').selectOption('known-by');
  await expect(page.getByRole('textbox', { name: 'known by' })).toHaveAttribute('data-testid', 'time-to');
  await expectOneRow();
  await page.getByTestId('time-mode').selectOption('happened');
  // The bars, their ticks and the legend are inside the bar, above the status line, and nothing needs scrolling.
  const status = (await page.locator('.statusbar').boundingBox())!;
  expect(status.y).toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);
  for (const part of [bar.locator('svg.time-brush'), page.getByTestId('time-summary')]) {
    const b = (await part.boundingBox())!;
    expect(b.y + b.height).toBeLessThanOrEqual(barBox.y + barBox.height);
  }
  expect(await bar.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
  // The rest of the controls are one keyboard press away.
  await page.getByTestId('time-more').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('time-more')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('time-stack')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Whole span' })).toBeEnabled();
});

test('a malformed date is refused with a message, and the window stays as it was', async ({ page }) => {
  await openExplorer(page);
  const from = page.getByTestId('time-from');
  await from.fill('2025-10-01');
  await page.getByTestId('time-to').fill('2025-10-31');
  await page.getByTestId('time-to').press('Enter');
  const before = await readCounts(page);
  await expect(page.getByTestId('time-status')).toHaveText('happened 2025-10-01 to 2025-10-31');
  // What the native date field made of a click in its middle: refused, named, with the form expected.
  await from.fill('mm/dd/202025');
  await from.press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'mm/dd/202025' });
  await expect(alert).toContainText('YYYY-MM-DD');
  await expect(alert).toContainText('the window stays as it was');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveValue('2025-10-01');
  expect(await readCounts(page)).toEqual(before);
  await expect(page.getByTestId('time-status')).toHaveText('happened 2025-10-01 to 2025-10-31');
  // A day shown while typing, then spoilt, is taken back.
  await from.fill('2025-10-20');
  await expect(page.getByTestId('time-status')).toHaveText('happened 2025-10-20 to 2025-10-31');
  await from.fill('2025-10-201');
  await from.blur();
  await expect(page.getByTestId('time-error')).toContainText('“2025-10-201”');
  await expect(page.getByTestId('time-status')).toHaveText('happened 2025-10-01 to 2025-10-31');
  expect(await readCounts(page)).toEqual(before);
  // A day written out reads, and the error goes.
  await from.fill('20 Oct 2025');
  await from.press('Enter');
  await expect(page.getByTestId('time-status')).toHaveText('happened 2025-10-20 to 2025-10-31');
  await expect(page.getByTestId('time-error')).toHaveCount(0);
  await expect(from).not.toHaveAttribute('aria-invalid', 'true');
  const kept = story.relations.filter((r) => {
    const days = daysOf(r.date);
    return days !== undefined && days.first <= day('2025-10-31') && days.last >= day('2025-10-20');
  });
  expect(kept.length).toBeGreaterThan(0);
  await expect(page.getByTestId('graph-counts')).toContainText(`${kept.length} of ${story.relations.length} relations`);
});
