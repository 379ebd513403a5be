// Image export: PNG of the right size and background, SVG that parses and carries the labels.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { bundledStory, openExplorer } from './helpers';
import { ENTITY_TYPES } from '../src/model/vocabulary';

const story = bundledStory();

async function exportImage(
  page: Page,
  choices: { format: 'PNG' | 'SVG'; extent: string; scale?: string; background?: string; plain?: boolean },
) {
  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  if (choices.plain) {
    // The drawing alone, as the screen shows it: no title, legend, caption, credits or footer around it.
    await dialog.getByTestId('export-title').fill('');
    for (const part of ['Legend', 'Caption', 'Credits', 'Footer'])
      await dialog.getByRole('checkbox', { name: part }).uncheck();
  }
  await dialog.getByLabel(choices.format, { exact: true }).check();
  await dialog.getByLabel(choices.extent).check();
  if (choices.scale) await dialog.getByLabel(choices.scale, { exact: true }).check();
  if (choices.background) await dialog.getByLabel(choices.background).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: `Download ${choices.format}` }).click();
  const download = await downloading;
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Alpha of the top-left pixel, decoded by the browser itself. */
async function cornerAlpha(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    return ctx.getImageData(0, 0, 1, 1).data[3]!;
  }, png.toString('base64'));
}

test('a plain PNG of the current view has the canvas size times the scale', async ({ page }) => {
  await openExplorer(page);
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const oneX = await exportImage(page, { format: 'PNG', extent: 'Current view', scale: '1×', plain: true });
  expect(oneX.name).toMatch(/^[a-z0-9-]+-view@1x\.png$/);
  expect(pngSize(oneX.bytes)).toEqual({ width: Math.round(box.width), height: Math.round(box.height) });
  const twoX = await exportImage(page, { format: 'PNG', extent: 'Current view', scale: '2×', plain: true });
  expect(pngSize(twoX.bytes)).toEqual({ width: Math.round(box.width) * 2, height: Math.round(box.height) * 2 });
  expect(await cornerAlpha(page, oneX.bytes)).toBe(255);
});

test('PNG of the whole graph scales, and can be transparent', async ({ page }) => {
  await openExplorer(page);
  const one = pngSize((await exportImage(page, { format: 'PNG', extent: 'Whole graph', scale: '1×' })).bytes);
  const four = await exportImage(page, {
    format: 'PNG',
    extent: 'Whole graph',
    scale: '4×',
    background: 'Transparent',
  });
  const size = pngSize(four.bytes);
  expect(four.name).toMatch(/-graph@4x\.png$/);
  expect(Math.abs(size.width - one.width * 4)).toBeLessThanOrEqual(4);
  expect(Math.abs(size.height - one.height * 4)).toBeLessThanOrEqual(4);
  expect(await cornerAlpha(page, four.bytes)).toBe(0);
});

test('SVG export is valid SVG that contains the labels', async ({ page }) => {
  await openExplorer(page);
  const svg = await exportImage(page, { format: 'SVG', extent: 'Whole graph' });
  expect(svg.name).toMatch(/-graph\.svg$/);
  const text = svg.bytes.toString('utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  for (const label of ['Nicolás Maduro', 'Vladimir Putin', 'Xi Jinping']) {
    if (story.entities.some((e) => e.label === label)) expect(parsed.texts).toContain(label);
  }
  expect(parsed.texts.length).toBeGreaterThanOrEqual(story.entities.length);
});

