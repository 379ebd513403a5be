// The end of a run: every record's final state (the export) against the writers' own log of accepted edits.
// For each record edited, the accepted versions must be 1, 2, 3… each once (two writes accepted at one version would
// mean one overwrote the other); its final state must be the record of its highest accepted version, which the
// server's version list must also name; and every accepted edit's mark must still be in it. A record nobody edited
// must be as imported.
import type { ListRecord } from '../../src/io/server/teamWire';
import type { TeamRecord } from '../../src/io/server/teamWire';
import { keyOf, marksOf } from './edits';
import type { AcceptedWrite } from './editor';

export interface Verification {
  recordsChecked: number;
  recordsEdited: number;
  /** Accepted edits whose mark is not in the record's final state. */
  lostWrites: number;
  /** Records whose final state is not the record of their last accepted edit. */
  mismatched: number;
  /** Versions accepted more than once for one record. */
  doubleVersions: number;
  /** Versions below the highest that no writer was told it had (the server accepted a write nobody logged). */
  unaccountedVersions: number;
  /** Records whose version on the server is not their highest accepted one. */
  versionMismatches: number;
  /** Records nobody edited that changed anyway. */
  changedUntouched: number;
  /** The first few problems, in words. */
  problems: string[];
}

/** JSON with the keys of every object in order: two records are equal when their canonical texts are. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export function verifyFinalState(
  initial: ReadonlyMap<string, TeamRecord>,
  accepted: readonly AcceptedWrite[],
  final: ReadonlyMap<string, TeamRecord>,
  serverVersions: ReadonlyMap<string, number>,
): Verification {
  const result: Verification = {
    recordsChecked: 0,
    recordsEdited: 0,
    lostWrites: 0,
    mismatched: 0,
    doubleVersions: 0,
    unaccountedVersions: 0,
    versionMismatches: 0,
    changedUntouched: 0,
    problems: [],
  };
  const problem = (text: string) => void (result.problems.length < 10 && result.problems.push(text));
  const byRecord = new Map<string, AcceptedWrite[]>();
  for (const write of accepted) {
    const key = keyOf(write);
    byRecord.set(key, [...(byRecord.get(key) ?? []), write]);
  }
  const name = (key: string) => key.replace('\n', ' ');
  for (const key of new Set([...initial.keys(), ...final.keys(), ...byRecord.keys()])) {
    result.recordsChecked++;
    const now = final.get(key);
    const writes = byRecord.get(key);
    if (!writes) {
      if (canonical(now) !== canonical(initial.get(key))) {
        result.changedUntouched++;
        problem(`${name(key)} changed though nobody edited it`);
      }
      continue;
    }
    result.recordsEdited++;
    const versions = writes.map((w) => w.version).sort((a, b) => a - b);
    const highest = versions[versions.length - 1]!;
    const seen = new Set<number>();
    for (const v of versions) {
      if (seen.has(v)) {
        result.doubleVersions++;
        problem(`${name(key)}: version ${v} was accepted twice`);
      }
      seen.add(v);
    }
    for (let v = 1; v < highest; v++) {
      if (seen.has(v)) continue;
      result.unaccountedVersions++;
      problem(`${name(key)}: version ${v} was accepted, but no writer was told so`);
    }
    const last = writes.find((w) => w.version === highest)!;
    if (canonical(now) !== canonical(last.record)) {
      result.mismatched++;
      problem(`${name(key)} is not as its last accepted edit (${last.mark}, version ${highest}) left it`);
    }
    if ((serverVersions.get(key) ?? 0) !== highest) {
      result.versionMismatches++;
      problem(`${name(key)}: the server says version ${serverVersions.get(key) ?? 0}, the writers ${highest}`);
    }
    const marks = new Set(marksOf(now as ListRecord | undefined));
    for (const write of writes) {
      if (!marks.has(write.mark)) {
        result.lostWrites++;
        problem(`${name(key)}: the accepted edit ${write.mark} (version ${write.version}) is not in its final state`);
      }
    }
  }
  return result;
}
