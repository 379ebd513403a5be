// The app served by the graph server (issue 20, "The app over the server"): the server's investigations listed
// with their counts, a small one opened whole, the generated 100,000-entity graph opened search-first, and then
// search, add, a supernode expanded through the selective expand dialog (its "+N" badge matching what stays out),
// and a path between entities not loaded, found on the server. Expected values come from the API or the
// generator's structure (e2e/serverHelpers.ts), never from the app's code.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { bundledStory, readCounts, screenshot } from './helpers';
import {
  badgeOf,
  biggestSupernode,
  drawnIds,
  expandApi,
  generatedInvestigation,
  listInvestigations,
  openFromList,
  openServerList,
  pathsApi,
  pickFromServerSearch,
} from './serverHelpers';

const story = bundledStory();

test('the server’s investigations are listed with their counts, and a small one opens whole', async ({ page }) => {
  await openServerList(page);
  const listed = await listInvestigations();
  const items = page.getByTestId('server-investigation');
  await expect(items).toHaveCount(listed.length);
  for (const summary of listed) {
    const item = items.filter({ hasText: summary.title });
    await expect(item).toContainText(`${summary.entities.toLocaleString('en')} entities`);
    await expect(item).toContainText(`${summary.relations.toLocaleString('en')} relations`);
  }
  const small = listed.find((s) => s.title === story.title)!;
  await expect(items.filter({ hasText: story.title })).toContainText('opens whole');

  // Opened by keyboard: focus the button and press Enter.
  await page.getByRole('button', { name: `Open ${small.title} from the server` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('notice')).toContainText('from the graph server');
  await expect(page.getByTestId('graph-counts')).toHaveText(
    `${story.entities.length} of ${story.entities.length} entities · ${story.relations.length} of ${story.relations.length} relations`,
  );
  // Whole: nothing is search-first about it.
  await expect(page.getByTestId('loaded-note')).toHaveCount(0);
  await expect(page.getByTestId('search-first-prompt')).toHaveCount(0);
});

test('the 100,000-entity graph opens search-first: search, add, and expand a supernode through the dialog', async ({
  page,
}) => {
  const investigation = await generatedInvestigation();
  const hub = biggestSupernode();
  await openServerList(page);
  await expect(page.getByTestId('server-investigation').filter({ hasText: investigation.title })).toContainText(
    'opens search-first',
  );
  await openFromList(page, investigation.title);

  // An empty drawing with a prompt, and the note that says how little is loaded.
  await expect(page.getByTestId('search-first-prompt')).toContainText('Search for a name');
  await expect(page.getByTestId('loaded-note')).toContainText(
    `Showing 0 of ${investigation.entities.toLocaleString('en')} entities loaded from the server`,
  );
  expect(await readCounts(page)).toMatchObject({ totalEntities: 0, totalRelations: 0 });
  await page.getByRole('button', { name: 'Investigations' }).click();
  await screenshot(page, 'server-search-first');

  // Search the server by name; the pick adds the supernode, alone, with its relations counted on its badge.
  await pickFromServerSearch(page, 'search-input', investigation.id, hub.id, hub.label);
  await expect(page.getByTestId('search-first-prompt')).toHaveCount(0);
  expect(await readCounts(page)).toMatchObject({ totalEntities: 1, totalRelations: 0 });
  const all = await expandApi(investigation.id, { ids: [hub.id], limit: 0 });
  await expect.poll(() => badgeOf(page, hub.id)).toBe(`+${all.more.total.toLocaleString('en')}`);

  // Expanding it (Enter on the drawing, with it selected) asks first: the dialog shows the counts by type.
  await page.locator('#graph-drawing').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('expand-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('expand-total')).toContainText(`${all.more.total.toLocaleString('en')} relations`);
  const types = Object.entries(all.more.byEntityType).sort((a, b) => a[1] - b[1]);
  for (const [, n] of types)
    await expect(dialog.getByTestId('expand-entity-types')).toContainText(n.toLocaleString('en'));
  // The rarer kind of neighbour, at most 40, least connected first.
  const [kind] = types[0]!;
  const kindLabel = kind[0]!.toUpperCase() + kind.slice(1);
  await dialog.getByTestId('expand-entity-types').getByLabel(new RegExp(kindLabel)).check();
  await dialog.getByLabel('Least connected first').check();
  await dialog.getByTestId('expand-maximum').fill('40');
  await expect(dialog.getByTestId('expand-outcome')).toContainText('Adds 40 neighbours');
  expect(await new AxeBuilder({ page }).include('[data-testid="expand-dialog"]').analyze()).toMatchObject({
    violations: [],
  });
  await screenshot(page, 'server-expand-dialog');
  await dialog.getByTestId('expand-add').click();

  // What the server gives for the same choice, asked apart: its neighbours, and the relations that come with them.
  const same = await expandApi(investigation.id, { ids: [hub.id], limit: 40, entityTypes: [kind], order: 'least' });
  const loadedOfHub = same.relations.filter((r) => r.source === hub.id || r.target === hub.id).length;
  const left = all.more.total - loadedOfHub;
  await expect(dialog.getByTestId('expand-done')).toContainText(`Added ${same.entities.length} neighbours`);
  await expect(dialog.getByTestId('expand-done')).toContainText(`“+${left.toLocaleString('en')}”`);
  // Done, or Escape, closes it.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await expect.poll(() => badgeOf(page, hub.id)).toBe(`+${left.toLocaleString('en')}`);
  const drawn = new Set(await drawnIds(page));
  for (const entity of same.entities) expect(drawn.has(entity.id), entity.id).toBe(true);
  expect(await readCounts(page)).toMatchObject({ totalEntities: 1 + same.entities.length });
  await expect(page.getByTestId('loaded-note')).toContainText(`Showing ${1 + same.entities.length} of`);
  await screenshot(page, 'server-expanded');
});

test('a path between two entities not loaded is found on the server and its entities are added', async ({ page }) => {
  const investigation = await generatedInvestigation();
  const hub = biggestSupernode();
  // Two of the supernode's least connected neighbours: linked through it, two steps apart at most.
  const pair = await expandApi(investigation.id, { ids: [hub.id], limit: 2, entityTypes: ['company'], order: 'least' });
  const [a, b] = pair.entities as [(typeof pair.entities)[number], (typeof pair.entities)[number]];
  const expected = await pathsApi(investigation.id, a.id, b.id);
  expect(expected.found).toBe(true);
  const steps = expected.paths[0]!.relations.length;

  // On the canvas renderer this time: it draws the same "+N" badge from the same encoding.
  await openServerList(page, '/?renderer=canvas');
  await openFromList(page, investigation.title);
  await expect(page.getByTestId('search-first-prompt')).toBeVisible();
  await pickFromServerSearch(page, 'search-input', investigation.id, a.id, a.label);
  expect(await readCounts(page)).toMatchObject({ totalEntities: 1 });
  expect(await page.evaluate(() => window.__graphView?.renderer())).toBe('canvas');
  await expect.poll(() => badgeOf(page, a.id)).toBe(`+${a.degree.toLocaleString('en')}`);

  // "Path to…" searches the whole investigation: the other end is added, and the server's path with it.
  await pickFromServerSearch(page, 'path-to', investigation.id, b.id, b.label);
  await expect(page.getByTestId('path-message')).toContainText(`${steps} step${steps === 1 ? '' : 's'} to ${b.label}`);
  const drawn = new Set(await drawnIds(page));
  for (const entity of expected.entities) expect(drawn.has(entity.id), entity.id).toBe(true);
  await expect(page.getByTestId('path-steps').getByRole('listitem')).toHaveCount(steps);
  expect((await readCounts(page)).totalEntities).toBe(expected.entities.length);
});
