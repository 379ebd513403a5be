// Following a connection like a reader: the neighbourhood of an entity, and the path from one entity to another
// with each step's evidence. Expectations are facts of the bundled story (graph-data/venezuela-military-aid.json),
// worked out apart from the app's code: counted by hand and by a breadth-first walk over the file's source and target ids
// (origins as docs/data-format.md defines them), then written here; on the 10k import, by a walk in this file.
import { expect, test, type Page } from '@playwright/test';
import { bundledStory, countsText, openExplorer, screenshot } from './helpers';
import { syntheticGraph } from '../bench/generate';

const story = bundledStory();
/** The story's relation with this id (failing loudly if the file no longer has it). */
const relation = (id: string) => {
  const found = story.relations.find((r) => r.id === id);
  if (!found) throw new Error(`the story has no relation ${id}`);
  return found;
};
const labelOf = (id: string) => story.entities.find((e) => e.id === id)!.label;

/**
 * Chávez to Rostec, ignoring direction: one shortest path, of three steps. Chávez acquired the Su-30MK2, which
 * Maduro's letter to Putin mentions, and the letter names Rostec. Rostec's only link is that request (modality
 * "requested"), so no path reaches it over links that pass the evidence rules.
 */
const CHAVEZ_TO_ROSTEC = ['chavez-acquired-su-30mk2', 'letter-to-putin-su-30mk2', 'letter-to-putin-rostec'];
/** Chávez's own links (the four with "chavez" at one end). */
const CHAVEZ_LINKS = [
  'chavez-acquired-chavez-era-missiles',
  'chavez-acquired-russian-helicopters',
  'chavez-acquired-su-30mk2',
  'chavez-led-venezuela',
];
/** Maduro's own links (the fourteen with "maduro" at one end). */
const MADURO_LINKS = [
  'maduro-asked-chinese-companies',
  'maduro-close-ties-china',
  'maduro-close-ties-russia',
  'maduro-commented-russia',
  'maduro-commented-united-states',
  'maduro-leads-ve-government',
  'maduro-leads-venezuela',
  'maduro-met-putin-2019',
  'maduro-requested-aid-china',
  'maduro-requested-aid-iran',
  'maduro-requested-aid-russia',
  'maduro-signed-treaty',
  'maduro-wrote-letter-to-putin',
  'maduro-wrote-letter-to-xi',
];

/** The links drawn lit, sorted. */
const lit = (page: Page) => page.evaluate(() => window.__graphView!.highlightedKeys().edges.sort());

async function select(page: Page, label: string) {
  await page.getByTestId('search-input').fill(label);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('entity-details').getByRole('heading', { level: 2 })).toHaveText(label);
}

test('a path between two story entities is listed step by step with its evidence and weakest link', async ({
  page,
}) => {
  const from = 'Hugo Chávez';
  await openExplorer(page);
  await select(page, from);
  const pathTo = page.getByTestId('path-to');
  await pathTo.fill('rostec');
  await pathTo.press('ArrowDown');
  await pathTo.press('Enter');

  const steps = page.getByTestId('path-steps').getByRole('listitem');
  await expect(steps).toHaveCount(CHAVEZ_TO_ROSTEC.length);
  // Each step reads from its link's source: Chávez, then the letter twice.
  for (const [i, id] of CHAVEZ_TO_ROSTEC.entries()) {
    await expect(steps.nth(i)).toContainText(`${labelOf(relation(id).source)} — `);
    await expect(steps.nth(i)).toContainText(/independent origin/);
  }
  await expect(page.getByTestId('path-steps').getByText('weakest link')).toHaveCount(1);
  await expect.poll(() => lit(page)).toEqual([...CHAVEZ_TO_ROSTEC].sort());
  await screenshot(page, '13-path');

  // Over the evidence only, the requested links drop out: the story has no such path, and says so.
  await page.getByRole('checkbox', { name: /Only links that pass the evidence rules/ }).check();
  await expect(page.getByTestId('path-message')).toContainText(
    'No path links them over links that pass the evidence rules',
  );
  await expect(steps).toHaveCount(0);
  // Asking for two independent origins per link only narrows them further: still no path.
  await page.getByTestId('path-min-origins').selectOption('2');
  await expect(page.getByTestId('path-message')).toContainText('No path links them');
  await expect(steps).toHaveCount(0);
});

