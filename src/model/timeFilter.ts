// Which relations a time window keeps, in two modes: "happened" (the relation's own dates overlap the window) and
// "known by" (only claims whose article could have been out by the window's end count: model/publication.ts). Sorted typed arrays are built once per
// graph, so moving the window is a few binary searches and typed-array slices, not a walk over relation objects.
import type { StoryGraph } from './graph';
import type { Relation, Source } from './schema';
import { relationEvidence, type RelationEvidence } from './evidence';
import { eventRange, isoDay } from './time';
import { earliestDays } from './publication';
import { runAtOnce, runInSlices, type SlicedWork } from './timeSlices';
import { graphNumbers } from './graphNumbers';

export type TimeMode = 'happened' | 'known-by';

/** A time window in UTC day numbers (model/time.ts), both ends inclusive. */
export interface TimeFilter {
  from: number;
  to: number;
  mode: TimeMode;
  /**
   * "happened": also show relations with no date. "known by": also count claims whose article gives no
   * publication date (as if already out). Off, whatever has no date is hidden: a window cannot place it.
   */
  showUndated: boolean;
}

/** Precomputed once per graph. Relations are numbered in the graph's edge order. */
export interface TimeIndex {
  ids: readonly string[];
  numberOf: ReadonlyMap<string, number>;
  /** Dated relations sorted by first day, and separately by last day (open ends are ±Infinity). */
  byStart: Int32Array;
  starts: Float64Array;
  byEnd: Int32Array;
  ends: Float64Array;
  undated: Int32Array;
  /** First and last day per relation number (NaN when undated). */
  startOf: Float64Array;
  endOf: Float64Array;
  /** Claims whose article has an earliest day (model/publication.ts), sorted by that day. */
  claimDays: Float64Array;
  claimRelation: Int32Array;
  /** Claims whose article gives no publication date, by relation number. */
  undatedClaimRelation: Int32Array;
  /** The first day each article could have been out; absent for articles nothing dates. */
  publishedBy: ReadonlyMap<string, number>;
  /** First and last finite day among relation dates, for a time bar's axis; undefined when nothing is dated. */
  extent?: { start: number; end: number };
}

/** Index of the first element greater than `value` in an ascending array. */
function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element not less than `value` in an ascending array. */
function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SLOTS = 2 ** 21;
const FAR = 2 ** 30;

/**
 * `numbers` ordered by their `key` (whole days, or ±Infinity), and the keys in that order. Each key and position are
 * packed into one float so a native numeric sort does the work: a comparator sort of 50k items costs ten times more.
 */
function sortedBy(numbers: readonly number[], key: Float64Array): [Int32Array, Float64Array] {
  const n = numbers.length;
  const order = new Int32Array(n);
  if (n < SLOTS) {
    // Plain loops: typed arrays' from() with a mapping function is many times slower.
    const packed = new Float64Array(n);
    for (let j = 0; j < n; j++) packed[j] = (Math.max(-FAR, Math.min(FAR, key[numbers[j]!]!)) + FAR) * SLOTS + j;
    packed.sort();
    for (let j = 0; j < n; j++) order[j] = numbers[packed[j]! % SLOTS]!;
  } else {
    order.set(numbers);
    order.sort((a, b) => key[a]! - key[b]!);
  }
  const keys = new Float64Array(n);
  for (let j = 0; j < n; j++) keys[j] = key[order[j]!]!;
  return [order, keys];
}

export function buildTimeIndex(relations: readonly Relation[], sources: readonly Source[]): TimeIndex {
  return runAtOnce(timeIndexSteps(relations, sources));
}

/** How many relations between two yields of timeIndexSteps. */
const STEP = 2048;

