// Publication export: the SVG of the story with title, legend and credits read back (names in full, label boxes
// apart, every credited outlet there), PNG width as asked, an oversize request refused with the largest size named,
// a one-page PDF, and the text alternative copied and downloaded. Expectations come from the dataset.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { bundledStory, openExplorer, readCounts, screenshot } from './helpers';
import { RELATION_TYPES, type RelationType } from '../src/model/vocabulary';
import { syntheticGraph } from '../bench/generate';
import { EXPORT_PIXELS_FROM_ELEMENTS } from '../src/model/thresholds';
import AxeBuilder from '@axe-core/playwright';

const story = bundledStory();
const labelOf = new Map(story.entities.map((e) => [e.id, e.label]));

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Export image…' }).click();
  return page.getByRole('dialog', { name: 'Export image' });
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export image' }).getByRole('button', { name: button }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Every outlet of a source that a relation's claims name (the article or a step of its chain). */
function outletsBehind(): string[] {
  const byId = new Map(story.sources.map((s) => [s.id, s]));
  const outlets = new Set<string>();
  for (const r of story.relations)
    for (const c of r.claims)
      for (const id of [c.source, ...(c.via ?? [])]) {
        const outlet = byId.get(id)?.outlet;
        if (outlet) outlets.add(outlet);
      }
  return [...outlets];
}

test('the SVG export of the story carries the title, every name in full without overlap, and every outlet', async ({
  page,
}) => {
  await openExplorer(page);
  const dialog = await openDialog(page);
  await expect(dialog.getByTestId('export-title')).toHaveValue(story.title);
  for (const part of ['Legend', 'Caption', 'Credits', 'Footer'])
    await expect(dialog.getByRole('checkbox', { name: part })).toBeChecked();
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  await dialog.getByLabel('Subtitle').fill('Who asked whom <for> what');
  const svg = await download(page, 'Download SVG');
  expect(svg.name).toMatch(/-graph\.svg$/);
  // Read back in the page, laid out by the browser, so each label's box is measured as drawn.
  const read = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden';
    holder.appendChild(document.importNode(doc.documentElement, true));
    document.body.appendChild(holder);
    const texts = [...holder.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const labels = [...holder.querySelectorAll<SVGTextElement>('text.node-label')].map((t) => {
      const b = t.getBBox();
      return { text: t.textContent ?? '', x: b.x, y: b.y, width: b.width, height: b.height };
    });
    holder.remove();
    return { texts, labels };
  }, svg.bytes.toString('utf8'));
  expect(read, 'the SVG parses').not.toBeNull();
  const { texts, labels } = read!;
  expect(texts).toContain(story.title);
  // Typed text is written as text, never as markup.
  expect(texts).toContain('Who asked whom <for> what');
  const allText = texts.join(' ');
  for (const outlet of outletsBehind()) expect(allText, `credits name ${outlet}`).toContain(outlet);
  for (const text of texts) expect(text.endsWith('…'), `"${text}" is cut`).toBe(false);
  // The caption says what is shown; the legend explains the links.
  expect(allText).toContain(`Showing all ${story.entities.length} entities and ${story.relations.length} relations.`);
  expect(texts).toContain('relation (arrow: who acts on whom)');
  // Every entity is shown, so every name is written once, in full.
  expect(labels.map((l) => l.text).sort()).toEqual(story.entities.map((e) => e.label).sort());
  const overlaps: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (x > 0.5 && y > 0.5) overlaps.push(`${a.text} / ${b.text}`);
    }
  expect(overlaps).toEqual([]);
});

