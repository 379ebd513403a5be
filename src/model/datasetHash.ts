// A short fingerprint of a dataset's content, so a link or a stored view can tell whether the data it was made
// on has changed since. FNV-1a (32 bits) over the dataset's JSON, record by record, each object's keys in sorted
// order: the same records come in different key orders from a reader, from the open worker's wire and from the
// browser's storage (which checks them with the schema), and a reload must find the work stored under the hash.
// Not a security hash, only a change detector. The stepped version yields between slices so a 50k-node graph never holds the page for long
// (hashing one in a single task takes ~300 ms here).

const OFFSET = 0x811c9dc5;
const SLICE = 4000;

function feed(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

interface Hashable {
  entities: readonly unknown[];
  relations: readonly unknown[];
}

type Stringify = (value: unknown) => string;

/** JSON.stringify's replacer that hands on each object with its keys sorted (a copy only when they are not). */
function keysSorted(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1]! < keys[i]!;
  if (sorted) return value;
  // No prototype: a key named __proto__ in a file stays a key.
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of keys.sort()) copy[key] = (value as Record<string, unknown>)[key];
  return copy;
}

const canonical: Stringify = (value) => JSON.stringify(value, keysSorted);
/** The hash before keys were sorted (2026-12), kept to find work stored and links made under it. */
const asStored: Stringify = (value) => JSON.stringify(value);

/** The parts hashed in order: everything but the two long lists, then their records one by one. */
function head(dataset: Hashable, stringify: Stringify): string {
  return stringify({ ...dataset, entities: dataset.entities.length, relations: dataset.relations.length });
}

const hex = (hash: number) => (hash >>> 0).toString(16).padStart(8, '0');

function hashWith(dataset: Hashable, stringify: Stringify): string {
  let hash = feed(OFFSET, head(dataset, stringify));
  for (const list of [dataset.entities, dataset.relations])
    for (const record of list) hash = feed(hash, stringify(record));
  return hex(hash);
}

export const datasetHash = (dataset: Hashable): string => hashWith(dataset, canonical);

/** The hash as it was before keys were sorted: what work stored and links made until then carry. */
export const legacyDatasetHash = (dataset: Hashable): string => hashWith(dataset, asStored);

/**
 * Where to ask for a dataset's hash made elsewhere (the open worker, once the page has shown the graph), by dataset;
 * the answer is null when that failed, and the page hashes it itself.
 */
const hashedElsewhere = new WeakMap<Hashable, () => Promise<string | null>>();

/** Tells datasetHashInSteps to ask `hash` for this dataset's hash, as datasetHash would compute it. */
export function hashComingFor(dataset: Hashable, hash: () => Promise<string | null>): void {
  hashedElsewhere.set(dataset, hash);
}

/**
 * The same hash, computed in slices with `pause` awaited between them (e.g. a zero timeout), unless it is being
 * computed elsewhere (hashComingFor).
 */
export async function datasetHashInSteps(dataset: Hashable, pause: () => Promise<void>): Promise<string> {
  const elsewhere = await hashedElsewhere
    .get(dataset)?.()
    .catch(() => null);
  if (elsewhere) return elsewhere;
  return hashInSteps(dataset, pause, canonical);
}

/** legacyDatasetHash in slices, as datasetHashInSteps. */
export function legacyDatasetHashInSteps(dataset: Hashable, pause: () => Promise<void>): Promise<string> {
  return hashInSteps(dataset, pause, asStored);
}

async function hashInSteps(dataset: Hashable, pause: () => Promise<void>, stringify: Stringify): Promise<string> {
  let hash = feed(OFFSET, head(dataset, stringify));
  for (const list of [dataset.entities, dataset.relations])
    for (let start = 0; start < list.length; start += SLICE) {
      const end = Math.min(list.length, start + SLICE);
      for (let i = start; i < end; i++) hash = feed(hash, stringify(list[i]));
      if (end < list.length) await pause();
    }
  return hex(hash);
}