test('an ego view shows what lies within k steps, counted in the status line, and grows on expand', async ({
  page,
}) => {
  const centre = 'Ramón Celestino Velásquez';
  // Counted over the file: Velásquez has 10 neighbours (11 entities with him) and 13 links among those 11; within
  // two steps lie 27 entities with 50 links among them. His links all start from him, so following only outgoing
  // links gives the same 11. Moscow, one of his neighbours, adds one entity of its own.
  const within = { 1: { entities: 11, relations: 13 }, 2: { entities: 27, relations: 50 } } as const;
  const [outgoing, grown] = [11, 12];
  await openExplorer(page);
  await select(page, centre);
  for (const hops of [1, 2] as const) {
    await page.getByTestId('hops').selectOption(String(hops));
    await expect(page.getByTestId('graph-counts')).toHaveText(
      countsText({
        visibleEntities: within[hops].entities,
        totalEntities: story.entities.length,
        visibleRelations: within[hops].relations,
        totalRelations: story.relations.length,
      }),
    );
  }
  await page.getByTestId('hops').selectOption('1');
  await page.getByTestId('hops-direction').selectOption('out');
  await expect(page.getByTestId('graph-counts')).toContainText(`${outgoing} of ${story.entities.length} entities`);

  // Expanding a neighbour (from the keyboard, by its button) adds its own neighbours.
  await page.getByTestId('hops-direction').selectOption('both');
  const neighbour = story.entities.find((e) => e.label === 'Moscow')!;
  await select(page, neighbour.label);
  await page.getByRole('button', { name: `Add the neighbours of ${neighbour.label}` }).click();
  await expect(page.getByTestId('graph-counts')).toContainText(`${grown} of ${story.entities.length} entities`);
  await screenshot(page, '14-ego');
  // Collapsing it takes its neighbours away again.
  await page.getByRole('list', { name: 'Expanded entities' }).getByRole('button', { name: 'Collapse' }).click();
  await expect(page.getByTestId('graph-counts')).toContainText(
    `${within[1].entities} of ${story.entities.length} entities`,
  );

  await page.getByTestId('hops').selectOption('0');
  await expect(page.getByTestId('graph-counts')).toContainText(
    `${story.entities.length} of ${story.entities.length} entities`,
  );
});

test('on a 10k-node import, a path between two entities is found, listed and highlighted', async ({ page }) => {
  test.setTimeout(120_000);
  const file = syntheticGraph(10_000, 5);
  const nodes = file.elements.nodes;
  const [from, to] = [nodes[0]!, nodes[nodes.length - 1]!];
  const expected = shortestPaths(
    file.elements.edges.map((e) => e.data as { id: string; source: string; target: string }),
    from.data.id!,
    to.data.id!,
  );
  if (!expected) throw new Error('the generated graph should link its first and last nodes');

  await openExplorer(page);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'ten-k.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('graph-counts')).toContainText('10000 of 10000 entities', { timeout: 60_000 });
  await select(page, from.data.label!);
  await page.getByTestId('path-to').fill(to.data.label!);
  await page.getByTestId('path-to').press('Enter');
  await expect(page.getByTestId('path-steps').getByRole('listitem')).toHaveCount(expected.length, {
    timeout: 30_000,
  });
  await expect.poll(() => lit(page)).toEqual(expected.edges);
});

/**
 * Every shortest path between two nodes, ignoring direction, by two breadth-first walks over the file's links
 * (written here, apart from the app's path search): its length, and the links on any such path, sorted.
 */
function shortestPaths(links: { id: string; source: string; target: string }[], from: string, to: string) {
  const around = new Map<string, string[]>();
  for (const { source, target } of links) {
    around.set(source, [...(around.get(source) ?? []), target]);
    around.set(target, [...(around.get(target) ?? []), source]);
  }
  const stepsFrom = (start: string) => {
    const steps = new Map([[start, 0]]);
    const queue = [start];
    for (let i = 0; i < queue.length; i++)
      for (const next of around.get(queue[i]!) ?? [])
        if (!steps.has(next)) {
          steps.set(next, steps.get(queue[i]!)! + 1);
          queue.push(next);
        }
    return steps;
  };
  const [fromStart, fromEnd] = [stepsFrom(from), stepsFrom(to)];
  const length = fromStart.get(to);
  if (length === undefined) return null;
  const on = (a: string, b: string) => fromStart.get(a)! + 1 + fromEnd.get(b)! === length;
  const edges = links
    .filter(({ source, target }) => fromStart.has(source) && (on(source, target) || on(target, source)))
    .map((l) => l.id)
    .sort();
  return { length, edges };
}

/** Asks for a path from the selected entity to the one with this name. */
async function pathTo(page: Page, label: string) {
  await page.getByTestId('path-to').fill(label);
  await page.getByTestId('path-to').press('Enter');
  await expect(page.getByTestId('path-message')).toContainText(`to ${label}`);
}

const listedSteps = (page: Page) => page.getByTestId('path-steps').getByRole('listitem');

