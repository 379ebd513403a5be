// Views that last and travel: the link in the address bar reproduces a view in a fresh browser, a reload keeps a
// dragged node, undo and redo walk back and forth across filters, moves and an import, saved views make a
// walkthrough, and hostile links or damaged storage give a notice and a working app.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { bundledStory, chooseLayout, drawingAtRest, openExplorer, pagePosition, readCounts } from './helpers';
import { storedPosition, storedRecords } from './storedWork';

const story = bundledStory();
const russia = story.entities.find((e) => e.country === 'RU' && e.type === 'country')!;

async function camera(page: Page) {
  return page.evaluate(() => window.__graphView!.camera());
}

async function selectByName(page: Page, label: string) {
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill(label);
  await search.press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(label);
}

/** The first of `ids` drawn where nothing (the legend, say) lies over the graph, so a press there grabs it. */
async function uncoveredNode(page: Page, ids: string[]): Promise<string> {
  for (const id of ids) {
    const at = await pagePosition(page, id);
    const free = await page.evaluate(
      ([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('[data-testid="graph-canvas"]'),
      [at.x, at.y],
    );
    if (free) return id;
  }
  throw new Error('every candidate node is covered');
}

async function dragNode(page: Page, id: string, dx: number, dy: number) {
  const start = await pagePosition(page, id);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 8 });
  await page.mouse.up();
}

test('a copied link opened in a fresh browser shows the same counts, selection and camera', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page);
  await page
    .getByTestId('facet-entity:country')
    .getByRole('checkbox', { name: /Russia/ })
    .check();
  await page
    .getByTestId('facet-entity:country')
    .getByRole('checkbox', { name: /Venezuela/ })
    .check();
  await selectByName(page, russia.label);
  const unzoomed = await camera(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await camera(page))?.zoom).toBeGreaterThan(unzoomed!.zoom);
  await drawingAtRest(page);
  await addressFollowsCamera(page);
  const counts = await page.getByTestId('graph-counts').textContent();
  const seen = await camera(page);

  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());

  const fresh = await browser.newContext({ viewport: page.viewportSize()! });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByTestId('graph-counts')).toHaveText(counts!);
  await expect(other.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(russia.label);
  await expect.poll(async () => (await camera(other))?.zoom).toBeCloseTo(seen!.zoom, 3);
  const shown = (await camera(other))!;
  expect(Math.abs(shown.x - seen!.x)).toBeLessThan(1);
  expect(Math.abs(shown.y - seen!.y)).toBeLessThan(1);
  await expect(other.getByTestId('notice')).toHaveCount(0);
  await fresh.close();
});

test('a reload keeps a dragged node where it was put, and Reset layout puts it back', async ({ page }) => {
  await openExplorer(page);
  const id = story.entities[0]!.id;
  await chooseLayout(page, 'circle');
  await dragNode(page, id, 70, 50);
  const placed = await pagePosition(page, id);
  const moved = await modelPosition(page, id);
  await expect.poll(() => storedPosition(page, id), { message: 'the move is stored' }).toEqual(rounded(moved));
  await page.reload();
  await expect(page.getByTestId('graph-counts')).toBeVisible();
  await expect
    .poll(async () => {
      const now = await pagePosition(page, id).catch(() => ({ x: -1e9, y: -1e9 }));
      return Math.hypot(now.x - placed.x, now.y - placed.y);
    })
    .toBeLessThan(2);

  await page.getByRole('button', { name: 'Reset layout' }).click();
  await expect
    .poll(async () => {
      const now = await pagePosition(page, id);
      return Math.hypot(now.x - placed.x, now.y - placed.y);
    })
    .toBeGreaterThan(20);
});