test('the SVG export follows the appearance: coloured by community, the documents lose their type colour', async ({
  page,
}) => {
  await openExplorer(page);
  const colours = (text: string) => new Set([...text.matchAll(/fill="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
  const rgb = (hex: string) =>
    `rgb(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)})`;
  const before = colours((await exportImage(page, { format: 'SVG', extent: 'Whole graph' })).bytes.toString('utf8'));
  await page.getByTestId('colour-by').selectOption({ label: 'Community' });
  await expect(page.getByTestId('legend-colour')).toContainText('community 1');
  const after = colours((await exportImage(page, { format: 'SVG', extent: 'Whole graph' })).bytes.toString('utf8'));
  // Documents are drawn grey when coloured by type; no community colour is that grey.
  const grey = ENTITY_TYPES.document.color;
  const written = (set: Set<string>, hex: string) =>
    set.has(hex) || set.has(rgb(hex)) || set.has(rgb(hex).replace(/,/g, ', '));
  // The communities' colours as the page's legend shows them to the reader, read back from its swatches.
  const shown = await page
    .getByTestId('legend-colour')
    .locator('.legend-swatch .shape')
    .evaluateAll((swatches) => swatches.map((s) => getComputedStyle(s).backgroundColor));
  const hexOf = (css: string) =>
    '#' +
    [...css.matchAll(/\d+/g)]
      .slice(0, 3)
      .map((m) => Number(m[0]).toString(16).padStart(2, '0'))
      .join('');
  const communityColours = shown.map(hexOf);
  expect(communityColours.length).toBeGreaterThan(1);
  expect(communityColours).not.toContain(grey);
  expect(written(before, grey)).toBe(true);
  expect(written(after, grey)).toBe(false);
  // The first community in the legend is drawn in the image in the legend's colour.
  expect(written(after, communityColours[0]!)).toBe(true);
});

/** Opens Export data, picks a format by keyboard-reachable radio, downloads, and returns every file written. */
async function exportData(page: Page, format: string, style = false): Promise<{ name: string; text: string }[]> {
  await page.getByRole('button', { name: 'Export data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export data' });
  await dialog.getByRole('radio', { name: format }).check();
  if (style) {
    const box = dialog.getByRole('checkbox', { name: 'Also write a Cytoscape style file (.json)' });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  const files: { name: string; text: string }[] = [];
  page.on('download', async (download) => {
    files.push({ name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') });
  });
  await dialog.getByRole('button', { name: 'Download' }).click();
  await expect.poll(() => files.length).toBe(style ? 2 : 1);
  return files;
}

test('the data export says which tools read each format and offers GEXF 1.2draft for NetworkX', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Export data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export data' });
  const older = dialog.getByRole('radio', { name: 'GEXF 1.2draft (NetworkX, older tools)' });
  await expect(older).toHaveAccessibleDescription(/NetworkX/);
  await expect(dialog.getByRole('radio', { name: 'GEXF (Gephi)' })).toHaveAccessibleDescription(
    /GEXF 1\.3.*Gephi Lite/,
  );
  // The format choice is one radio group: the arrow keys move through it.
  await dialog.getByRole('radio', { name: 'GEXF (Gephi)' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(older).toBeChecked();
  await page.keyboard.press('Escape');

  const [file] = await exportData(page, 'GEXF 1.2draft (NetworkX, older tools)');
  expect(file!.name).toMatch(/\.gexf$/);
  expect(file!.text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>/);
  expect(file!.text).toContain('xmlns="http://www.gexf.net/1.2draft"');
  // Attribute ids are their names, and names keep their accents.
  expect(file!.text).toContain('<attribute id="country" title="country" type="string"/>');
  expect(file!.text).toContain('label="Nicolás Maduro"');
  expect((file!.text.match(/<node /g) ?? []).length).toBe(story.entities.length);
});

test('Cytoscape JSON keeps the look in data, with an optional style file beside it', async ({ page }) => {
  await openExplorer(page);
  const files = await exportData(page, 'Cytoscape JSON (.cyjs)', true);
  const network = files.find((f) => f.name.endsWith('.cyjs'));
  const style = files.find((f) => f.name.endsWith('-style.json'));
  expect(network && style).toBeTruthy();
  const json = JSON.parse(network!.text) as {
    elements: { nodes: { data: Record<string, unknown>; style?: unknown }[] };
  };
  expect(json.elements.nodes).toHaveLength(story.entities.length);
  expect(json.elements.nodes.filter((n) => n.style !== undefined)).toEqual([]);
  const maduro = json.elements.nodes.find((n) => n.data.id === 'maduro')!;
  expect(maduro.data).toMatchObject({ label: 'Nicolás Maduro', color: ENTITY_TYPES.person.color });
  const [sheet] = JSON.parse(style!.text) as { title: string; style: { selector: string; css: object }[] }[];
  expect(sheet!.style).toContainEqual({ selector: 'node[color]', css: { 'background-color': 'data(color)' } });
});
