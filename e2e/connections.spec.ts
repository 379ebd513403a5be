// Following a connection like a reader: the neighbourhood of an entity, and the path from one entity to another
// with each step's evidence. Expectations come from the bundled dataset through the model's own functions.
import { expect, test, type Page } from '@playwright/test';
import { bundledStory, countsText, openExplorer, screenshot } from './helpers';
import { buildGraph } from '../src/model/graph';
import { findPaths } from '../src/model/paths';
import { applyEgo } from '../src/model/ego';
import { computeVisibility, NO_FILTERS } from '../src/model/filters';
import { syntheticGraph } from '../bench/generate';
import { parseGraphFile } from '../src/io/formats';
import { datasetFromImported } from '../src/io/fromImported';
import { datasetSchema } from '../src/model/schema';
import { neighbourhood } from '../src/model/selection';
import { relationReading } from '../src/model/describeView';

const story = bundledStory();
const graph = buildGraph(story);
const everything = computeVisibility(graph, NO_FILTERS);
const idOf = (label: string) => story.entities.find((e) => e.label === label)!.id;

async function select(page: Page, label: string) {
  await page.getByTestId('search-input').fill(label);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(label);
}

test('a path between two story entities is listed step by step with its evidence and weakest link', async ({
  page,
}) => {
  const from = 'Hugo Chávez';
  const to = 'Rostec';
  const expected = findPaths(graph, idOf(from), idOf(to), everything.edges, {
    directed: false,
    rules: null,
    bestSupported: false,
  });
  if (!expected.found) throw new Error('the story should link Chávez to Rostec');
  await openExplorer(page);
  await select(page, from);
  const pathTo = page.getByTestId('path-to');
  await pathTo.fill('rostec');
  await pathTo.press('ArrowDown');
  await pathTo.press('Enter');

  const steps = page.getByTestId('path-steps').getByRole('listitem');
  await expect(steps).toHaveCount(expected.steps.length);
  for (const [i, step] of expected.steps.entries()) {
    const r = story.relations.find((x) => x.id === step.edge)!;
    await expect(steps.nth(i)).toContainText(`${story.entities.find((e) => e.id === r.source)!.label} — `);
    await expect(steps.nth(i)).toContainText(/independent origin/);
  }
  await expect(page.getByTestId('path-steps').getByText('weakest link')).toHaveCount(1);
  const lit = await page.evaluate(() => window.__graphView!.highlightedKeys());
  expect(lit.edges.sort()).toEqual([...expected.allEdges].sort());
  await screenshot(page, '13-path');

  // Over the evidence only, the requested links drop out: the story has no such path, and says so.
  await page.getByRole('checkbox', { name: /Only links that pass the evidence rules/ }).check();
  const strict = findPaths(graph, idOf(from), idOf(to), everything.edges, {
    directed: false,
    rules: { minOrigins: 1, excludeDisputed: true, happenedOnly: true },
    bestSupported: false,
  });
  if (strict.found) await expect(page.getByTestId('path-steps').getByRole('listitem')).toHaveCount(strict.steps.length);
  else
    await expect(page.getByTestId('path-message')).toContainText(
      'No path links them over links that pass the evidence rules',
    );
  // Asking for two independent origins per link: the answer follows the same rules in the model.
  await page.getByTestId('path-min-origins').selectOption('2');
  const stricter = findPaths(graph, idOf(from), idOf(to), everything.edges, {
    directed: false,
    rules: { minOrigins: 2, excludeDisputed: true, happenedOnly: true },
    bestSupported: false,
  });
  if (stricter.found)
    await expect(page.getByTestId('path-steps').getByRole('listitem')).toHaveCount(stricter.steps.length);
  else await expect(page.getByTestId('path-message')).toContainText('No path links them');
});

