// The graph's entities and relations numbered in its own iteration order (the order the time index and the canvas
// scene use too), with each relation's ends as numbers. Built once per graph, so a filter that runs many times a
// second (a time brush) walks typed arrays instead of asking the graph about each link.
import type { StoryGraph } from './graph';
import type { Entity, Relation } from './schema';

export interface GraphNumbers {
  nodeKeys: readonly string[];
  entities: readonly Entity[];
  edgeKeys: readonly string[];
  relations: readonly Relation[];
  /** Node numbers of each relation's ends. */
  source: Int32Array;
  target: Int32Array;
  /** Links at each entity (a self-loop counts twice): an entity with none is never an orphan. */
  degree: Int32Array;
}

const byGraph = new WeakMap<StoryGraph, GraphNumbers>();

export function graphNumbers(graph: StoryGraph): GraphNumbers {
  let numbers = byGraph.get(graph);
  if (numbers) return numbers;
  const nodeKeys: string[] = [];
  const entities: Entity[] = [];
  const numberOf = new Map<string, number>();
  graph.forEachNode((key, entity) => {
    numberOf.set(key, nodeKeys.length);
    nodeKeys.push(key);
    entities.push(entity);
  });
  const edgeKeys: string[] = [];
  const relations: Relation[] = [];
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  const degree = new Int32Array(graph.order);
  graph.forEachEdge((key, relation, from, to) => {
    const j = edgeKeys.length;
    source[j] = numberOf.get(from)!;
    target[j] = numberOf.get(to)!;
    degree[source[j]!]!++;
    degree[target[j]!]!++;
    edgeKeys.push(key);
    relations.push(relation);
  });
  numbers = { nodeKeys, entities, edgeKeys, relations, source, target, degree };
  byGraph.set(graph, numbers);
  return numbers;
}

/** Records the numbers of a graph made alongside it (buildGraphInSlices), so that no first filter waits for them. */
export function rememberGraphNumbers(graph: StoryGraph, numbers: GraphNumbers): void {
  byGraph.set(graph, numbers);
}

/** Masks (1 per item number) of the sets the filters make: a brush step reads them by number, not by key. */
const masks = new WeakMap<ReadonlySet<string>, { graph: StoryGraph; mask: Uint8Array }>();

/** Records that `set` holds exactly the items of `graph` whose number is 1 in `mask` (neither changes after). */
export function rememberMask(set: ReadonlySet<string>, graph: StoryGraph, mask: Uint8Array): void {
  masks.set(set, { graph, mask });
}

/** The mask recorded for `set` over `graph`'s numbers, if any. */
export function maskOf(set: ReadonlySet<string>, graph: StoryGraph): Uint8Array | undefined {
  const entry = masks.get(set);
  return entry && entry.graph === graph ? entry.mask : undefined;
}
