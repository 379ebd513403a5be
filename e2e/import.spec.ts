// Opening other people's graphs: the public sample files, re-export and re-open, the CSV column step,
// drag-and-drop, ?data= URLs, and bad files that must leave the graph on screen untouched.
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledStory, countsText, openExplorer, readCounts, screenshot } from './helpers';
import { sharedDir } from '../scripts/sharedDir';

const SAMPLES = sharedDir('samples', process.env.SAMPLES_DIR);
const story = bundledStory();
const storyCounts = countsText({
  visibleEntities: story.entities.length,
  totalEntities: story.entities.length,
  visibleRelations: story.relations.length,
  totalRelations: story.relations.length,
});

/** Counts from the file's own markup or JSON, independent of the app's parsers. */
function countTags(text: string, tag: string): number {
  return (text.match(new RegExp(`<${tag}[\\s/>]`, 'g')) ?? []).length;
}

function countCytoscape(text: string): { nodes: number; edges: number } {
  const json = JSON.parse(text) as unknown;
  const list = (Array.isArray(json) ? json : []) as { group?: string; data: { source?: unknown } }[];
  const edges = list.filter((e) => (e.group ? e.group === 'edges' : e.data.source !== undefined)).length;
  return { nodes: list.length - edges, edges };
}

const samples: { file: string; count: (text: string) => { nodes: number; edges: number }; reexport: string }[] = [
  {
    file: 'les_miserables.gexf',
    count: (t) => ({ nodes: countTags(t, 'node'), edges: countTags(t, 'edge') }),
    reexport: 'GEXF (Gephi)',
  },
  {
    file: 'miserables.graphml',
    count: (t) => ({ nodes: countTags(t, 'node'), edges: countTags(t, 'edge') }),
    reexport: 'GraphML',
  },
  { file: 'cytoscape-cose-demo.json', count: countCytoscape, reexport: 'Cytoscape JSON' },
];

function allOf(nodes: number, edges: number): string {
  return countsText({ visibleEntities: nodes, totalEntities: nodes, visibleRelations: edges, totalRelations: edges });
}

async function openFile(page: Page, name: string, text: string | Buffer, mimeType = 'text/plain'): Promise<void> {
  await page
    .getByTestId('open-file')
    .setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
}

async function exportAs(page: Page, formatLabel: string): Promise<{ name: string; text: string }[]> {
  await page.getByRole('button', { name: 'Export data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export data' });
  // Labels are matched from their start: "GEXF (Gephi)" and "GEXF 1.2draft (…)" both begin with "GEXF".
  const escaped = formatLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await dialog.getByRole('radio', { name: new RegExp(`^${escaped}`) }).check();
  const files: { name: string; text: string }[] = [];
  page.on('download', async (download) => {
    const path = await download.path();
    files.push({ name: download.suggestedFilename(), text: readFileSync(path, 'utf8') });
  });
  const expected = formatLabel.startsWith('CSV') ? 2 : 1;
  await dialog.getByRole('button', { name: 'Download' }).click();
  await expect.poll(() => files.length).toBe(expected);
  return files;
}

for (const sample of samples) {
  test(`opens ${sample.file} with its node and edge counts, re-exports and re-opens it identically`, async ({
    page,
  }) => {
    const path = join(SAMPLES, sample.file);
    test.skip(!existsSync(path), `sample ${path} not found (the shared samples folder sits beside the checkout)`);
    const text = readFileSync(path, 'utf8');
    const { nodes, edges } = sample.count(text);
    await openExplorer(page);
    await openFile(page, sample.file, text);
    await expect(page.getByTestId('graph-counts')).toHaveText(allOf(nodes, edges));
    await expect(page.getByTestId('notice')).toContainText(`Opened ${sample.file}`);
    await screenshot(page, `10-open-${sample.file}`);

    const [exported] = await exportAs(page, sample.reexport);
    await openFile(page, exported!.name, exported!.text);
    await expect(page.getByTestId('notice')).toContainText(`Opened ${exported!.name}`);
    await expect(page.getByTestId('graph-counts')).toHaveText(allOf(nodes, edges));
    // The re-opened file exports to the very same text: nothing was lost or changed on the way.
    const [again] = await exportAs(page, sample.reexport);
    expect(again!.text).toBe(exported!.text);
  });
}

