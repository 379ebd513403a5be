// A big graph (5,000 nodes, 10,000 edges: past the size where the canvas renderer takes over) must be usable
// like the story: it opens with its counts, a click selects, filters hide, pan and zoom move it, a force layout
// shows progress and can be cancelled, the hierarchical layout works at this size, and images export. Expectations come from the generated file itself.
import { expect, test, type Page } from '@playwright/test';
import { syntheticGraph } from '../bench/generate';
import { countsOfFrance, countsText, openByAddress, openExplorer, steady } from './helpers';

const N = 5_000;
const file = syntheticGraph(N, 7);
const nodes = file.elements.nodes;
const edges = file.elements.edges;

/** The node farthest from any other: a click on it cannot hit a neighbour. */
function loneliestNode(): { id: string; label: string } {
  let best = nodes[0]!;
  let bestGap = -1;
  for (const a of nodes) {
    let gap = Infinity;
    for (const b of nodes)
      if (a !== b) gap = Math.min(gap, Math.hypot(a.position.x - b.position.x, a.position.y - b.position.y));
    if (gap > bestGap) {
      bestGap = gap;
      best = a;
    }
  }
  return { id: best.data.id!, label: best.data.label! };
}

async function openBigGraph(page: Page): Promise<void> {
  await openExplorer(page);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const all = countsText({
    visibleEntities: N,
    totalEntities: N,
    visibleRelations: edges.length,
    totalRelations: edges.length,
  });
  await expect(page.getByTestId('graph-counts')).toHaveText(all, { timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => window.__graphView?.renderer())).toBe('canvas');
}

async function drawn(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const p = await page.evaluate((key) => window.__graphView!.renderedPosition(key), id);
  if (!p) throw new Error(`${id} is not drawn`);
  return { x: box.x + p.x, y: box.y + p.y };
}

test('a big graph is drawn on the canvas, and a click on a node shows it', async ({ page }) => {
  await openBigGraph(page);
  const lone = loneliestNode();
  // Zoom in around the node so it is big enough to aim at, as a user would.
  const at = await drawn(page, lone.id);
  await page.mouse.move(at.x, at.y);
  const zoom = () => page.evaluate(() => window.__graphView!.camera()!.zoom);
  const unzoomed = await zoom();
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  // The wheel has zoomed in, and the node has stopped moving under the pointer.
  await expect.poll(zoom).toBeGreaterThan(unzoomed);
  const target = await steady(() => drawn(page, lone.id), 'the zoomed node');
  await page.mouse.click(target.x, target.y);
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(lone.label);
  // Escape on the focused canvas clears the selection.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('entity-details')).toHaveCount(0);
});

test('a big graph named by ?data= opens without the code it does not need, which loads when a small graph needs it', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openByAddress(page, file, 'big.json');
  expect(await page.evaluate(() => window.__graphView?.renderer())).toBe('canvas');
  const cytoscapeCode = (urls: string[]) => urls.filter((url) => /\/assets\/cytoscape/.test(url));
  expect(cytoscapeCode(requested)).toEqual([]);
  // Nor the bundled story, the schema (zod) or the other formats' readers: chunks named after their modules.
  expect(requested.filter((url) => /\/assets\/(bundledStory|validate|formats|csv|openRequest)-/.test(url))).toEqual([]);
  // A story-sized graph opened next is drawn by cytoscape, its code fetched then.
  const small = {
    elements: { nodes: nodes.slice(0, 3), edges: [{ data: { source: nodes[0]!.data.id, target: nodes[1]!.data.id } }] },
  };
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(small)) });
  await expect(page.getByTestId('graph-counts')).toHaveText(
    countsText({ visibleEntities: 3, totalEntities: 3, visibleRelations: 1, totalRelations: 1 }),
  );
  await expect.poll(() => page.evaluate(() => window.__graphView?.renderer())).toBe('cytoscape');
  expect(cytoscapeCode(requested).length).toBeGreaterThan(0);
  await expect(page.locator('[data-testid="graph-canvas"] canvas').first()).toBeVisible();
});