test('"Follow the arrows" keeps only paths along the links\' direction: a longer one, or none and a message', async ({
  page,
}) => {
  // Putin reaches Venezuela in two steps ignoring direction (through Russia or through Maduro), and in three along
  // the arrows: Putin leads Russia, Russia commented on the United States, which sanctioned or pressured Venezuela.
  const along = {
    through: ['Vladimir Putin', 'Russia', 'United States'],
    edges: [
      'putin-leads-russia',
      'russia-commented-united-states',
      'us-pressured-venezuela',
      'us-sanctioned-venezuela',
    ],
  };
  // Chávez is two steps from Maduro (both lead Venezuela), but no arrows lead from Maduro to him.
  const maduroToChavez = 2;

  await openExplorer(page);
  await select(page, 'Vladimir Putin');
  await pathTo(page, 'Venezuela');
  await expect(listedSteps(page)).toHaveCount(2);
  const follow = page.getByRole('checkbox', { name: 'Follow the arrows' });
  await follow.focus();
  await page.keyboard.press('Space');
  await expect(follow).toBeChecked();
  await expect(listedSteps(page)).toHaveCount(along.through.length);
  // Each step is read along its arrow, from the entity the path has reached so far.
  for (const [i, label] of along.through.entries()) await expect(listedSteps(page).nth(i)).toContainText(`${label} — `);
  await expect.poll(() => lit(page)).toEqual(along.edges);

  // From Maduro, Chávez is two steps away ignoring direction, and out of reach along the arrows.
  await page.getByRole('button', { name: 'Clear path' }).click();
  await select(page, 'Nicolás Maduro');
  await pathTo(page, 'Hugo Chávez');
  await expect(listedSteps(page)).toHaveCount(maduroToChavez);
  await follow.check();
  await expect(page.getByTestId('path-message')).toHaveText(
    'No path links them following the arrows among the links shown.',
  );
  await expect(listedSteps(page)).toHaveCount(0);
  // Nothing of the path stays lit: only Maduro's own links, as for any selection.
  await expect.poll(() => lit(page)).toEqual(MADURO_LINKS);
  await follow.uncheck();
  await expect(listedSteps(page)).toHaveCount(maduroToChavez);
});

test('"Best-supported" lists the path whose weakest link has more independent origins, and flags that link', async ({
  page,
}) => {
  // Fewest steps: the letter addressed to Putin, which Velásquez carried; both links rest on the US documents
  // alone (one origin). Best-supported: three links of two origins each, through Russia and Velásquez's unnamed
  // Russian counterpart (Putin leads Russia: article-001 and Cetiner; the counterpart's office and the meeting:
  // Russian authorities and the US documents). A link weighs one over its origins (docs/user-guide.md), so the
  // path weighs 3 × 1/2; a walk over every path weighing no more finds no other.
  const fewest = 2;
  const counterpart = 'Russian transport counterpart (unnamed)';
  const best = {
    readings: [
      'Vladimir Putin — leads — Russia',
      `${counterpart} — holds office in — Russia`,
      `Ramón Celestino Velásquez — met with — ${counterpart}`,
    ],
    edges: ['putin-leads-russia', 'russian-counterpart-office', 'velasquez-met-russian-counterpart'],
    origins: [2, 2, 2],
  };

  /** The independent origins each listed step shows. */
  const listedOrigins = async () =>
    (await listedSteps(page).allTextContents()).map((text) => Number(/(\d+) independent origin/.exec(text)?.[1] ?? 0));
  await openExplorer(page);
  await select(page, 'Vladimir Putin');
  await pathTo(page, 'Ramón Celestino Velásquez');
  await expect(listedSteps(page)).toHaveCount(fewest);
  expect(await listedOrigins()).toEqual([1, 1]);

  const bestSupported = page.getByRole('checkbox', { name: /Best-supported path/ });
  await bestSupported.focus();
  await page.keyboard.press('Space');
  await expect(listedSteps(page)).toHaveCount(best.readings.length);
  for (const [i, reading] of best.readings.entries()) await expect(listedSteps(page).nth(i)).toContainText(reading);
  expect(await listedOrigins()).toEqual(best.origins);
  // The weakest link is flagged once, on a step with the fewest origins of the path.
  const flagged = listedSteps(page).filter({ hasText: 'weakest link' });
  await expect(flagged).toHaveCount(1);
  expect(Number(/(\d+) independent origin/.exec((await flagged.textContent()) ?? '')?.[1])).toBe(2);
  await expect.poll(() => lit(page)).toEqual(best.edges);
  await screenshot(page, 'path-best-supported');
});

test('"Clear path" takes away the steps and the path\'s highlight, leaving the selection\'s links lit', async ({
  page,
}) => {
  // The path reaches beyond Chávez's own links: two of its three are the letter's.
  await openExplorer(page);
  await select(page, 'Hugo Chávez');
  await pathTo(page, 'Rostec');
  await expect(listedSteps(page)).toHaveCount(CHAVEZ_TO_ROSTEC.length);
  await expect.poll(() => lit(page)).toEqual([...CHAVEZ_TO_ROSTEC].sort());

  const clear = page.getByRole('button', { name: 'Clear path' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('path-steps')).toHaveCount(0);
  await expect(page.getByTestId('path-message')).toHaveCount(0);
  await expect(clear).toHaveCount(0);
  await expect.poll(() => lit(page)).toEqual(CHAVEZ_LINKS);
  await expect(page.getByRole('checkbox', { name: 'Follow the arrows' })).toBeDisabled();
});
