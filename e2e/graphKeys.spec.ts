// The graph from the keyboard, on both renderers (the story is drawn by cytoscape; ?renderer=canvas draws it on the
// canvas, as big graphs are): Tab reaches the drawing, Enter adds the selected entity's neighbours to the ego view
// exactly as a double-click does, arrows pan, + zooms, Escape clears. The ego counts are facts of the bundled story,
// counted over graph-data's links apart from the app's code (as in connections.spec.ts).
import { expect, test, type Page } from '@playwright/test';
import { bundledStory, countsText, openExplorer, pagePosition, steady } from './helpers';

const story = bundledStory();
const centre = story.entities.find((e) => e.label === 'Ramón Celestino Velásquez')!;
const neighbour = story.entities.find((e) => e.label === 'Moscow')!;

/**
 * One step around Velásquez: he and his 10 neighbours, with the 13 links among them. Adding Moscow's neighbours
 * brings one more entity (the strategic partnership treaty) and its link to Moscow.
 */
function egoCounts(expanded: string[]): string {
  const [entities, relations] = expanded.includes(neighbour.id) ? [12, 14] : [11, 13];
  return countsText({
    visibleEntities: entities,
    totalEntities: story.entities.length,
    visibleRelations: relations,
    totalRelations: story.relations.length,
  });
}

async function select(page: Page, label: string) {
  await page.getByTestId('search-input').fill(label);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(label);
}

/** Where a node is drawn (relative to the graph), once it has stopped moving (a glide to the selection, a layout). */
async function restingPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  // Read a poll apart (steady): two reads back to back could both fall before a pan's glide has begun.
  const at = await steady(
    () => page.evaluate((key) => window.__graphView!.renderedPosition(key), id),
    `the place of ${id}`,
  );
  if (!at) throw new Error(`${id} is not drawn`);
  return at;
}

/** The roles and names Chromium hands to assistive technology (its own tree, not Playwright's reading of the DOM). */
async function exposedToAssistiveTechnology(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => `${n.role?.value}: ${n.name?.value ?? ''}`);
}

for (const renderer of ['cytoscape', 'canvas'] as const) {
  test(`on the ${renderer} renderer, Enter on the focused graph expands the selection as a double-click does, and keys move the drawing`, async ({
    page,
  }) => {
    await openExplorer(page, renderer === 'canvas' ? '/?renderer=canvas' : '/');
    expect(await page.evaluate(() => window.__graphView!.renderer())).toBe(renderer);
    await select(page, centre.label);
    await page.getByTestId('hops').selectOption('1');
    await expect(page.getByTestId('graph-counts')).toHaveText(egoCounts([]));
    await select(page, neighbour.label);

    // Assistive technology is handed a group holding an application that names its keys (not an image: ARIA makes an
    // image's parts presentational, so it may hold nothing focusable); Tab from the search box reaches it.
    const surface = page.getByRole('application', { name: /arrow keys pan/ });
    await expect(surface).toHaveCount(1);
    const exposed = await exposedToAssistiveTechnology(page);
    expect(exposed).toContainEqual(expect.stringMatching(/^application: Graph drawing: arrow keys pan/));
    expect(exposed).toContain('group: Graph of the story');
    await page.getByTestId('search-input').focus();
    for (let i = 0; i < 200 && !(await surface.evaluate((s) => s === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(surface).toBeFocused();
    await page.keyboard.press('Enter');
    const grown = egoCounts([neighbour.id]);
    expect(grown).not.toBe(egoCounts([]));
    await expect(page.getByTestId('graph-counts')).toHaveText(grown);
    const expandedList = page.getByRole('list', { name: 'Expanded entities' });
    await expect(expandedList).toContainText(neighbour.label);

    // A double-click on the node does the same.
    await expandedList.getByRole('button', { name: 'Collapse' }).click();
    await expect(page.getByTestId('graph-counts')).toHaveText(egoCounts([]));
    await restingPosition(page, neighbour.id);
    const at = await pagePosition(page, neighbour.id);
    await page.mouse.dblclick(at.x, at.y);
    await expect(page.getByTestId('graph-counts')).toHaveText(grown);
    await expect(expandedList).toContainText(neighbour.label);

    // The click gave the drawing the focus: arrows move it against the arrow, one step each; + zooms about the centre.
    await expect(surface).toBeFocused();
    const before = await restingPosition(page, neighbour.id);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const panned = await restingPosition(page, neighbour.id);
    expect(panned.x).toBeLessThan(before.x - 30);
    expect(panned.y).toBeLessThan(before.y - 30);
    expect(panned.x - before.x).toBeCloseTo(panned.y - before.y, 0);
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    const fromCentre = (p: { x: number; y: number }) => Math.hypot(p.x - box.width / 2, p.y - box.height / 2);
    await page.keyboard.press('+');
    const zoomed = await restingPosition(page, neighbour.id);
    expect(fromCentre(zoomed) / fromCentre(panned)).toBeCloseTo(1.25, 1);

    // Escape clears the selection.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('entity-details')).toHaveCount(0);
  });
}

test('the first Tab offers "Skip to the graph drawing", which puts the keys on the drawing', async ({ page }) => {
  await openExplorer(page);
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the graph drawing' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('application', { name: /^Graph drawing/ })).toBeFocused();
  // The address keeps only the view: no fragment.
  expect(new URL(page.url()).hash).toBe('');
  await select(page, 'Moscow');
  await page.getByRole('application', { name: /^Graph drawing/ }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('entity-details')).toHaveCount(0);
});