test('a PNG is as wide as asked, and an oversize one is refused with the largest size named', async ({ page }) => {
  await openExplorer(page);
  let dialog = await openDialog(page);
  await dialog.getByLabel('Width in pixels').fill('1234');
  const png = await download(page, 'Download PNG');
  expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect(png.bytes.readUInt32BE(16)).toBe(1234);
  expect(png.name).toMatch(/@1234px\.png$/);

  dialog = await openDialog(page);
  await dialog.getByLabel('Width in pixels').fill('40000');
  let downloads = 0;
  page.on('download', () => downloads++);
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('40,000 ×');
  const named = /The largest that works is ([\d,]+) × ([\d,]+) pixels/.exec((await alert.textContent()) ?? '');
  expect(named).not.toBeNull();
  const [w, h] = [Number(named![1]!.replace(/,/g, '')), Number(named![2]!.replace(/,/g, ''))];
  expect(w).toBeLessThan(40_000);
  expect(w).toBeGreaterThan(1000);
  expect(w * h).toBeLessThanOrEqual(80_000_000);
  await screenshot(page, 'publication-oversize-refused');
  expect(downloads).toBe(0);
});

test('the PDF is one vector page with the text as text', async ({ page }) => {
  await openExplorer(page);
  const dialog = await openDialog(page);
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  const pdf = await download(page, 'Download PDF');
  expect(pdf.name).toMatch(/-graph\.pdf$/);
  const text = pdf.bytes.toString('latin1');
  expect(text.startsWith('%PDF')).toBe(true);
  expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
  // Names are written as PDF text, not pictures of text.
  expect(text).toContain('(Vladimir Putin) Tj');
  expect(text).not.toContain('/Subtype /Image');
});

test('the text alternative reads every shown relation as a sentence, copied or downloaded', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page);
  // With a country filter, only the relations shown are told.
  await page.getByRole('checkbox', { name: /^Iran/ }).first().check();
  const { visibleRelations } = await readCounts(page);
  const dialog = await openDialog(page);
  await dialog.getByRole('button', { name: 'Copy text alternative' }).click();
  await expect(dialog.getByRole('status')).toContainText('copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const sentences = copied.split('\n').filter((line) => line.startsWith('- '));
  expect(sentences).toHaveLength(visibleRelations);
  expect(copied).toContain('Filters: country is Iran');
  const told = story.relations.filter((r) =>
    sentences.some((s) =>
      s.startsWith(
        `- ${labelOf.get(r.source)} — ${RELATION_TYPES[r.type as RelationType].label} — ${labelOf.get(r.target)}`,
      ),
    ),
  );
  expect(told.length).toBe(visibleRelations);
  expect(told.every((r) => r.claims.length > 0)).toBe(true);
  for (const s of sentences) expect(s).toMatch(/\(\d+ independent origins?/);

  const file = await download(page, 'Download text alternative');
  expect(file.name).toMatch(/-description\.txt$/);
  expect(file.bytes.toString('utf8')).toBe(copied);
});

test('a big graph exports off the page, showing progress', async ({ page }) => {
  test.setTimeout(180_000);
  const N = 5_000;
  const file = syntheticGraph(N, 7);
  await openExplorer(page);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('graph-counts')).toContainText(`${N} of ${N} entities`, { timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => window.__graphView?.renderer())).toBe('canvas');
  // Long main-thread tasks while exporting: the figure goes to the report, not into an assertion.
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const dialog = await openDialog(page);
  await dialog.getByRole('radio', { name: '2×' }).check();
  const started = Date.now();
  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  await expect(dialog.getByTestId('export-progress')).toContainText(/Exporting… \d+%/);
  const png = readFileSync(await (await downloading).path());
  const elapsed = Date.now() - started;
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect(png.readUInt32BE(16)).toBeGreaterThan(2000);
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  console.log(
    `big graph PNG 2×: ${png.readUInt32BE(16)} × ${png.readUInt32BE(20)} px in ${elapsed} ms; longest task ${Math.round(longest)} ms`,
  );
});

