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

/** Node numbers along the path of least total weight (Dijkstra with a binary heap), or null if there is none. */
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
  const distance = new Float64Array(n).fill(Infinity);
  const previous = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  // A heap of (distance, node) entries; a node may sit in it more than once, its stale entries skipped.
  const heapKey = new Float64Array(link.length + 1);
  const heapNode = new Int32Array(link.length + 1);
  let size = 0;
  const push = (key: number, node: number) => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapKey[parent]! <= key) break;
      heapKey[i] = heapKey[parent]!;
      heapNode[i] = heapNode[parent]!;
      i = parent;
    }
    heapKey[i] = key;
    heapNode[i] = node;
  };
  const pop = (): number => {
    const top = heapNode[0]!;
    const key = heapKey[--size]!;
    const node = heapNode[size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && heapKey[child + 1]! < heapKey[child]!) child++;
      if (heapKey[child]! >= key) break;
      heapKey[i] = heapKey[child]!;
      heapNode[i] = heapNode[child]!;
      i = child;
    }
    heapKey[i] = key;
    heapNode[i] = node;
    return top;
  };
  distance[start] = 0;
  push(0, start);
  while (size > 0) {
    const u = pop();
    if (done[u]) continue;
    done[u] = 1;
    if (u === end) break;
    for (let k = first[u]!; k < first[u + 1]!; k++) {
      if (!allowed[link[k]!] || (directed && !leaves[k])) continue;
      const v = other[k]!;
      const through = distance[u]! + weight[link[k]!]!;
      if (through < distance[v]!) {
        distance[v] = through;
        previous[v] = u;
        push(through, v);
      }
    }
  }
  if (!done[end]) return null;
  const nodes = [end];
  while (nodes[nodes.length - 1] !== start) nodes.push(previous[nodes[nodes.length - 1]!]!);
  return nodes.reverse();
}