test('filters hide nodes on the canvas, and pan and zoom move the drawing', async ({ page }) => {
  await openBigGraph(page);
  await page.getByTestId('facet-entity:country').getByRole('checkbox', { name: /^FR/ }).check();
  await expect(page.getByTestId('graph-counts')).toHaveText(countsOfFrance(file));

  const [a, b] = [nodes[0]!.data.id!, nodes[1]!.data.id!];
  const before = await drawn(page, a);
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 80, box.y + box.height / 2 + 30, { steps: 5 });
  await page.mouse.up();
  const after = await drawn(page, a);
  expect(after.x - before.x).toBeCloseTo(60, 0);
  expect(after.y - before.y).toBeCloseTo(30, 0);

  const spread = async () => {
    const [p, q] = [await drawn(page, a), await drawn(page, b)];
    return Math.hypot(p.x - q.x, p.y - q.y);
  };
  const wide = await spread();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  expect(await spread()).toBeCloseTo(wide * 1.25, 0);
});

test('a force layout on a big graph shows progress and can be cancelled, keeping the drawing', async ({ page }) => {
  await openBigGraph(page);
  const id = nodes[3]!.data.id!;
  const before = await drawn(page, id);
  await page.getByRole('button', { name: 'Re-run' }).click();
  const progress = page.getByTestId('layout-progress');
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel layout' }).click();
  await expect(progress).toHaveCount(0);
  expect(await drawn(page, id)).toEqual(before);
  // The page stayed responsive throughout: the search box still answers.
  await page.getByTestId('search-input').fill(nodes[3]!.data.label!);
  await expect(page.getByRole('option', { name: new RegExp(`^${nodes[3]!.data.label!}\\b`) }).first()).toBeVisible();
});

test('a force layout on a big graph runs to its end and draws linked nodes near each other', async ({ page }) => {
  await openBigGraph(page);
  const sample = edges.slice(0, 300).map((e) => [e.data.source!, e.data.target!] as const);
  const ids = [...new Set(sample.flat())];
  const places = () => page.evaluate((keys) => keys.map((key) => window.__graphView!.renderedPosition(key)), ids);
  const before = await places();
  await page.getByRole('button', { name: 'Re-run' }).click();
  const progress = page.getByTestId('layout-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toHaveCount(0, { timeout: 60_000 });
  const after = await places();
  expect(after).not.toEqual(before);
  const at = new Map(ids.map((id, k) => [id, after[k]!]));
  const gap = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  // Linked nodes end up nearer each other than nodes taken at random (the same nodes, paired differently).
  const linked = median(sample.map(([a, b]) => gap(a, b)));
  const unlinked = median(sample.map(([a], k) => gap(a, sample[(k + 150) % sample.length]![1])));
  expect(linked).toBeLessThan(unlinked / 2);
});

test('the hierarchical layout draws a big tree in ranks from left to right', async ({ page }) => {
  // A binary tree of 1,500 nodes (past the canvas threshold), first laid out on a grid.
  const count = 1_500;
  const tree = {
    elements: {
      nodes: Array.from({ length: count }, (_, i) => ({
        data: { id: `t${i}`, label: `Tree ${i}` },
        position: { x: (i % 40) * 30, y: Math.floor(i / 40) * 30 },
      })),
      edges: Array.from({ length: count - 1 }, (_, k) => ({
        data: { id: `link${k}`, source: `t${Math.floor(k / 2)}`, target: `t${k + 1}` },
      })),
    },
  };
  await openExplorer(page);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'tree.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tree)) });
  await expect(page.getByTestId('graph-counts')).toHaveText(
    countsText({
      visibleEntities: count,
      totalEntities: count,
      visibleRelations: count - 1,
      totalRelations: count - 1,
    }),
  );
  await page.getByTestId('layout-select').selectOption('hierarchical');
  // Siblings share a rank: the same column.
  await expect.poll(async () => (await drawn(page, 't1')).x - (await drawn(page, 't2')).x, { timeout: 20_000 }).toBe(0);
  const depthOf = (i: number) => Math.floor(Math.log2(i + 1));
  const xs = new Map<number, number>();
  for (const i of [0, 1, 2, 3, 6, 7, 14, 100, 1_000, 1_499]) {
    const x = (await drawn(page, `t${i}`)).x;
    expect(x, `t${i}`).toBeGreaterThan(xs.get(depthOf(i) - 1) ?? -Infinity);
    xs.set(depthOf(i), x);
  }
  // Every parent is left of its children.
  for (const child of [5, 77, 640, 1_498]) {
    expect((await drawn(page, `t${Math.floor((child - 1) / 2)}`)).x).toBeLessThan((await drawn(page, `t${child}`)).x);
  }
});

test('the hierarchical layout also rearranges a big tangled graph, cycles and all', async ({ page }) => {
  await openBigGraph(page);
  const id = nodes[3]!.data.id!;
  const before = await drawn(page, id);
  await page.getByTestId('layout-select').selectOption('hierarchical');
  await expect
    .poll(async () => JSON.stringify(await drawn(page, id)), { timeout: 20_000 })
    .not.toBe(JSON.stringify(before));
  await expect(page.getByTestId('layout-progress')).toHaveCount(0);
});

test('a layout that cannot run says so and leaves the drawing as it was', async ({ page }) => {
  // The hierarchical layout's worker script does not load (as when the connection drops).
  await page.route('**/hierarchy.worker-*.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("unavailable");' }),
  );
  await openBigGraph(page);
  const id = nodes[3]!.data.id!;
  const before = await drawn(page, id);
  await page.getByTestId('layout-select').selectOption('hierarchical');
  const failure = page.getByTestId('layout-failure');
  await expect(failure).toContainText('The hierarchical layout stopped without a result; the drawing is as it was.');
  expect(await drawn(page, id)).toEqual(before);
  await failure.getByRole('button', { name: 'Dismiss' }).click();
  await expect(failure).toHaveCount(0);
});

