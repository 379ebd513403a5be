// An edit as the records it changed, and records changed elsewhere put into a dataset. The editor's functions keep
// every untouched record as the same object (records.ts), so comparing two datasets by identity finds exactly what
// one edit touched, however big the investigation. The shared-investigation sync sends these changes to the server
// and applies other people's.
import type { Dataset, Entity, Relation, Source } from '../schema';

/** A record of one of the dataset's lists, or the head: everything else in it (title, vocabulary, views…), as one. */
export type RecordKind = 'source' | 'entity' | 'relation' | 'head';
export type DatasetHeadRecord = Omit<Dataset, 'sources' | 'entities' | 'relations'>;
type ListRecord = Source | Entity | Relation;
export type AnyRecord = ListRecord | DatasetHeadRecord;
/** The head's id: there is one per dataset. */
export const HEAD_ID = 'head';

export interface RecordChange {
  kind: RecordKind;
  id: string;
  /** The record after the change; null when it was deleted. */
  record: AnyRecord | null;
}

const LISTS = { source: 'sources', entity: 'entities', relation: 'relations' } as const;
type ListKind = Exclude<RecordKind, 'head'>;
const LIST_KINDS: readonly ListKind[] = ['source', 'entity', 'relation'];

/** The dataset without its lists. */
export function headOf(dataset: Dataset): DatasetHeadRecord {
  const head: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(dataset)) {
    if (key !== 'sources' && key !== 'entities' && key !== 'relations') head[key] = value;
  }
  return head as DatasetHeadRecord;
}

export const recordKey = (kind: RecordKind, id: string) => `${kind}\n${id}`;

/** The records that differ between two versions of a dataset: changed or added, then deleted; then the head. */
export function recordChanges(before: Dataset, after: Dataset): RecordChange[] {
  const changes: RecordChange[] = [];
  for (const kind of LIST_KINDS) {
    const was: readonly ListRecord[] = before[LISTS[kind]];
    const now: readonly ListRecord[] = after[LISTS[kind]];
    if (was === now) continue;
    const earlier = new Map(was.map((record) => [record.id, record]));
    for (const record of now) {
      if (earlier.get(record.id) !== record) changes.push({ kind, id: record.id, record });
      earlier.delete(record.id);
    }
    for (const id of earlier.keys()) changes.push({ kind, id, record: null });
  }
  // The head is small: compared as its JSON (an edit of the lists leaves it as it was).
  const head = headOf(after);
  if (JSON.stringify(headOf(before)) !== JSON.stringify(head))
    changes.push({ kind: 'head', id: HEAD_ID, record: head });
  return changes;
}

/** The dataset with these records put in place (a new one at its list's end) or taken out; the rest untouched. */
export function withRecords(dataset: Dataset, changes: readonly RecordChange[]): Dataset {
  if (changes.length === 0) return dataset;
  let next = { ...dataset };
  const head = changes.find((change) => change.kind === 'head')?.record as DatasetHeadRecord | undefined;
  if (head) {
    const { sources, entities, relations } = dataset;
    next = { ...head, sources, entities, relations } as Dataset;
  }
  for (const kind of LIST_KINDS) {
    const mine = changes.filter((change) => change.kind === kind);
    if (mine.length === 0) continue;
    const byId = new Map(mine.map((change) => [change.id, change.record as ListRecord | null]));
    const list: ListRecord[] = [];
    for (const record of dataset[LISTS[kind]] as readonly ListRecord[]) {
      if (!byId.has(record.id)) list.push(record);
      else {
        const replacement = byId.get(record.id);
        if (replacement) list.push(replacement);
        byId.delete(record.id);
      }
    }
    for (const record of byId.values()) if (record) list.push(record);
    (next as Record<string, unknown>)[LISTS[kind]] = list;
  }
  return next;
}

/** The fields two versions of a record hold differently (each field compared as its JSON). */
export function differingFields(a: AnyRecord, b: AnyRecord): string[] {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  const value = (record: AnyRecord, field: string) => JSON.stringify((record as Record<string, unknown>)[field]);
  return [...fields].filter((field) => value(a, field) !== value(b, field));
}

/** A record combined field by field: `theirs` with the fields listed in `fromMine` taken from `mine`. */
export function combineRecords<T extends AnyRecord>(mine: T, theirs: T, fromMine: ReadonlySet<string>): T {
  const combined: Record<string, unknown> = { ...theirs };
  for (const field of fromMine) {
    const value = (mine as Record<string, unknown>)[field];
    if (value === undefined) delete combined[field];
    else combined[field] = value;
  }
  return combined as T;
}
