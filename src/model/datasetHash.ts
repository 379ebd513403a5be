// A short fingerprint of a dataset's content, so a link or a stored view can tell whether the data it was made
// on has changed since. FNV-1a (32 bits) over the dataset's JSON, record by record: not a security hash, only a
// change detector. The stepped version yields between slices so a 50k-node graph never holds the page for long
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

/** The parts hashed in order: everything but the two long lists, then their records one by one. */
function head(dataset: Hashable): string {
  return JSON.stringify({ ...dataset, entities: dataset.entities.length, relations: dataset.relations.length });
}

const hex = (hash: number) => (hash >>> 0).toString(16).padStart(8, '0');

export function datasetHash(dataset: Hashable): string {
  let hash = feed(OFFSET, head(dataset));
  for (const list of [dataset.entities, dataset.relations])
    for (const record of list) hash = feed(hash, JSON.stringify(record));
  return hex(hash);
}

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
  let hash = feed(OFFSET, head(dataset));
  for (const list of [dataset.entities, dataset.relations])
    for (let start = 0; start < list.length; start += SLICE) {
      const end = Math.min(list.length, start + SLICE);
      for (let i = start; i < end; i++) hash = feed(hash, JSON.stringify(list[i]));
      if (end < list.length) await pause();
    }
  return hex(hash);
}