test('a big graph exports as PNG and as SVG', async ({ page }) => {
  await openBigGraph(page);
  await page.getByRole('button', { name: 'Export image…' }).click();
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG' }).click();
  const pngFile = await (await png).path();
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(pngFile);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // Width and height from the PNG header: the whole graph at twice the size.
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(500);
  expect(bytes.readUInt32BE(20)).toBeGreaterThan(500);

  // The picture itself (the current view at 1x, small enough to look at): the graph drawn, not a blank image.
  // Plain, without title, legend, caption, credits or footer: the image is the canvas, so its size is known.
  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  // The drawing alone, so the image is the screen's size: no title, legend, caption, credits or footer around it.
  await dialog.getByTestId('export-title').fill('');
  for (const part of ['Legend', 'Caption', 'Credits', 'Footer'])
    await dialog.getByRole('checkbox', { name: part }).uncheck();
  await page.getByRole('radio', { name: 'Current view' }).check();
  await page.getByRole('radio', { name: '1×' }).check();
  const viewPng = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG' }).click();
  const viewBytes = readFileSync(await (await viewPng).path());
  // This image has this request's size, not the last one's.
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  expect(viewBytes.readUInt32BE(16)).toBe(Math.round(box.width));
  expect(viewBytes.readUInt32BE(20)).toBe(Math.round(box.height));
  const inked = await page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) coloured++;
    return coloured / (data.length / 4);
  }, viewBytes.toString('base64'));
  // Thousands of nodes and links over a white background: a good share of the picture is ink.
  expect(inked).toBeGreaterThan(0.05);

  await page.getByRole('button', { name: 'Export image…' }).click();
  await page.getByRole('radio', { name: 'SVG' }).check();
  const svg = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download SVG' }).click();
  const text = readFileSync(await (await svg).path(), 'utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return { error: doc.querySelector('parsererror') !== null, paths: doc.querySelectorAll('path').length };
  }, text);
  expect(parsed.error).toBe(false);
  expect(parsed.paths).toBeGreaterThan(2);
});
