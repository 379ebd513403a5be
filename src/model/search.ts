// Finds things by the names they are known by, ignoring case and accents, so "velasquez" finds "Velásquez".
// Entities are found by name or alias here; storySearch.ts finds sources and relations the same way.
import type { Entity } from './schema';
import { forEachInSlices, runInSlices, type SlicedWork } from './timeSlices';

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').toLowerCase().trim();
}

export interface SearchMatch {
  entity: Entity;
  /** The name or alias that matched, to show why it matched. */
  matched: string;
  score: number;
}

/** How labels are ordered (a worker making the index orders them with the page's locale and these). */
export const LABEL_ORDER: Intl.CollatorOptions = { sensitivity: 'base', numeric: true };
const collator = new Intl.Collator(undefined, LABEL_ORDER);

/** The locale the page orders labels in, for a worker to order them the same. */
export const labelLocale = (): string => collator.resolvedOptions().locale;

export interface IndexedName {
  /** The name as written; empty when only the folded form is kept (a relation's reading, made when shown). */
  original: string;
  folded: string;
  /** A second name (an alias) ranks a little below the first for the same kind of match. */
  isAlias: boolean;
}

/** Something searchable with the names it is known by, folded once so that each keystroke only compares strings. */
export interface Indexed<T> {
  item: T;
  names: IndexedName[];
}

export interface Found<T> {
  item: T;
  /** The name that matched (empty for names kept only folded). */
  matched: string;
  score: number;
}

/** The best matches in rank order, and how many matched in all (a one-letter query can match thousands). */
export interface Ranked<T> {
  matches: Found<T>[];
  total: number;
}

export function indexedName(original: string, isAlias = false): IndexedName {
  return { original, folded: fold(original), isAlias };
}

/**
 * A list's names kept as one joined text (JoinedNames) rather than as objects, as the search worker makes them for a
 * big graph (searchJob.ts): at 200,000 entities and 400,000 relations the objects were some 1.2 million on the page.
 * Item i's names are names firsts[i] to firsts[i + 1] - 1 of the text, its first name first, then its aliases.
 */
export interface PackedNames<T> {
  names: JoinedNames;
  /** Where each item's names begin, by name number, and one past the last name after the last item. */
  firsts: Int32Array;
  item(i: number): T;
  /** The name as written, by its number among the item's names (0: the first; the others are aliases). */
  original(item: T, k: number): string;
}

/** A list to search: names as objects, or packed. */
export type SearchList<T> = readonly Indexed<T>[] | PackedNames<T>;

function isPacked<T>(list: SearchList<T>): list is PackedNames<T> {
  return 'firsts' in list;
}

/**
 * The best `limit` matches of `query` among `items`, kept in order while scanning so that no sort runs per query;
 * among equal scores the earlier item ranks first, so callers put items in the order ties should take.
 */
export function rank<T>(items: SearchList<T>, query: string, limit: number): Ranked<T> {
  const q = fold(query);
  if (q.length === 0) return { matches: [], total: 0 };
  const words = q.split(' ');
  const top: Found<T>[] = [];
  let total = 0;
  const keep = (best: Found<T> | undefined) => {
    if (!best) return;
    total++;
    if (top.length === limit && (limit === 0 || best.score <= top[limit - 1]!.score)) return;
    let at = top.length;
    while (at > 0 && best.score > top[at - 1]!.score) at--;
    top.splice(at, 0, best);
    if (top.length > limit) top.pop();
  };
  if (isPacked(items))
    forEachCandidate(items.names, candidateText(q, words), (i) => keep(bestPacked(items, i, q, words)));
  else if (items.length < JOIN_FROM_ITEMS) for (const indexed of items) keep(bestIndexed(indexed, q, words));
  else forEachCandidate(joinedNames(items), candidateText(q, words), (i) => keep(bestIndexed(items[i]!, q, words)));
  return { matches: top, total };
}

/** An item's best-scoring name, if any matches (an alias a little below the first name). */
function bestIndexed<T>({ item, names }: Indexed<T>, q: string, words: string[]): Found<T> | undefined {
  let best: Found<T> | undefined;
  for (const name of names) {
    const score = scoreName(name.folded, q, words) - (name.isAlias ? 0.5 : 0);
    if (score > 0 && (!best || score > best.score)) best = { item, matched: name.original, score };
  }
  return best;
}

/** bestIndexed for item i of a packed list, its folded names read from the joined text. */
function bestPacked<T>(list: PackedNames<T>, i: number, q: string, words: string[]): Found<T> | undefined {
  const { text, starts } = list.names;
  const first = list.firsts[i]!;
  let bestK = -1;
  let bestScore = 0;
  for (let n = first; n < list.firsts[i + 1]!; n++) {
    const score = scoreName(text.slice(starts[n], starts[n + 1]! - 1), q, words) - (n > first ? 0.5 : 0);
    if (score > 0 && (bestK < 0 || score > bestScore)) [bestK, bestScore] = [n - first, score];
  }
  if (bestK < 0) return undefined;
  const item = list.item(i);
  return { item, matched: list.original(item, bestK), score: bestScore };
}

