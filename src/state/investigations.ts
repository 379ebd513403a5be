// The user's investigations, kept in the browser (IndexedDB, through idb-keyval): the bundled story's editable
// copy, imported graphs and the user's own. Each has a small summary (for the list) and its dataset (sources with
// their texts included). What comes back from storage is checked like any file: a damaged record is reported,
// never trusted.
import { createStore, del, get, getMany, keys, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import type { Dataset } from '../model/schema';
import { validateDataset, formatProblems } from '../io/validate';

/** The bundled story's copy has this id; everything else gets a fresh one. */
export const STORY_ID = 'story';

export type InvestigationKind = 'story' | 'imported' | 'own';

/** Which investigation a story on screen belongs to (carried by the Story, so undo brings the right one back). */
export interface InvestigationRef {
  id: string;
  kind: InvestigationKind;
}

export interface InvestigationSummary extends InvestigationRef {
  title: string;
  entities: number;
  relations: number;
  /** ISO timestamps. */
  created: string;
  updated: string;
}

const summarySchema = z
  .object({
    id: z.string().min(1).max(200),
    kind: z.enum(['story', 'imported', 'own']),
    title: z.string().max(2000),
    entities: z.number().int().nonnegative(),
    relations: z.number().int().nonnegative(),
    created: z.string().max(40),
    updated: z.string().max(40),
  })
  .strict();

export const INVESTIGATION_STORE = { database: 'story-graph-explorer-investigations', table: 'investigations' };

let store: UseStore | null = null;
function theStore(): UseStore {
  if (typeof indexedDB === 'undefined') throw new Error('this browser offers no storage (IndexedDB) to this page');
  store ??= createStore(INVESTIGATION_STORE.database, INVESTIGATION_STORE.table);
  return store;
}

const summaryKey = (id: string) => `summary:${id}`;
const dataKey = (id: string) => `data:${id}`;
const LAST_KEY = 'last-open';

export function summaryOf(ref: InvestigationRef, dataset: Dataset, created?: string): InvestigationSummary {
  const now = new Date().toISOString();
  return {
    ...ref,
    title: dataset.title,
    entities: dataset.entities.length,
    relations: dataset.relations.length,
    created: created ?? now,
    updated: now,
  };
}

/** Every stored investigation's summary, the most recently changed first; damaged summaries are left out. */
export async function listInvestigations(): Promise<InvestigationSummary[]> {
  const all = (await keys(theStore())).filter((k): k is string => typeof k === 'string' && k.startsWith('summary:'));
  const raw = await getMany(all, theStore());
  return raw
    .flatMap((r) => {
      const parsed = summarySchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => b.updated.localeCompare(a.updated));
}

/** Stores the dataset and its summary; rejects with the browser's reason (quota, private mode). */
export async function saveInvestigation(ref: InvestigationRef, dataset: Dataset): Promise<InvestigationSummary> {
  const before = summarySchema.safeParse(await get(summaryKey(ref.id), theStore()));
  const summary = summaryOf(ref, dataset, before.success ? before.data.created : undefined);
  // The data first: a summary never points at data that is not there.
  await set(dataKey(ref.id), dataset, theStore());
  await set(summaryKey(ref.id), summary, theStore());
  return summary;
}

export type LoadedInvestigation =
  | { kind: 'found'; summary: InvestigationSummary; dataset: Dataset }
  | { kind: 'none' }
  | { kind: 'damaged'; reason: string };

export async function loadInvestigation(id: string): Promise<LoadedInvestigation> {
  const [rawSummary, rawData] = await getMany([summaryKey(id), dataKey(id)], theStore());
  if (rawSummary === undefined) return { kind: 'none' };
  const summary = summarySchema.safeParse(rawSummary);
  if (!summary.success) return { kind: 'damaged', reason: 'its summary is damaged' };
  const checked = validateDataset(rawData);
  if (!checked.ok) return { kind: 'damaged', reason: formatProblems(checked.problems.slice(0, 3)) };
  return { kind: 'found', summary: summary.data, dataset: checked.dataset };
}

export async function deleteInvestigation(id: string): Promise<void> {
  await del(summaryKey(id), theStore());
  await del(dataKey(id), theStore());
  if ((await get(LAST_KEY, theStore())) === id) await del(LAST_KEY, theStore());
}

/** The investigation open when the page was last used (what a reload brings back). */
export async function lastOpen(): Promise<string | null> {
  const id: unknown = await get(LAST_KEY, theStore());
  return typeof id === 'string' ? id : null;
}

export async function rememberOpen(id: string | null): Promise<void> {
  if (id === null) await del(LAST_KEY, theStore());
  else await set(LAST_KEY, id, theStore());
}

/** A new id no stored investigation has. */
export function newInvestigationId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `inv-${Date.now().toString(36)}-${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}
