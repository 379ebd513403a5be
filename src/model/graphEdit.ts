// The graph of an edited dataset, made from the graph of the dataset before the edit rather than built again:
// building 50,000 entities and 100,000 relations takes a third of a second, and an edit touches a few records.
//
// The earlier graph must stay as it was: an undo brings its Story back, and caches (graphNumbers, the time and
// search indexes, the drawing's remembered positions…) are keyed by the graph object. So the new graph is a new
// object that takes over the earlier one's node and edge tables and changes them, and the earlier graph gets
// tables that fill themselves, from its own dataset, the first time anything reads them. Nothing reads the earlier
// graph in the usual course (the view and the panels move on to the new one), so the rebuild is mostly never paid;
// when an undo does read it, it is exactly the graph buildGraph made.
import { MultiDirectedGraph } from 'graphology';
import { buildGraph, graphAttributes, nodeKey, type StoryGraph } from './graph';
import type { Dataset, Entity, Relation } from './schema';
import { keepLinksInDictionaries } from './dictionaryAdjacency';

/** How a list of records changed, when the change keeps buildGraph's order: or null when it does not. */
interface ListChange<T> {
  /** Records at the same place with the same id, but another object. */
  replaced: T[];
  /** Ids of records gone. */
  removed: string[];
  /** Records new at the end. */
  appended: T[];
}

/**
 * Compares by object identity (edits keep untouched records as the same objects). Null when the records kept
 * changed order, or one changed its id: the graph's iteration order would then differ from a fresh build's.
 */
function listChange<T extends { id: string }>(before: readonly T[], after: readonly T[]): ListChange<T> | null {
  const change: ListChange<T> = { replaced: [], removed: [], appended: [] };
  if (before === after) return change;
  if (before.length === after.length) {
    let inStep = true;
    for (let i = 0; i < after.length && inStep; i++) {
      if (before[i] === after[i]) continue;
      if (before[i]!.id === after[i]!.id) change.replaced.push(after[i]!);
      else inStep = false;
    }
    if (inStep) return change;
    change.replaced = [];
  }
  const kept = new Set(after.map((r) => r.id));
  const known = new Set(before.map((r) => r.id));
  let p = 0;
  for (const record of after) {
    while (p < before.length && !kept.has(before[p]!.id)) change.removed.push(before[p++]!.id);
    if (p < before.length) {
      if (before[p]!.id !== record.id) return null;
      if (before[p] !== record) change.replaced.push(record);
      p++;
    } else if (known.has(record.id)) return null;
    else change.appended.push(record);
  }
  for (; p < before.length; p++) {
    if (kept.has(before[p]!.id)) return null;
    change.removed.push(before[p]!.id);
  }
  return change;
}

/** graphology's own tables (not part of its API: pinned by the unit tests, which compare with buildGraph). */
interface Tables {
  _nodes: Map<string, unknown>;
  _edges: Map<string, unknown>;
  _directedSize: number;
  _undirectedSize: number;
  _directedSelfLoopCount: number;
  _undirectedSelfLoopCount: number;
}

const COUNTERS = ['_directedSize', '_undirectedSize', '_directedSelfLoopCount', '_undirectedSelfLoopCount'] as const;

/** A Map that fills itself (through `fill`) before its first use. */
class DeferredMap<K, V> extends Map<K, V> {
  constructor(private fill: (() => void) | null) {
    super();
  }
  ready(): void {
    const fill = this.fill;
    this.fill = null;
    fill?.();
  }
  override get(key: K) {
    this.ready();
    return super.get(key);
  }
  override has(key: K) {
    this.ready();
    return super.has(key);
  }
  override set(key: K, value: V) {
    this.ready();
    return super.set(key, value);
  }
  override delete(key: K) {
    this.ready();
    return super.delete(key);
  }
  override clear() {
    this.ready();
    super.clear();
  }
  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown) {
    this.ready();
    super.forEach(callback, thisArg);
  }
  override keys() {
    this.ready();
    return super.keys();
  }
  override values() {
    this.ready();
    return super.values();
  }
  override entries() {
    this.ready();
    return super.entries();
  }
  override [Symbol.iterator]() {
    this.ready();
    return super.entries();
  }
}
// `size` is an accessor on Map.prototype, which TypeScript will not let a subclass redeclare.
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size')!.get!;
Object.defineProperty(DeferredMap.prototype, 'size', {
  get(this: DeferredMap<unknown, unknown>) {
    this.ready();
    return mapSize.call(this);
  },
});

/** Gives `graph` node and edge tables that are built from `dataset` when first read. */
function deferTables(graph: StoryGraph, dataset: Dataset): void {
  let filled = false;
  // Whichever table is read first fills both: edges point at their nodes' records.
  const fill = () => {
    if (filled) return;
    filled = true;
    const fresh = buildGraph(dataset) as unknown as Tables;
    fresh._nodes.forEach((value, key) => Map.prototype.set.call(nodes, key, value));
    fresh._edges.forEach((value, key) => Map.prototype.set.call(edges, key, value));
  };
  const nodes = new DeferredMap<string, unknown>(fill);
  const edges = new DeferredMap<string, unknown>(fill);
  const tables = graph as unknown as Tables;
  tables._nodes = nodes;
  tables._edges = edges;
}

/**
 * The graph of `after`, an edit of `before` whose graph is `graph`: equal to buildGraph(after), made by changing
 * only what the edit touched. Null when the edit reorders records (then build it afresh). `graph` keeps meaning
 * `before`'s graph (see the top of this file).
 */
export function graphAfterEdit(before: Dataset, graph: StoryGraph, after: Dataset): StoryGraph | null {
  const entities = listChange<Entity>(before.entities, after.entities);
  const relations = entities && listChange<Relation>(before.relations, after.relations);
  if (!entities || !relations) return null;
  // A replaced relation must keep its ends: moving it would move it in the edge order too.
  for (const relation of relations.replaced) {
    const edge = graph.hasEdge(relation.id) ? graph.getEdgeAttributes(relation.id) : null;
    if (!edge || edge.source !== relation.source || edge.target !== relation.target) return null;
  }

  const next: StoryGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  keepLinksInDictionaries(next);
  const from = graph as unknown as Tables;
  const to = next as unknown as Tables;
  to._nodes = from._nodes;
  to._edges = from._edges;
  for (const counter of COUNTERS) to[counter] = from[counter];
  deferTables(graph, before);

  const relationChange = { changed: [...relations.replaced, ...relations.appended], removed: relations.removed };
  next.replaceAttributes(graphAttributes(after, { dataset: before, graph, relations: relationChange }));
  for (const id of relations.removed) if (next.hasEdge(id)) next.dropEdge(id);
  for (const id of entities.removed) next.dropNode(nodeKey(id));
  for (const entity of entities.replaced) next.replaceNodeAttributes(nodeKey(entity.id), entity);
  for (const entity of entities.appended) next.addNode(nodeKey(entity.id), entity);
  for (const relation of relations.replaced) next.replaceEdgeAttributes(relation.id, relation);
  for (const relation of relations.appended) {
    next.addDirectedEdgeWithKey(relation.id, nodeKey(relation.source), nodeKey(relation.target), relation);
  }
  return next;
}
