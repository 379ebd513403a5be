// What the browser keeps of the user's work on each dataset, in IndexedDB (through idb-keyval): where nodes were
// put, which are pinned, the last view and the saved views. Records are keyed by the dataset's content hash and
// checked on the way back in like any other untrusted input: a damaged record is reported and set aside, never
// trusted.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import { savedViewSchema, MAX_SAVED_VIEWS, type SavedView } from '../model/schema';
import type { Positions } from './history';
import { MAX_NODES } from '../model/thresholds';

export const STORE_NAME = { database: 'story-graph-explorer', table: 'datasets' } as const;

export interface StoredWork {
  /** Where the user left the nodes (empty: as the file or the layout put them). */
  positions: Positions;
  pinned: string[];
  /** The last view, as link parameters. */
  view: string | null;
  savedViews: SavedView[];
}

const recordSchema = z
  .object({
    version: z.literal(1),
    // A stored layout holds at most as many positions as an import takes entities.
    ids: z.array(z.string().max(10_000)).max(MAX_NODES),
    xy: z.array(z.number().finite()).max(2 * MAX_NODES),
    pinned: z.array(z.string().max(10_000)).max(MAX_NODES),
    view: z.string().max(20_000).nullable(),
    savedViews: z.array(savedViewSchema).max(MAX_SAVED_VIEWS),
  })
  .strict()
  .refine((r) => r.xy.length === 2 * r.ids.length, { message: 'positions and ids differ in number' });

/** Reads a stored record; throws an Error that names what is wrong with it. */
export function parseStoredWork(raw: unknown): StoredWork {
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`${first.path.join('.') || 'the record'}: ${first.message}`);
  }
  const { ids, xy, pinned, view, savedViews } = parsed.data;
  const positions = new Map(ids.map((id, i) => [id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }]));
  return { positions, pinned, view, savedViews };
}

export function storedRecord(work: StoredWork): z.input<typeof recordSchema> {
  const ids: string[] = [];
  const xy: number[] = [];
  for (const [id, p] of work.positions) {
    ids.push(id);
    xy.push(Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100);
  }
  return { version: 1, ids, xy, pinned: work.pinned, view: work.view, savedViews: work.savedViews };
}

let store: UseStore | null = null;
function theStore(): UseStore {
  if (typeof indexedDB === 'undefined') throw new Error('this browser offers no storage (IndexedDB) to this page');
  store ??= createStore(STORE_NAME.database, STORE_NAME.table);
  return store;
}

const keyOf = (hash: string) => `dataset:${hash}`;

export type LoadedWork = { kind: 'none' } | { kind: 'found'; work: StoredWork } | { kind: 'damaged'; reason: string };

export async function loadWork(hash: string): Promise<LoadedWork> {
  let raw: unknown;
  try {
    raw = await get(keyOf(hash), theStore());
  } catch (error) {
    return { kind: 'damaged', reason: `the browser's storage could not be read (${(error as Error).message})` };
  }
  if (raw === undefined) return { kind: 'none' };
  try {
    return { kind: 'found', work: parseStoredWork(raw) };
  } catch (error) {
    // A damaged record would fail again on every visit: it is set aside under another key (for a person to look
    // at), and the dataset starts afresh.
    await set(`damaged:${hash}:${Date.now()}`, raw, theStore()).catch(() => undefined);
    await del(keyOf(hash), theStore()).catch(() => undefined);
    return { kind: 'damaged', reason: (error as Error).message };
  }
}

/** Stores the work; rejects with the browser's reason (quota, private mode) for the caller to report. */
export async function saveWork(hash: string, work: StoredWork): Promise<void> {
  await set(keyOf(hash), storedRecord(work), theStore());
}