/** Lists this long are searched through their names joined into one text (joinedNames); shorter ones item by item. */
const JOIN_FROM_ITEMS = 5_000;

/**
 * A list's folded names in one text, one per line (folded names hold no line break), with where each name starts
 * and whose it is. At 200,000 entities and 400,000 relations a query compared 600,000 names one by one (~150 ms,
 * twice that on a busy machine); the text's own indexOf skips to the names that can match.
 */
export interface JoinedNames {
  text: string;
  /** Where each name starts in `text`, and one past the text's end after the last. */
  starts: Int32Array;
  /** The item number of each name. */
  owners: Int32Array;
}

const joined = new WeakMap<readonly Indexed<unknown>[], JoinedNames>();

/** Names of 512 items are joined at a time; the pieces are joined once at the end. */
const JOIN_PIECE = 512;

/**
 * Joins folded names one after another, item by item, a piece at a time (so that a big list can be joined in
 * slices, or in a worker without the objects).
 */
export function foldedNamesJoiner() {
  // Pieces in a list, not added to one growing string: appending to a string of millions of characters can copy it.
  const pieces: string[] = [];
  let piece: string[] = [];
  const starts: number[] = [];
  const owners: number[] = [];
  let at = 0;
  let items = 0;
  const flush = () => {
    if (piece.length === 0) return;
    pieces.push(piece.join('\n'));
    piece = [];
  };
  return {
    /** Adds a name of item `owner` (items in order, each item's names in order). */
    add(owner: number, folded: string) {
      starts.push(at);
      owners.push(owner);
      piece.push(folded);
      at += folded.length + 1;
    },
    /** Says an item's names are all added. */
    itemDone() {
      if (++items % JOIN_PIECE === 0) flush();
    },
    finish(): JoinedNames {
      flush();
      starts.push(at);
      return { text: pieces.join('\n'), starts: Int32Array.from(starts), owners: Int32Array.from(owners) };
    },
  };
}

/** Joins a list's names item by item, and keeps the text with the list. */
function namesJoiner(items: readonly Indexed<unknown>[]) {
  const joiner = foldedNamesJoiner();
  return {
    add(i: number) {
      for (const name of items[i]!.names) joiner.add(i, name.folded);
      joiner.itemDone();
    },
    finish(): JoinedNames {
      const names = joiner.finish();
      joined.set(items, names);
      return names;
    },
  };
}

/** The joined names of a list, made on first use and kept as long as the list is. */
export function joinedNames(items: readonly Indexed<unknown>[]): JoinedNames {
  const known = joined.get(items);
  if (known) return known;
  const joiner = namesJoiner(items);
  for (let i = 0; i < items.length; i++) joiner.add(i);
  return joiner.finish();
}

/** joinedNames in slices (timeSlices.ts), for a big graph just opened: 400,000 readings take ~100 ms or more. */
export async function joinedNamesInSlices(items: readonly Indexed<unknown>[]): Promise<void> {
  if (items.length < JOIN_FROM_ITEMS || joined.has(items)) return;
  const joiner = namesJoiner(items);
  await forEachInSlices(items.length, (i) => joiner.add(i));
  if (!joined.has(items)) joiner.finish();
}

/**
 * What every matching name contains: the query, or with several words the longest of them (a name matching every
 * word at a word start contains each). The last of equally long words: a name or number typed last tells more.
 */
function candidateText(q: string, words: readonly string[]): string {
  if (words.length === 1) return q;
  return words.reduce((longest, word) => (word.length >= longest.length ? word : longest), '');
}

/** Calls `visit` once per item (in list order) with a name containing `needle`. */
function forEachCandidate({ text, starts, owners }: JoinedNames, needle: string, visit: (item: number) => void): void {
  let name = 0;
  let last = -1;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at)) {
    while (starts[name + 1]! <= at) name++;
    const item = owners[name]!;
    if (item !== last) visit((last = item));
    // On to the next name: a name is visited once however often it holds the needle.
    at = starts[name + 1]!;
  }
}