/** buildTimeIndex as sliced work (timeSlices.ts): at 400,000 relations it held the page for 150-300 ms. */
function* timeIndexSteps(relations: readonly Relation[], sources: readonly Source[]): SlicedWork<TimeIndex> {
  const publishedBy = new Map([...earliestDays(sources)].map(([id, bound]) => [id, bound.day]));
  const n = relations.length;
  const startOf = new Float64Array(n).fill(NaN);
  const endOf = new Float64Array(n).fill(NaN);
  const dated: number[] = [];
  const undated: number[] = [];
  const claimDayList: number[] = [];
  const claimRelationList: number[] = [];
  const undatedClaims: number[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    if (i % STEP === STEP - 1) yield;
    const relation = relations[i]!;
    const range = eventRange(relation.date);
    if (range) {
      startOf[i] = range.start;
      endOf[i] = range.end;
      dated.push(i);
      for (const day of [range.start, range.end]) {
        if (Number.isFinite(day)) {
          first = Math.min(first, day);
          last = Math.max(last, day);
        }
      }
    } else undated.push(i);
    for (const claim of relation.claims) {
      const day = publishedBy.get(claim.source);
      if (day === undefined) undatedClaims.push(i);
      else {
        claimDayList.push(day);
        claimRelationList.push(i);
      }
    }
  }
  yield;
  const [byStart, starts] = sortedBy(dated, startOf);
  yield;
  const [byEnd, ends] = sortedBy(dated, endOf);
  yield;
  const [claimOrder, claimDays] = sortedBy(
    claimDayList.map((_, j) => j),
    Float64Array.from(claimDayList),
  );
  const ids = new Array<string>(n);
  const numberOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (i % STEP === STEP - 1) yield;
    ids[i] = relations[i]!.id;
    numberOf.set(ids[i]!, i);
  }
  return {
    ids,
    numberOf,
    byStart,
    starts,
    byEnd,
    ends,
    undated: Int32Array.from(undated),
    startOf,
    endOf,
    claimDays,
    claimRelation: claimOrder.map((j) => claimRelationList[j]!),
    undatedClaimRelation: Int32Array.from(undatedClaims),
    publishedBy,
    ...(first <= last ? { extent: { start: first, end: last } } : {}),
  };
}

/**
 * Per relation number: in "happened" mode 1 when shown, 0 when not; in "known by" mode how many of its claims
 * were known by the window's end (0: hidden).
 */
export function selectByTime(index: TimeIndex, filter: TimeFilter): Uint32Array {
  const out = new Uint32Array(index.ids.length);
  if (filter.mode === 'happened') {
    // Overlapping the window = dated, minus those starting after it, minus those ending before it.
    for (const i of index.byStart) out[i] = 1;
    for (let j = upperBound(index.starts, filter.to); j < index.byStart.length; j++) out[index.byStart[j]!] = 0;
    for (let j = lowerBound(index.ends, filter.from) - 1; j >= 0; j--) out[index.byEnd[j]!] = 0;
    if (filter.showUndated) for (const i of index.undated) out[i] = 1;
    return out;
  }
  const known = upperBound(index.claimDays, filter.to);
  for (let j = 0; j < known; j++) out[index.claimRelation[j]!]!++;
  if (filter.showUndated) for (const i of index.undatedClaimRelation) out[i]!++;
  return out;
}

/** Indexes (in `relation.claims`) of the claims known by the window's end; every claim in "happened" mode. */
export function claimsKnown(relation: Relation, index: TimeIndex, filter: TimeFilter): number[] {
  return relation.claims.flatMap((claim, i) => {
    if (filter.mode === 'happened') return [i];
    const day = index.publishedBy.get(claim.source);
    return (day === undefined ? filter.showUndated : day <= filter.to) ? [i] : [];
  });
}

/** What the rest of the filters see of a graph under a time window. */
export interface TimeView {
  shows(relationId: string): boolean;
  /** The relation with only the claims known in the window (the same object when all are). */
  asKnown(relation: Relation): Relation;
  /** Origins and articles of what `asKnown` returned: counts follow the claims still present. */
  evidence(relation: Relation): RelationEvidence;
}

interface GraphTime {
  index: TimeIndex;
  /** Relations cut down to their known claims, by id and how many are known (claims become known in a fixed order). */
  partial: Map<string, Relation>;
  partialEvidence: WeakMap<Relation, RelationEvidence>;
}