test('undo and redo walk back and forth across a filter, a move and an import', async ({ page }) => {
  await openExplorer(page);
  const all = await page.getByTestId('graph-counts').textContent();
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await expect(undo).toBeDisabled();

  await page
    .getByTestId('facet-entity:country')
    .getByRole('checkbox', { name: /Russia/ })
    .check();
  const filtered = await page.getByTestId('graph-counts').textContent();
  expect(filtered).not.toBe(all);
  await page.getByRole('button', { name: 'Fit' }).click();
  await drawingAtRest(page);
  const id = await uncoveredNode(
    page,
    story.entities.filter((e) => e.country === 'RU').map((e) => e.id),
  );
  const before = await modelPosition(page, id);
  await dragNode(page, id, 60, 40);
  const after = await modelPosition(page, id);
  expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(10);

  await page.getByTestId('open-file').setInputFiles({
    name: 'pair.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('source,target\nA,B\n'),
  });
  await expect(page.getByTestId('graph-counts')).toContainText('2 of 2 entities');

  await page.keyboard.press('Control+z'); // the import
  await expect(page.getByTestId('graph-counts')).toHaveText(filtered!);
  await expect.poll(async () => distanceTo(page, id, after)).toBeLessThan(2);
  await undo.click(); // the move
  await expect.poll(async () => distanceTo(page, id, before)).toBeLessThan(2);
  await undo.click(); // the filter
  await expect(page.getByTestId('graph-counts')).toHaveText(all!);
  await expect(undo).toBeDisabled();

  await redo.click(); // the filter again
  await expect(page.getByTestId('graph-counts')).toHaveText(filtered!);
  await page.keyboard.press('Control+Shift+z'); // the move again
  await expect.poll(async () => distanceTo(page, id, after)).toBeLessThan(2);
  await page.keyboard.press('Control+y'); // the import again
  await expect(page.getByTestId('graph-counts')).toContainText('2 of 2 entities');
  await expect(redo).toBeDisabled();
});

/** A position as the app stores it: to the hundredth (src/state/persistence.ts). */
const rounded = (p: { x: number; y: number }) => ({ x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });

/**
 * Waits until the address bar holds the camera the drawing shows: its `c` parameter (the framing: centre, then
 * width and height in model units, to a tenth) has the camera's centre and fills the drawing's width at its zoom.
 */
async function addressFollowsCamera(page: Page) {
  const width = (await page.getByTestId('graph-canvas').boundingBox())!.width;
  await expect
    .poll(
      async () => {
        const now = (await camera(page))!;
        const framing = new URL(page.url()).searchParams.get('c')?.split(',').map(Number) ?? [];
        if (framing.length !== 4) return false;
        const [x, y, w] = framing as [number, number, number];
        return Math.abs(x - now.x) <= 0.06 && Math.abs(y - now.y) <= 0.06 && Math.abs(w * now.zoom - width) < 2;
      },
      { message: 'the address follows the camera' },
    )
    .toBe(true);
}

/** Where a node is in the drawing's own coordinates (independent of the camera, which an undo may move). */
async function modelPosition(page: Page, id: string) {
  return page.evaluate((key) => window.__graphView!.positions().get(key)!, id);
}

async function distanceTo(page: Page, id: string, point: { x: number; y: number }) {
  const now = await modelPosition(page, id);
  return Math.hypot(now.x - point.x, now.y - point.y);
}