test("a huge graph's PNG shows its links and nodes, and Cancel stops one being made", async ({ page }) => {
  test.setTimeout(180_000);
  // Past EXPORT_PIXELS_FROM_ELEMENTS entities and links together, the graph is written as pixels.
  const N = Math.ceil(EXPORT_PIXELS_FROM_ELEMENTS / 3) + 1_000;
  const file = syntheticGraph(N, 7);
  await openExplorer(page);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('graph-counts')).toContainText(`${N} of ${N} entities`, { timeout: 60_000 });

  let dialog = await openDialog(page);
  await dialog.getByRole('radio', { name: '1×' }).check();
  const png = await download(page, 'Download PNG');
  expect(png.name).toMatch(/-graph@1x\.png$/);
  const shares = await page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let ink = 0;
    let link = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
      // The links' grey (#94a3b8), exactly: drawn a pixel wide, they are not blended into the white.
      if (data[i] === 0x94 && data[i + 1] === 0xa3 && data[i + 2] === 0xb8) link++;
    }
    return { ink: ink / (data.length / 4), link: link / (data.length / 4) };
  }, png.bytes.toString('base64'));
  // Tens of thousands of nodes and links spread over the whole picture: much of it is ink, a good part links.
  expect(shares.ink).toBeGreaterThan(0.2);
  expect(shares.link).toBeGreaterThan(0.05);

  // A big image (8,000 pixels wide) takes seconds: Cancel ends its worker, and the dialog closes.
  dialog = await openDialog(page);
  await dialog.getByRole('radio', { name: 'Width' }).check();
  await dialog.getByRole('spinbutton', { name: 'Width in pixels' }).fill('8000');
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  await expect(dialog.getByTestId('export-progress')).toContainText(/Exporting… \d+%/);
  const imageWorkers = () => page.workers().filter((w) => /publication\.worker/.test(w.url())).length;
  expect(imageWorkers()).toBe(1);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  // A worker that finished would be kept 30 s for the next export: this one is gone at once.
  await expect.poll(imageWorkers, { timeout: 10_000 }).toBe(0);
});

/** The texts of an SVG export, read in the page. */
async function svgTexts(page: Page, svg: Buffer): Promise<string[]> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
  }, svg.toString('utf8'));
}

test('the caption names an active path, and legend, caption and credits can each be switched off', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('search-input').fill('Hugo Chávez');
  await page.getByTestId('search-input').press('Enter');
  const pathTo = page.getByTestId('path-to');
  await pathTo.fill('rostec');
  await pathTo.press('ArrowDown');
  await pathTo.press('Enter');
  const steps = await page.getByTestId('path-steps').getByRole('listitem').count();
  expect(steps).toBeGreaterThan(0);
  let dialog = await openDialog(page);
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  const withAll = (await svgTexts(page, (await download(page, 'Download SVG')).bytes)).join(' ');
  expect(withAll).toContain(`Shortest paths from Hugo Chávez to Rostec: ${steps} steps, highlighted.`);

  dialog = await openDialog(page);
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  for (const part of ['Legend', 'Caption', 'Credits']) await dialog.getByRole('checkbox', { name: part }).uncheck();
  const texts = await svgTexts(page, (await download(page, 'Download SVG')).bytes);
  expect(texts).not.toContain('relation (arrow: who acts on whom)');
  expect(texts).not.toContain('Sources');
  expect(texts.join(' ')).not.toContain('Shortest paths');
  expect(texts).toContain(story.title);
  expect(texts.some((t) => t.startsWith('Made with Story Graph Explorer'))).toBe(true);
});

test('the export dialog works from the keyboard and has no serious accessibility violations', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Export image…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  // The title field has the focus: type a title, then reach the download button by Tab alone.
  await expect(dialog.getByTestId('export-title')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Typed title');
  const results = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const download = dialog.getByRole('button', { name: 'Download PNG' });
  for (let i = 0; i < 40 && !(await download.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(download).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/^typed-title-graph@2x\.png$/);
  await page.getByRole('button', { name: 'Export image…' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