const byGraph = new WeakMap<StoryGraph, GraphTime>();

function graphTime(graph: StoryGraph): GraphTime {
  let time = byGraph.get(graph);
  if (!time) {
    time = { index: runAtOnce(graphTimeIndexSteps(graph)), partial: new Map(), partialEvidence: new WeakMap() };
    byGraph.set(graph, time);
  }
  return time;
}

function* graphTimeIndexSteps(graph: StoryGraph): SlicedWork<TimeIndex> {
  const relations: Relation[] = [];
  graph.forEachEdge((_key, relation) => relations.push(relation));
  yield;
  return yield* timeIndexSteps(relations, graph.getAttribute('sources'));
}

/** Builds the graph's time index in slices ahead of its first use (the time bar's, after a big graph's first frame). */
export async function prepareTimeIndexInSlices(graph: StoryGraph): Promise<void> {
  if (byGraph.has(graph)) return;
  // The relations from the graph's numbers (made with a big graph, in its order): a pass of graphology's forEachEdge
  // over 400,000 links was one step, 80-165 ms, before the model's first frame.
  const index = await runInSlices(timeIndexSteps(graphNumbers(graph).relations, graph.getAttribute('sources')));
  if (!byGraph.has(graph)) byGraph.set(graph, { index, partial: new Map(), partialEvidence: new WeakMap() });
}

/** The graph's time index, built on first use and kept while the graph lives. */
export function timeIndexOf(graph: StoryGraph): TimeIndex {
  return graphTime(graph).index;
}

export function timeView(graph: StoryGraph, filter: TimeFilter): TimeView {
  const time = graphTime(graph);
  const { index } = time;
  const selected = selectByTime(index, filter);
  const knownCount = (id: string) => {
    const i = index.numberOf.get(id);
    return i === undefined ? 0 : selected[i]!;
  };
  const fullEvidence = graph.getAttribute('evidence');
  return {
    shows: (id) => knownCount(id) > 0,
    asKnown(relation) {
      const count = knownCount(relation.id);
      if (filter.mode === 'happened' || count === relation.claims.length) return relation;
      const key = `${relation.id}\u0000${count}\u0000${filter.showUndated}`;
      let cut = time.partial.get(key);
      if (!cut) {
        const keep = claimsKnown(relation, index, filter);
        cut = { ...relation, claims: keep.map((i) => relation.claims[i]!) };
        time.partial.set(key, cut);
        time.partialEvidence.set(cut, relationEvidence(cut, graph.getAttribute('sourceIndex')));
      }
      return cut;
    },
    evidence: (relation) => time.partialEvidence.get(relation) ?? fullEvidence(relation),
  };
}

/** "happened 2025-10-01 to 2025-10-31" or "known by 2025-10-26": the window in a status line. */
export function timeLabel(time: TimeFilter): string {
  return time.mode === 'happened'
    ? `happened ${isoDay(time.from)} to ${isoDay(time.to)}`
    : `known by ${isoDay(time.to)}`;
}

/** The window as a sentence, for captions: the range, the mode, and what it does with what has no date. */
export function timeSentence(time: TimeFilter): string {
  return time.mode === 'happened'
    ? `Time: relations whose dates in the sources overlap ${isoDay(time.from)} to ${isoDay(time.to)} (what ` +
        `happened then, or was under way); undated relations ${time.showUndated ? 'shown' : 'hidden'}.`
    : `Time: known by ${isoDay(time.to)}, only what articles that could have been out by then say; claims of ` +
        `articles nothing dates ${time.showUndated ? 'counted' : 'left out'}.`;
}

/**
 * Under "known by", each relation's evidence as far as it was out by the window's end (for drawing link widths);
 * null in "happened" mode or without a window, where the whole evidence counts.
 */
export function knownEvidence(
  graph: StoryGraph,
  time: TimeFilter | undefined,
): ((r: Relation) => RelationEvidence) | null {
  if (time?.mode !== 'known-by') return null;
  const view = timeView(graph, time);
  return (relation) => view.evidence(view.asKnown(relation));
}