test('three saved views make a walkthrough, stepped with the arrow keys and left with Escape', async ({ page }) => {
  await openExplorer(page);
  const countries = ['Russia', 'China', 'Iran'];
  const expected: string[] = [];
  for (const country of countries) {
    if (await page.getByTestId('reset-filters').isEnabled()) await page.getByTestId('reset-filters').click();
    await page
      .getByTestId('facet-entity:country')
      .getByRole('checkbox', { name: new RegExp(country) })
      .check();
    expected.push((await page.getByTestId('graph-counts').textContent())!);
    await page.getByTestId('save-view').click();
    await page.getByTestId('view-name').fill(`Only ${country}`);
    await page.getByTestId('view-caption').fill(`Who deals with ${country}`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('save-view')).toBeFocused();
  }
  await page.getByRole('button', { name: /^Views/ }).click();
  await expect(page.getByTestId('saved-views').getByRole('listitem')).toHaveCount(3);
  // Put the last first: the walkthrough follows the list's order.
  await page.getByRole('button', { name: 'Move “Only Iran” up' }).click();
  await page.getByRole('button', { name: 'Move “Only Iran” up' }).click();
  const order = [2, 0, 1];

  await page.getByTestId('present').click();
  const caption = page.getByTestId('present-caption');
  for (const [step, index] of order.entries()) {
    await expect(caption).toContainText(`Step ${step + 1} of 3`);
    await expect(caption.getByRole('heading')).toHaveText(`Only ${countries[index]}`);
    await expect(caption).toContainText(`Who deals with ${countries[index]}`);
    await expect(page.getByTestId('graph-counts')).toHaveText(expected[index]!);
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('ArrowLeft');
  await expect(caption).toContainText('Step 2 of 3');
  // On the focused drawing the arrows pan it and leave the step alone; Page Down still steps.
  await page.getByRole('application', { name: /^Graph drawing/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(caption).toContainText('Step 2 of 3');
  await page.keyboard.press('PageDown');
  await expect(caption).toContainText('Step 3 of 3');
  await page.keyboard.press('Escape');
  await expect(caption).toHaveCount(0);
  await expect(page.getByTestId('present')).toBeFocused();
  await expect(page.getByTestId('copy-link')).toBeVisible();

  // They travel in the project's JSON export.
  await page.getByRole('button', { name: 'Export data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export data' });
  await dialog.getByRole('radio', { name: /^Project JSON/ }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const exported = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as {
    views: { name: string }[];
  };
  expect(exported.views.map((v) => v.name)).toEqual(order.map((i) => `Only ${countries[i]}`));

  // Saved views last through a reload, once they are stored in their new order.
  await expect
    .poll(async () => (await storedRecords(page)).map((r) => r.savedViews.map((v) => v.name)))
    .toContainEqual(order.map((i) => `Only ${countries[i]}`));
  await page.goto('/');
  await page.getByRole('button', { name: /^Views/ }).click();
  await expect(page.getByTestId('saved-views').getByRole('listitem')).toHaveCount(3);
});

test('hostile link parameters are dropped with a notice, shown as text, and the app works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const markup = '<img src=x onerror="window.__pwned=1">';
  const many = JSON.stringify({ p: { 'entity:country': Array.from({ length: 1000 }, (_, i) => `X${i}`) } });
  const params = new URLSearchParams({
    l: markup,
    s: `e.${markup}`,
    c: '1e308,NaN,99999999',
    f: many,
    e: '["nope",999,"sideways",[]]',
  });
  await page.goto(`/?${params.toString()}`);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('could not be restored');
  await expect(notice).toContainText('<img src=x');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expectWorkingStory(page);
  expect(errors).toEqual([]);
});

test('a damaged stored record gives a notice, and the app opens the story as in its file', async ({ page }) => {
  await openExplorer(page);
  await chooseLayout(page, 'circle');
  // Wait until the app's record holds the layout at rest: a save still to come would mend the damage below.
  const id = story.entities[0]!.id;
  const atRest = await modelPosition(page, id);
  await expect.poll(() => storedPosition(page, id), { message: 'the layout is stored' }).toEqual(rounded(atRest));
  // Damage every record the app stored.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('story-graph-explorer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('datasets', 'readwrite');
          const table = tx.objectStore('datasets');
          const keys = table.getAllKeys();
          keys.onsuccess = () => {
            for (const key of keys.result) table.put({ version: 1, ids: ['a'], xy: 'not numbers' }, key);
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.goto('/');
  await expect(page.getByTestId('notice')).toContainText('could not be read');
  await expectWorkingStory(page);
});

test('a node pinned from its menu stays put through a layout and a reload; Escape closes the menu', async ({
  page,
}) => {
  await openExplorer(page);
  const [pinnedId, otherId] = [story.entities[0]!.id, story.entities[1]!.id];
  await chooseLayout(page, 'circle');
  const at = await pagePosition(page, pinnedId);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  const menu = page.getByTestId('node-menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);

  await page.mouse.click(at.x, at.y, { button: 'right' });
  await menu.getByRole('menuitem', { name: 'Pin' }).click();
  const kept = await modelPosition(page, pinnedId);
  const otherBefore = await modelPosition(page, otherId);
  await page.getByTestId('layout-select').selectOption('grid');
  await expect.poll(async () => distanceTo(page, otherId, otherBefore)).toBeGreaterThan(5);
  expect(await distanceTo(page, pinnedId, kept)).toBeLessThan(0.5);

  await expect
    .poll(async () => (await storedRecords(page)).some((r) => r.pinned.includes(pinnedId)), {
      message: 'the pin is stored',
    })
    .toBe(true);
  await page.reload();
  await expect(page.getByTestId('graph-counts')).toBeVisible();
  await expect.poll(async () => distanceTo(page, pinnedId, kept).catch(() => 1e9)).toBeLessThan(0.5);
  await page.getByRole('combobox', { name: 'Search entities' }).fill(story.entities[0]!.label);
  await page.getByRole('combobox', { name: 'Search entities' }).press('Enter');
  await expect(page.getByTestId('pin-toggle')).toHaveText('Unpin');
  await page.getByTestId('pin-toggle').click();
  await expect(page.getByTestId('pin-toggle')).toHaveText('Pin');
});

/** The whole story is shown, and a filter still works: the app came through whatever it was given. */
async function expectWorkingStory(page: Page) {
  await expect(page.getByTestId('graph-counts')).toContainText(`${story.entities.length} of ${story.entities.length}`);
  await page
    .getByTestId('facet-entity:country')
    .getByRole('checkbox', { name: /Russia/ })
    .check();
  expect((await readCounts(page)).visibleEntities).toBeLessThan(story.entities.length);
}