test('the story survives a trip through every export format', async ({ page }) => {
  await openExplorer(page);
  for (const format of ['Project JSON', 'GEXF (Gephi)', 'GEXF 1.2draft', 'GraphML', 'Cytoscape JSON', 'CSV']) {
    const files = await exportAs(page, format);
    if (files.length === 2) {
      await page
        .getByTestId('open-file')
        .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.text) })));
      await page.getByTestId('csv-open').click();
    } else {
      await openFile(page, files[0]!.name, files[0]!.text);
    }
    await expect(page.getByTestId('notice')).toContainText(`Opened ${files.at(-1)!.name}`);
    await expect(page.getByTestId('graph-counts')).toHaveText(storyCounts);
  }
});

test('exports only what the filters show', async ({ page }) => {
  await openExplorer(page);
  await page
    .getByTestId('facet-entity:country')
    .getByRole('checkbox', { name: /Venezuela/ })
    .check();
  const shown = await readCounts(page);
  const [file] = await exportAs(page, 'GraphML');
  expect(file!.name).toMatch(/-filtered\.graphml$/);
  expect(countTags(file!.text, 'node')).toBe(shown.visibleEntities);
  expect(countTags(file!.text, 'edge')).toBe(shown.visibleRelations);
});

test('a CSV whose columns are not obvious asks which column is which', async ({ page }) => {
  await openExplorer(page);
  const csv = 'who;whom;how\r\nAna;Ben;"met,\r\ntwice"\r\nBen;Cy;called\r\n';
  await openFile(page, 'calls.csv', csv);
  const dialog = page.getByTestId('csv-mapping');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('graph-counts')).toHaveText(storyCounts);
  await dialog.getByLabel('Relation type').selectOption('how');
  await screenshot(page, '11-csv-mapping');
  await page.getByTestId('csv-open').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('graph-counts')).toHaveText(allOf(3, 2));
});

test('a dropped file opens like a chosen one', async ({ page }) => {
  await openExplorer(page);
  const gexf =
    '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>';
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.gexf', { type: 'application/xml' }));
    return data;
  }, gexf);
  await page.dispatchEvent('.drop-zone', 'dragover', { dataTransfer: transfer });
  await expect(page.getByText(/Drop a GEXF/)).toBeVisible();
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('graph-counts')).toHaveText(allOf(2, 1));
});

test('?data= opens a graph from a URL at start-up', async ({ page }) => {
  const graphml =
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="x"/><node id="y"/><node id="z"/><edge source="x" target="y"/></graph></graphml>';
  await page.route('http://graphs.test/small.graphml', (route) =>
    route.fulfill({ body: graphml, headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.goto('/?data=http://graphs.test/small.graphml');
  await expect(page.getByTestId('graph-counts')).toHaveText(allOf(3, 1));
  await expect(page.getByTestId('notice')).toContainText('Opened small.graphml (GraphML)');
});

test('a bad ?data= URL says why and leaves the story on screen', async ({ page }) => {
  await page.goto('/?data=javascript:alert(1)');
  await expect(page.getByTestId('notice')).toContainText('Only http and https');
  await expect(page.getByTestId('graph-counts')).toHaveText(storyCounts);
});

test.describe('bad files leave the graph as it was', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    [
      'truncated.gexf',
      '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a"',
      /malformed|not well-formed|unclosed|truncated|end of|XML/i,
    ],
    [
      'picture.gexf',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      /PNG|binary|image/i,
    ],
    ['empty.graphml', '', /empty/i],
    [
      'laughs.graphml',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><graphml><graph><node id="&lol2;"/></graph></graphml>',
      /DOCTYPE|entit/i,
    ],
    [
      'dangling.cyjs',
      JSON.stringify({
        elements: { nodes: [{ data: { id: 'a' } }], edges: [{ data: { source: 'a', target: 'nowhere' } }] },
      }),
      /1 edge.*not in/i,
    ],
    ['deep.json', '['.repeat(100_000) + ']'.repeat(100_000), /deep/i],
  ];
  for (const [name, content, message] of cases) {
    test(`${name}: a clear error`, async ({ page }) => {
      await openExplorer(page);
      await openFile(page, name, content);
      const notice = page.getByTestId('notice');
      await expect(notice).toContainText(message);
      await expect(notice).toContainText('The graph on screen is unchanged');
      await expect(page.getByTestId('graph-counts')).toHaveText(storyCounts);
    });
  }

  test('an external entity is refused without any request leaving the page', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openExplorer(page);
    const before = requests.length;
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "http://graphs.test/secret">]><gexf><graph><nodes><node id="&x;"/></nodes></graph></gexf>';
    await openFile(page, 'xxe.gexf', xxe);
    await expect(page.getByTestId('notice')).toContainText(/DOCTYPE|entit/i);
    // The page may load its own scripts (the background reader); nothing may go anywhere else.
    const origin = new URL(page.url()).origin;
    expect(requests.slice(before).filter((url) => !url.startsWith(origin))).toEqual([]);
  });
});