test('an ego view shows what lies within k steps, counted in the status line, and grows on expand', async ({
  page,
}) => {
  const center = 'Ramón Celestino Velásquez';
  await openExplorer(page);
  await select(page, center);
  for (const hops of [1, 2]) {
    const ego = applyEgo(graph, everything, { center: idOf(center), hops, direction: 'both', expanded: [] });
    await page.getByTestId('hops').selectOption(String(hops));
    await expect(page.getByTestId('graph-counts')).toHaveText(
      countsText({
        visibleEntities: ego.nodes.size,
        totalEntities: story.entities.length,
        visibleRelations: ego.edges.size,
        totalRelations: story.relations.length,
      }),
    );
  }
  await page.getByTestId('hops').selectOption('1');
  const outgoing = applyEgo(graph, everything, { center: idOf(center), hops: 1, direction: 'out', expanded: [] });
  await page.getByTestId('hops-direction').selectOption('out');
  await expect(page.getByTestId('graph-counts')).toContainText(
    `${outgoing.nodes.size} of ${story.entities.length} entities`,
  );

  // Expanding a neighbour (from the keyboard, by its button) adds its own neighbours.
  await page.getByTestId('hops-direction').selectOption('both');
  const neighbour = story.entities.find((e) => e.label === 'Moscow')!;
  await select(page, neighbour.label);
  await page.getByRole('button', { name: `Add the neighbours of ${neighbour.label}` }).click();
  const grown = applyEgo(graph, everything, {
    center: idOf(center),
    hops: 1,
    direction: 'both',
    expanded: [neighbour.id],
  });
  await expect(page.getByTestId('graph-counts')).toContainText(
    `${grown.nodes.size} of ${story.entities.length} entities`,
  );
  await screenshot(page, '14-ego');
  // Collapsing it takes its neighbours away again.
  await page.getByRole('list', { name: 'Expanded entities' }).getByRole('button', { name: 'Collapse' }).click();
  const oneStep = applyEgo(graph, everything, { center: idOf(center), hops: 1, direction: 'both', expanded: [] });
  await expect(page.getByTestId('graph-counts')).toContainText(
    `${oneStep.nodes.size} of ${story.entities.length} entities`,
  );

  await page.getByTestId('hops').selectOption('0');
  await expect(page.getByTestId('graph-counts')).toContainText(
    `${story.entities.length} of ${story.entities.length} entities`,
  );
});

test('on a 10k-node import, a path between two entities is found, listed and highlighted', async ({ page }) => {
  test.setTimeout(120_000);
  const file = syntheticGraph(10_000, 5);
  const imported = buildGraph(
    datasetSchema.parse(datasetFromImported(parseGraphFile(JSON.stringify(file), 'ten-k.json'), 'ten-k')),
  );
  const nodes = file.elements.nodes;
  const [from, to] = [nodes[0]!, nodes[nodes.length - 1]!];
  const all = computeVisibility(imported, NO_FILTERS);
  const expected = findPaths(imported, from.data.id!, to.data.id!, all.edges, {
    directed: false,
    rules: null,
    bestSupported: false,
  });
  if (!expected.found) throw new Error('the generated graph should link its first and last nodes');

  await openExplorer(page);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'ten-k.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('graph-counts')).toContainText('10000 of 10000 entities', { timeout: 60_000 });
  await select(page, from.data.label!);
  await page.getByTestId('path-to').fill(to.data.label!);
  await page.getByTestId('path-to').press('Enter');
  await expect(page.getByTestId('path-steps').getByRole('listitem')).toHaveCount(expected.steps.length, {
    timeout: 30_000,
  });
  const lit = await page.evaluate(() => window.__graphView!.highlightedKeys());
  expect(lit.edges.sort()).toEqual([...expected.allEdges].sort());
});

/** Asks for a path from the selected entity to the one with this name. */
async function pathTo(page: Page, label: string) {
  await page.getByTestId('path-to').fill(label);
  await page.getByTestId('path-to').press('Enter');
  await expect(page.getByTestId('path-message')).toContainText(`to ${label}`);
}

const listedSteps = (page: Page) => page.getByTestId('path-steps').getByRole('listitem');
const lit = (page: Page) => page.evaluate(() => window.__graphView!.highlightedKeys().edges.sort());
const undirected = { directed: false, rules: null, bestSupported: false };

test('"Follow the arrows" keeps only paths along the links\' direction: a longer one, or none and a message', async ({
  page,
}) => {
  // Putin reaches Venezuela in fewer steps against some arrows than along them.
  const [putin, venezuela] = [idOf('Vladimir Putin'), idOf('Venezuela')];
  const anyWay = findPaths(graph, putin, venezuela, everything.edges, undirected);
  const along = findPaths(graph, putin, venezuela, everything.edges, { ...undirected, directed: true });
  if (!anyWay.found || !along.found || along.steps.length <= anyWay.steps.length)
    throw new Error('the story should link Putin to Venezuela in more steps along the arrows');
  // Chávez is two steps from Maduro, but no arrows lead from Maduro to him.
  const [maduro, chavez] = [idOf('Nicolás Maduro'), idOf('Hugo Chávez')];
  const toChavez = findPaths(graph, maduro, chavez, everything.edges, undirected);
  const noneAlong = findPaths(graph, maduro, chavez, everything.edges, { ...undirected, directed: true });
  if (!toChavez.found || noneAlong.found) throw new Error('the story should link Maduro to Chávez only against arrows');

  await openExplorer(page);
  await select(page, 'Vladimir Putin');
  await pathTo(page, 'Venezuela');
  await expect(listedSteps(page)).toHaveCount(anyWay.steps.length);
  const follow = page.getByRole('checkbox', { name: 'Follow the arrows' });
  await follow.focus();
  await page.keyboard.press('Space');
  await expect(follow).toBeChecked();
  await expect(listedSteps(page)).toHaveCount(along.steps.length);
  // Each step is read along its arrow, from the entity the path has reached so far.
  for (const i of along.steps.keys())
    await expect(listedSteps(page).nth(i)).toContainText(`${graph.getNodeAttribute(along.nodes[i]!, 'label')} — `);
  await expect.poll(() => lit(page)).toEqual([...along.allEdges].sort());

  // From Maduro, Chávez is two steps away ignoring direction, and out of reach along the arrows.
  await page.getByRole('button', { name: 'Clear path' }).click();
  await select(page, 'Nicolás Maduro');
  await pathTo(page, 'Hugo Chávez');
  await expect(listedSteps(page)).toHaveCount(toChavez.steps.length);
  await follow.check();
  await expect(page.getByTestId('path-message')).toHaveText(noneAlong.reason);
  await expect(listedSteps(page)).toHaveCount(0);
  // Nothing of the path stays lit: only Maduro's own links, as for any selection.
  await expect.poll(() => lit(page)).toEqual([...neighbourhood(graph, { kind: 'entity', id: maduro }).edges].sort());
  await follow.uncheck();
  await expect(listedSteps(page)).toHaveCount(toChavez.steps.length);
});

