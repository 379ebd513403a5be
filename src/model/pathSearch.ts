// The two searches behind "Path to…", over the typed arrays of pathIndex.ts and a mask of the links allowed.
// Our own rather than graphology-shortest-path's: the library walks a graphology graph, so keeping to the allowed
// links meant copying the graph at each search, and its single-source lengths (needed for every shortest path) are
// objects keyed by node. At 50k nodes and 100k links the old way took 1.4–2.8 s a search; this takes a few
// milliseconds (bench/paths.ts, bench/README.md). paths.equivalence.test.ts checks it against the library.
import type { PathIndex } from './pathIndex';

export interface ShortestLayers {
  /** Steps from the start to each node reached before the end was (-1: not reached). */
  fromStart: Int32Array;
  /** Steps to the end, for the nodes on some shortest path only (-1 elsewhere). */
  toEnd: Int32Array;
  length: number;
}

/**
 * Breadth-first from the start until the end is reached, then back from the end over the nodes on some shortest
 * path: a node v found at d steps from the end is on one exactly when fromStart[v] + d equals the length, and only
 * such nodes lead on to others that are (a node before v on a shortest path is one step nearer the start).
 */
export function shortestLayers(
  index: PathIndex,
  allowed: Uint8Array,
  start: number,
  end: number,
  directed: boolean,
): ShortestLayers | null {
  const { first, link, other, leaves } = index;
  const n = first.length - 1;
  const fromStart = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  fromStart[start] = 0;
  queue[0] = start;
  let head = 0;
  let tail = 1;
  search: while (head < tail) {
    const u = queue[head++]!;
    for (let k = first[u]!; k < first[u + 1]!; k++) {
      if (!allowed[link[k]!] || (directed && !leaves[k])) continue;
      const v = other[k]!;
      if (fromStart[v] !== -1) continue;
      fromStart[v] = fromStart[u]! + 1;
      if (v === end) break search;
      queue[tail++] = v;
    }
  }
  const length = fromStart[end]!;
  if (length === -1) return null;
  const toEnd = new Int32Array(n).fill(-1);
  toEnd[end] = 0;
  queue[0] = end;
  head = 0;
  tail = 1;
  while (head < tail) {
    const u = queue[head++]!;
    if (u === start) continue;
    for (let k = first[u]!; k < first[u + 1]!; k++) {
      // Walking back towards the start: against the arrows when following them.
      if (!allowed[link[k]!] || (directed && leaves[k])) continue;
      const v = other[k]!;
      if (toEnd[v] !== -1 || fromStart[v] === -1 || fromStart[v]! + toEnd[u]! + 1 !== length) continue;
      toEnd[v] = toEnd[u]! + 1;
      queue[tail++] = v;
    }
  }
  return { fromStart, toEnd, length };
}

/** A binary heap of (distance, node) entries; a node may sit in it more than once, its stale entries skipped. */
class Heap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  /** The smallest distance in the heap (Infinity when empty): no node left to settle is nearer. */
  top(): number {
    return this.size > 0 ? this.keys[0]! : Infinity;
  }

  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0]!;
    const key = keys[--this.size]!;
    const node = nodes[this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      nodes[i] = nodes[child]!;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    return top;
  }
}

/** One direction of the search: distances from its end, the node each was reached from, and what is settled. */
interface Side {
  distance: Float64Array;
  previous: Int32Array;
  done: Uint8Array;
  heap: Heap;
  /** Walking back from the path's end: against the arrows when following them. */
  backward: boolean;
}

/**
 * Node numbers along the path of least total weight, or null if there is none. Dijkstra from both ends at once,
 * each time settling on the side whose nearest unsettled node is nearer, until the two nearest together are no
 * nearer than the best meeting found: two half-radius searches instead of one (graphology's dijkstra.bidirectional
 * does the same; searching from the start alone was 3–4 times slower at 50k nodes).
 */
export function lightestPath(
  index: PathIndex,
  allowed: Uint8Array,
  weight: Float64Array,
  start: number,
  end: number,
  directed: boolean,
): number[] | null {
  const { first, link, other, leaves } = index;
  const n = first.length - 1;
  const side = (origin: number, backward: boolean): Side => {
    const distance = new Float64Array(n).fill(Infinity);
    distance[origin] = 0;
    const heap = new Heap(link.length + 1);
    heap.push(0, origin);
    return { distance, previous: new Int32Array(n).fill(-1), done: new Uint8Array(n), heap, backward };
  };
  const ahead = side(start, false);
  const back = side(end, true);
  let best = Infinity;
  let meeting = -1;
  while (ahead.heap.size > 0 && back.heap.size > 0 && ahead.heap.top() + back.heap.top() < best) {
    const [near, far] = ahead.heap.top() <= back.heap.top() ? [ahead, back] : [back, ahead];
    const u = near.heap.pop();
    if (near.done[u]) continue;
    near.done[u] = 1;
    for (let k = first[u]!; k < first[u + 1]!; k++) {
      if (!allowed[link[k]!] || (directed && leaves[k] === (near.backward ? 1 : 0))) continue;
      const v = other[k]!;
      const through = near.distance[u]! + weight[link[k]!]!;
      if (through < near.distance[v]!) {
        near.distance[v] = through;
        near.previous[v] = u;
        near.heap.push(through, v);
      }
      // Met the other side: a path through v (its chains on both sides are of settled nodes, so they stay).
      if (near.distance[v]! + far.distance[v]! < best) {
        best = near.distance[v]! + far.distance[v]!;
        meeting = v;
      }
    }
  }
  if (meeting === -1) return null;
  const nodes: number[] = [];
  for (let v = meeting; v !== -1; v = ahead.previous[v]!) nodes.push(v);
  nodes.reverse();
  for (let v = back.previous[meeting]!; v !== -1; v = back.previous[v]!) nodes.push(v);
  return nodes;
}