/** The shape of the drawing, independent of zoom: distances from the first entity to the others, relative to the first. */
async function drawingShape(page: Page): Promise<number[]> {
  const ids = story.entities.slice(0, 4).map((e) => e.id);
  const points = await page.evaluate((list) => list.map((id) => window.__graphView!.renderedPosition(id)!), ids);
  const [a, ...rest] = points as [{ x: number; y: number }, ...{ x: number; y: number }[]];
  const distances = rest.map((p) => Math.hypot(p.x - a.x, p.y - a.y));
  return distances.map((d) => d / distances[0]!);
}

test('opening a graph can be undone with the button or Ctrl+Z, and redone', async ({ page }) => {
  await openExplorer(page);
  const shapeBefore = await drawingShape(page);
  await openFile(page, 'pair.csv', 'source,target\nA,B\n');
  await expect(page.getByTestId('graph-counts')).toHaveText(allOf(2, 1));
  await page.getByTestId('restore-previous').click();
  await expect(page.getByTestId('graph-counts')).toHaveText(storyCounts);
  // The story comes back as it was drawn, not laid out afresh.
  const shapeAfter = await drawingShape(page);
  shapeAfter.forEach((ratio, i) => expect(ratio).toBeCloseTo(shapeBefore[i]!, 2));
  // Redo opens it again, and undo goes back once more.
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('graph-counts')).toHaveText(allOf(2, 1));
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('graph-counts')).toHaveText(storyCounts);
});

test('markup in labels and attributes is shown as text, never run', async ({ page }) => {
  const evil = '<img src=x onerror="window.__pwned=1">';
  const csv = `source,target,__proto__,note\r\n"${evil.replace(/"/g, '""')}",constructor,javascript:alert(1),"<script>window.__pwned=2</script>"\r\n`;
  await openExplorer(page);
  await openFile(page, 'evil.csv', csv);
  await expect(page.getByTestId('graph-counts')).toHaveText(allOf(2, 1));
  await page.getByTestId('search-input').fill('img');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(evil);
  await page.getByTestId('entity-relations').getByRole('button').first().click();
  const details = page.getByTestId('relation-details');
  await expect(details).toContainText('javascript:alert(1)');
  await expect(details).toContainText('<script>window.__pwned=2</script>');
  expect(await details.locator('a, img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => Object.keys(Object.prototype))).toEqual([]);
  await screenshot(page, '12-hostile-labels');

  // The SVG export carries the label as escaped text, not as an element.
  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = readFileSync(await download.path(), 'utf8');
  expect(svg).toContain('&lt;img src=x onerror=');
  expect(svg).not.toMatch(/<img|<script/i);
});
