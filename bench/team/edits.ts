// What a simulated editor changes, and how the bench picks what to change. Each edit adds the editor's mark to the
// record's `bench` attribute, and a combined edit (after a conflict) adds it to the server's record: so every accepted
// edit must still show in the record's final state, and a mark that is missing is a write that was lost.
import type { RecordKind, ListRecord } from '../../src/io/server/teamWire';

export const MARK_ATTRIBUTE = 'bench';

export interface RecordRef {
  kind: RecordKind;
  id: string;
}

export const keyOf = (ref: RecordRef) => `${ref.kind}\n${ref.id}`;

/** The record with `mark` added to its marks; the other fields as they were. */
export function withMark<T extends ListRecord>(record: T, mark: string): T {
  const attributes = { ...((record as { attributes?: Record<string, string | number | boolean> }).attributes ?? {}) };
  const before = attributes[MARK_ATTRIBUTE];
  attributes[MARK_ATTRIBUTE] = typeof before === 'string' && before ? `${before} ${mark}` : mark;
  return { ...record, attributes };
}

export function marksOf(record: ListRecord | null | undefined): string[] {
  const value = (record as { attributes?: Record<string, unknown> } | null | undefined)?.attributes?.[MARK_ATTRIBUTE];
  return typeof value === 'string' && value ? value.split(' ') : [];
}

/** The app's seeded generator, so that two runs pick the same records at the same moments. */
export { seededRandom } from '../../src/model/seededRandom';

/**
 * Picks the record to edit: with probability `hotShare` one of the few `hot` records (the ones a whole team works
 * on at once, where conflicts happen), otherwise any record.
 */
export function recordPicker(
  all: readonly RecordRef[],
  hot: readonly RecordRef[],
  hotShare: number,
  random: () => number,
): () => RecordRef {
  if (all.length === 0) throw new Error('nothing to edit');
  return () => {
    const from = hot.length && random() < hotShare ? hot : all;
    return from[Math.floor(random() * from.length)]!;
  };
}