test('"Best-supported" lists the path whose weakest link has more independent origins, and flags that link', async ({
  page,
}) => {
  const [from, to] = [idOf('Vladimir Putin'), idOf('Ramón Celestino Velásquez')];
  const fewest = findPaths(graph, from, to, everything.edges, undirected);
  const best = findPaths(graph, from, to, everything.edges, { ...undirected, bestSupported: true });
  if (!fewest.found || !best.found) throw new Error('the story should link Putin to Velásquez');
  const originsOf = (edge: string) => graph.getAttribute('evidence')(graph.getEdgeAttributes(edge)).origins.length;
  const weakest = (steps: { edge: string }[]) => Math.min(...steps.map((s) => originsOf(s.edge)));
  if (weakest(best.steps) <= weakest(fewest.steps))
    throw new Error('the best-supported path from Putin to Velásquez should rest on better-supported links');

  /** The independent origins each listed step shows. */
  const listedOrigins = async () =>
    (await listedSteps(page).allTextContents()).map((text) => Number(/(\d+) independent origin/.exec(text)?.[1] ?? 0));
  await openExplorer(page);
  await select(page, 'Vladimir Putin');
  await pathTo(page, 'Ramón Celestino Velásquez');
  await expect(listedSteps(page)).toHaveCount(fewest.steps.length);
  const before = await listedOrigins();

  const bestSupported = page.getByRole('checkbox', { name: /Best-supported path/ });
  await bestSupported.focus();
  await page.keyboard.press('Space');
  await expect(listedSteps(page)).toHaveCount(best.steps.length);
  for (const [i, step] of best.steps.entries())
    await expect(listedSteps(page).nth(i)).toContainText(relationReading(graph, step.edge));
  const after = await listedOrigins();
  expect(Math.min(...after)).toBeGreaterThan(Math.min(...before));
  // The weakest link is flagged once, on a step with the fewest origins of the path.
  const flagged = listedSteps(page).filter({ hasText: 'weakest link' });
  await expect(flagged).toHaveCount(1);
  expect(Number(/(\d+) independent origin/.exec((await flagged.textContent()) ?? '')?.[1])).toBe(Math.min(...after));
  await expect.poll(() => lit(page)).toEqual([...best.allEdges].sort());
  await screenshot(page, 'path-best-supported');
});

test('"Clear path" takes away the steps and the path\'s highlight, leaving the selection\'s links lit', async ({
  page,
}) => {
  const [from, to] = [idOf('Hugo Chávez'), idOf('Rostec')];
  const path = findPaths(graph, from, to, everything.edges, undirected);
  if (!path.found) throw new Error('the story should link Chávez to Rostec');
  const ownLinks = [...neighbourhood(graph, { kind: 'entity', id: from }).edges].sort();
  if ([...path.allEdges].every((edge) => ownLinks.includes(edge)))
    throw new Error("the path should reach beyond Chávez's own links");

  await openExplorer(page);
  await select(page, 'Hugo Chávez');
  await pathTo(page, 'Rostec');
  await expect(listedSteps(page)).toHaveCount(path.steps.length);
  await expect.poll(() => lit(page)).toEqual([...path.allEdges].sort());

  const clear = page.getByRole('button', { name: 'Clear path' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('path-steps')).toHaveCount(0);
  await expect(page.getByTestId('path-message')).toHaveCount(0);
  await expect(clear).toHaveCount(0);
  await expect.poll(() => lit(page)).toEqual(ownLinks);
  await expect(page.getByRole('checkbox', { name: 'Follow the arrows' })).toBeDisabled();
});
