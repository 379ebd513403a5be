// `npm run story:layout`: stores the force-directed layout of each bundled story in its file (entity positions), so
// the app opens the story without laying it out (~0.2 s) and shows the same picture on every visit. Run it after
// adding or removing entities; a unit test (src/io/graphData.test.ts) says so when a position is missing.
// The layout's randomness is seeded: the same story gives the same file. A last pass makes room for the names
// (src/view/labelRoom.ts): no full name, centred below its node, overlaps another name or a node.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset, formatProblems } from '../src/io/validate';
import { buildGraph, nodeKey } from '../src/model/graph';
import { headlessPositions } from '../src/view/cytoscape/headlessLayout';
import { seededRandom } from '../src/model/seededRandom';
import { DEFAULT_APPEARANCE, encodeNodes } from '../src/appearance/appearance';
import { makeRoomForLabels } from '../src/view/labels/labelRoom';

const round = (value: number) => Math.round(value * 10) / 10;
const TRIES = 24;

function withRandom<T>(random: () => number, run: () => T): T {
  const original = Math.random;
  Math.random = random;
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

/** How far, in all, making room for the names moved the nodes: the less, the more the layout stays as fcose drew it. */
function displacement(before: Map<string, { x: number; y: number }>, after: Map<string, { x: number; y: number }>) {
  let total = 0;
  for (const [key, p] of before) total += Math.hypot(after.get(key)!.x - p.x, after.get(key)!.y - p.y);
  return total;
}

for (const file of readdirSync('graph-data').filter((f) => f.endsWith('.json'))) {
  const path = join('graph-data', file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as {
    entities: { id: string; position?: { x: number; y: number } }[];
  };
  // Laid out afresh, not from the positions already stored.
  for (const entity of json.entities) delete entity.position;
  const checked = validateDataset(json);
  if (!checked.ok) throw new Error(`${path} does not match the data format:\n${formatProblems(checked.problems)}`);
  const graph = buildGraph(checked.dataset);
  // fcose starts from random positions, and its nodes do not know how long their names are: of a few seeded runs,
  // the one that needs the least moving to make room for every name (labelRoom.ts), with the room made.
  const look = encodeNodes(graph, DEFAULT_APPEARANCE).look;
  let positions = new Map<string, { x: number; y: number }>();
  let best = Infinity;
  for (let seed = 1; seed <= TRIES; seed++) {
    const drawn = withRandom(seededRandom(seed), () => headlessPositions(graph, 'fcose'));
    const roomy = makeRoomForLabels(
      [...drawn].map(([key, p]) => ({ id: key, ...p, size: look(key).size, label: look(key).label })),
    );
    const moved = displacement(drawn, roomy);
    if (moved < best) [best, positions] = [moved, roomy];
  }
  for (const entity of json.entities) {
    const p = positions.get(nodeKey(entity.id))!;
    entity.position = { x: round(p.x), y: round(p.y) };
  }
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`${path}: ${json.entities.length} positions written`);
}
