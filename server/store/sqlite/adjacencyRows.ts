// The adjacency rows and the counts by type of an import, in the tables' key order, made from the import's shape
// (importGraph.ts) in slices of about SLICE rows: the writer writes one slice a transaction. Pure work on typed
// arrays, so it can run in a thread of its own (adjacencyHelper.ts) while the writer writes the slices before.
import { OUTGOING } from '../adjacencyFlags';
import { endsByEntity, type ImportGraph } from './importGraph';

/** Rows per slice (per transaction), so the write-ahead log can be folded back between them. */
export const SLICE = 100_000;
/** Entities with more adjacency rows than this keep their counts by type (sqliteStore.ts counts the others). */
const COUNTS_FROM = 64;
/** A pair of type codes as one number to sort by: the relation type's code times this, plus the entity type's. */
const PAIR = 2 ** 24;

/** Numbers in each row of `AdjacencySlice.rows`; entities and relations by position in the import. */
export const ROW = [
  'entity',
  'neighbourDegree',
  'neighbour',
  'relation',
  'relationType',
  'neighbourType',
  'flags',
  'origins',
];
/** Numbers in each row of `AdjacencySlice.counts`. */
export const COUNT = ['entity', 'relationType', 'neighbourType', 'count'];

export interface AdjacencySlice {
  rows: Int32Array;
  counts: Int32Array;
}

/** What the rows are made from: the import's shape, each array exactly as long as its count, and the type codes. */
export interface AdjacencyInput {
  entityCount: number;
  relationCount: number;
  source: Int32Array<ArrayBuffer>;
  target: Int32Array<ArrayBuffer>;
  degree: Int32Array<ArrayBuffer>;
  relationType: Uint16Array<ArrayBuffer>;
  entityType: Uint16Array<ArrayBuffer>;
  flags: Uint8Array<ArrayBuffer>;
  origins: Int32Array<ArrayBuffer>;
  /** The store's code of each relation type and entity type, by the import's own code. */
  relationCode: Int32Array<ArrayBuffer>;
  entityCode: Int32Array<ArrayBuffer>;
  /** Rows per slice, SLICE unless told (tests take smaller ones). */
  sliceRows?: number;
}

/** A copy of the graph's arrays, cut to their counts (to hand to another thread without taking them away). */
export function adjacencyInput(
  graph: ImportGraph,
  relationCode: Int32Array<ArrayBuffer>,
  entityCode: Int32Array<ArrayBuffer>,
): AdjacencyInput {
  const { entityCount, relationCount } = graph;
  return {
    entityCount,
    relationCount,
    source: graph.source.slice(0, relationCount),
    target: graph.target.slice(0, relationCount),
    degree: graph.degree.slice(0, entityCount),
    relationType: graph.relationType.slice(0, relationCount),
    entityType: graph.entityType.slice(0, entityCount),
    flags: graph.flags.slice(0, relationCount),
    origins: graph.origins.slice(0, relationCount),
    relationCode,
    entityCode,
  };
}

/** The buffers of an input, to transfer with it. */
export const inputBuffers = (input: AdjacencyInput): ArrayBuffer[] =>
  [input.source, input.target, input.degree, input.relationType, input.entityType, input.flags, input.origins].map(
    (array) => array.buffer,
  );

/**
 * Two rows per relation (one from each end; a relation to itself has one), entity by entity, each entity's rows in
 * key order; the counts of an entity with many rows by (relation type, neighbour type), also in key order.
 */
export function* adjacencySlices(input: AdjacencyInput): Generator<AdjacencySlice> {
  const { entityCount, source, target, degree, relationType, entityType, flags, origins } = input;
  const { relationCode, entityCode } = input;
  const { offsets, ends } = endsByEntity(input);
  const typePairs: number[] = [];
  for (let e = 0; e < entityCount;) {
    const first = e;
    const stop = offsets[e]! + (input.sliceRows ?? SLICE);
    while (e < entityCount && offsets[e]! < stop) e++;
    const rows = new Int32Array((offsets[e]! - offsets[first]!) * ROW.length);
    let counts = new Int32Array(1024);
    let row = 0;
    let count = 0;
    for (let entity = first; entity < e; entity++) {
      typePairs.length = 0;
      for (let at = offsets[entity]!; at < offsets[entity + 1]!; at++) {
        const end = ends[at]!;
        const r = end >> 1;
        const outgoing = (end & 1) === 0;
        const neighbour = outgoing ? target[r]! : source[r]!;
        const relationTypeCode = relationCode[relationType[r]!]!;
        const neighbourTypeCode = entityCode[entityType[neighbour]!]!;
        rows[row++] = entity;
        rows[row++] = degree[neighbour]!;
        rows[row++] = neighbour;
        rows[row++] = r;
        rows[row++] = relationTypeCode;
        rows[row++] = neighbourTypeCode;
        rows[row++] = flags[r]! | (outgoing ? OUTGOING : 0);
        rows[row++] = origins[r]!;
        typePairs.push(relationTypeCode * PAIR + neighbourTypeCode);
      }
      // Few rows are counted as fast as their counts are read: only entities with many keep counts.
      if (typePairs.length <= COUNTS_FROM) continue;
      typePairs.sort((a, b) => a - b);
      for (let i = 0; i < typePairs.length;) {
        let j = i + 1;
        while (j < typePairs.length && typePairs[j] === typePairs[i]) j++;
        if (count + COUNT.length > counts.length) {
          const bigger = new Int32Array(counts.length * 2);
          bigger.set(counts);
          counts = bigger;
        }
        counts[count++] = entity;
        counts[count++] = Math.floor(typePairs[i]! / PAIR);
        counts[count++] = typePairs[i]! % PAIR;
        counts[count++] = j - i;
        i = j;
      }
    }
    yield { rows, counts: counts.slice(0, count) };
  }
}