/** What may stand before a word: a space, a dash, a slash, a bracket, a quote or punctuation. */
const WORD_START = /[\s\-–—/()'"“”«»:;,.]/;

function startsWord(folded: string, at: number): boolean {
  return at === 0 || WORD_START.test(folded[at - 1]!);
}

/** Whether `part` occurs in `folded` at the start of a word ("post" in "the washington post", not in "outpost"). */
function hasAtWordStart(folded: string, part: string): boolean {
  for (let at = folded.indexOf(part); at >= 0; at = folded.indexOf(part, at + 1))
    if (startsWord(folded, at)) return true;
  return false;
}

/**
 * 4: the whole name; 3: its start; 2: the start of a word in it; 1: anywhere in it; 0.75: every word of a query of
 * several words, each at the start of a word, in any order ("maduro russia" finds "Maduro asked for aid from Russia").
 */
function scoreName(folded: string, q: string, words: string[]): number {
  if (folded === q) return 4;
  if (folded.startsWith(q)) return 3;
  if (folded.includes(q)) return hasAtWordStart(folded, q) ? 2 : 1;
  if (words.length > 1 && words.every((word) => hasAtWordStart(folded, word))) return 0.75;
  return 0;
}

/** Names folded once per graph, so each keystroke only compares strings (50k entities stay instant). */
export interface SearchIndex {
  items: Indexed<Entity>[];
}

export function buildSearchIndex(entities: Iterable<Entity>): SearchIndex {
  const items = [];
  for (const entity of entities) {
    const names = [indexedName(entity.label), ...entity.aliases.map((alias) => indexedName(alias, true))];
    items.push({ item: entity, names });
  }
  // In label order, so that among equal scores the first found ranks first and no comparison is needed per query.
  items.sort((a, b) => collator.compare(a.item.label, b.item.label));
  return { items };
}

/** The same index with its names packed, as the search worker makes it for a big graph (searchJob.ts). */
export interface PackedSearchIndex {
  items: PackedNames<Entity>;
}

export type EntityIndex = SearchIndex | PackedSearchIndex;

const indexes = new WeakMap<readonly Entity[], SearchIndex>();
const packedIndexes = new WeakMap<readonly Entity[], PackedSearchIndex>();

/** The index of a graph's entity list, built once on first use and kept as long as the list is. */
export function searchIndexOf(entities: readonly Entity[]): EntityIndex {
  const packed = packedIndexes.get(entities);
  if (packed) return packed;
  let index = indexes.get(entities);
  if (!index) {
    index = buildSearchIndex(entities);
    indexes.set(entities, index);
  }
  return index;
}

/** Whether a list's index is made already (by a search, the slices or the worker). */
export function hasSearchIndex(entities: readonly Entity[]): boolean {
  return indexes.has(entities) || packedIndexes.has(entities);
}

/** Keeps an index the worker made, unless one was made meanwhile: the first one made is kept. */
export function keepPackedIndex(entities: readonly Entity[], index: PackedSearchIndex): void {
  if (!hasSearchIndex(entities)) packedIndexes.set(entities, index);
}

/**
 * Index items sorted per slice, then merged: a sort of 200,000 labels by the collator takes about a second, and a
 * run of 8,192 took 100-200 ms on a loaded machine, in the way of a click.
 */
const SORT_RUN = 2048;

/** How many items merged between two looks at the clock: each is a collator comparison, some microseconds. */
const MERGE_STEP = 256;

/**
 * searchIndexOf in slices (timeSlices.ts), the page answering between them, for a big graph just opened: the
 * first search then finds the index made. Folding the names and sorting them by label take over a second at
 * 200,000 entities; the sort runs as sorted runs of SORT_RUN items merged pairwise, each step a slice.
 */
export async function searchIndexInSlices(entities: readonly Entity[], runLength = SORT_RUN): Promise<SearchIndex> {
  const known = indexes.get(entities);
  if (known) return known;
  const items = new Array<Indexed<Entity>>(entities.length);
  await forEachInSlices(entities.length, (i) => {
    const entity = entities[i]!;
    items[i] = {
      item: entity,
      names: [indexedName(entity.label), ...entity.aliases.map((alias) => indexedName(alias, true))],
    };
  });
  const byLabel = (a: Indexed<Entity>, b: Indexed<Entity>) => collator.compare(a.item.label, b.item.label);
  const sorted = await runInSlices(sortInSteps(items, byLabel, runLength));
  // Another search may have built it meanwhile: the first one made is kept, so every caller shares one.
  const index = indexes.get(entities) ?? { items: sorted };
  indexes.set(entities, index);
  return index;
}

/**
 * A stable sort as sorted runs merged pairwise, a step every run and every MERGE_STEP items merged. One piece of
 * work for the whole sort: merges each in slices of their own never paused between them, and at 200,000 entities
 * the many short merges of one level held the page for 200-500 ms.
 */
export function* sortInSteps<T>(
  items: readonly T[],
  compare: (x: T, y: T) => number,
  runLength: number,
): SlicedWork<T[]> {
  let runs: T[][] = [];
  for (let start = 0; start < items.length; start += runLength) {
    runs.push(items.slice(start, start + runLength).sort(compare));
    yield;
  }
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let r = 0; r < runs.length; r += 2)
      merged.push(r + 1 < runs.length ? yield* mergeInSteps(runs[r]!, runs[r + 1]!, compare) : runs[r]!);
    runs = merged;
  }
  return runs[0] ?? [];
}

/** Two sorted lists merged, stable (the first list's items first among equals). */
function* mergeInSteps<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): SlicedWork<T[]> {
  const out = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < out.length; k++) {
    out[k] = j >= b.length || (i < a.length && compare(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!;
    if (k % MERGE_STEP === MERGE_STEP - 1) yield;
  }
  return out;
}

export function searchEntities(source: EntityIndex | Iterable<Entity>, query: string, limit = 10): SearchMatch[] {
  const index = 'items' in source ? source : buildSearchIndex(source);
  return rank(index.items, query, limit).matches.map(({ item, matched, score }) => ({ entity: item, matched, score }));
}
