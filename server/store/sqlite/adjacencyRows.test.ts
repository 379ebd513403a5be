import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/model/seededRandom';
import { OUTGOING } from '../adjacencyFlags';
import { type AdjacencyRows, adjacencyHelper, adjacencyInThread } from './adjacencyHelper';
import { type AdjacencySlice, adjacencyInput, adjacencySlices } from './adjacencyRows';
import { ImportGraph } from './importGraph';

const RELATION_TYPES = ['owns', 'knows', 'pays'];
const ENTITY_TYPES = ['person', 'organization'];
/** The store's codes of the types, unlike the import's own (0, 1, …), so a row with the wrong one shows. */
const relationCode = Int32Array.from(RELATION_TYPES, (_, i) => 10 + i);
const entityCode = Int32Array.from(ENTITY_TYPES, (_, i) => 20 + i);

/** A skewed graph with a hub of more than 64 rows (which keeps counts), repeated pairs and loops. */
function graph(): ImportGraph {
  const random = seededRandom(5);
  const built = new ImportGraph();
  const entities = 80;
  for (let e = 0; e < entities; e++) built.addEntity(ENTITY_TYPES[e % 3 ? 0 : 1]!);
  const pick = () => Math.floor(random() ** 2 * entities);
  for (let r = 0; r < 600; r++) {
    const source = r % 5 === 0 ? 7 : pick();
    const target = r % 41 === 0 ? source : pick();
    built.addRelation(source, target, RELATION_TYPES[r % 3]!, r % 4, r % 3);
  }
  return built;
}

/** Every row, found by listing both ends of each relation and sorting by the key. */
function expectedRows(built: ImportGraph): number[][] {
  const rows: number[][] = [];
  for (let r = 0; r < built.relationCount; r++) {
    const [source, target] = [built.source[r]!, built.target[r]!];
    const row = (entity: number, neighbour: number, outgoing: boolean) => [
      entity,
      built.degree[neighbour]!,
      neighbour,
      r,
      10 + built.relationType[r]!,
      20 + built.entityType[neighbour]!,
      built.flags[r]! | (outgoing ? OUTGOING : 0),
      built.origins[r]!,
    ];
    rows.push(row(source, target, true));
    if (target !== source) rows.push(row(target, source, false));
  }
  return rows.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]! || a[3]! - b[3]!);
}

/** The counts by (relation type, neighbour type) of each entity with more than 64 rows, counted from the rows. */
function expectedCounts(rows: number[][]): number[][] {
  const perEntity = new Map<number, number>();
  for (const row of rows) perEntity.set(row[0]!, (perEntity.get(row[0]!) ?? 0) + 1);
  const counts = new Map<string, number[]>();
  for (const row of rows) {
    if (perEntity.get(row[0]!)! <= 64) continue;
    const key = `${row[0]} ${row[4]} ${row[5]}`;
    const count = counts.get(key) ?? [row[0]!, row[4]!, row[5]!, 0];
    count[3]! += 1;
    counts.set(key, count);
  }
  return [...counts.values()].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
}

/** Slices of about 50 rows, so there are many. */
const input = (built: ImportGraph) => ({ ...adjacencyInput(built, relationCode, entityCode), sliceRows: 50 });

const chunks = (values: Int32Array, width: number) =>
  Array.from({ length: values.length / width }, (_, i) => [...values.subarray(i * width, (i + 1) * width)]);

function all(slices: AdjacencySlice[]): { rows: number[][]; counts: number[][] } {
  return {
    rows: slices.flatMap((slice) => chunks(slice.rows, 8)),
    counts: slices.flatMap((slice) => chunks(slice.counts, 4)),
  };
}

function take(rows: AdjacencyRows): AdjacencySlice[] {
  const taken: AdjacencySlice[] = [];
  for (let slice = rows.next(); slice; slice = rows.next()) taken.push(slice);
  return taken;
}

describe('adjacency rows', () => {
  it('are every end of every relation in key order, with the counts of entities with many rows', () => {
    const built = graph();
    const slices = [...adjacencySlices(input(built))];
    const rows = expectedRows(built);
    expect(all(slices)).toEqual({ rows, counts: expectedCounts(rows) });
    expect(expectedCounts(rows).length).toBeGreaterThan(0);
    // Slices end between entities, so each entity's rows and counts are written in one transaction.
    const firstEntities = slices.slice(1).map((slice) => slice.rows[0]);
    slices.slice(0, -1).forEach((slice, i) => expect(slice.rows.at(-8)).toBeLessThan(firstEntities[i]!));
  });

  it('come the same from the helper thread, which also lets go of an import whose rows were not all taken', () => {
    const built = graph();
    const make = adjacencyHelper();
    const fromThread = take(adjacencyInThread(input(built)));
    expect(fromThread.length).toBeGreaterThan(10);
    // The helper makes a few slices ahead, then waits for them to be taken: the writer stops after one.
    const abandoned = make(input(built));
    abandoned.next();
    abandoned.stop();
    expect(all(take(make(input(built))))).toEqual(all(fromThread));
  });
});
