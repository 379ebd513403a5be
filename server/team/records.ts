// Records edited through the server. The first edit of an investigation copies its records from the graph store into
// team_records at version 0 (the investigation is "adopted"); from then on team_records holds its current state, and
// each accepted batch of operations raises the versions of the records it touched and is kept whole in the changes
// tables (who, when, what, before and after). A batch based on a version that has moved on is refused whole, with
// each record as it now is, so the editor can show both sides: nothing is overwritten and nothing is lost.
import type { z } from 'zod';
import { datasetSchema, entitySchema, relationSchema, sourceSchema } from '../../src/model/schema';
import type { DatasetHead } from '../../src/io/server/wire';
import type {
  ConflictResponse,
  Operation,
  OperationsRequest,
  OperationsResponse,
  RecordKind,
  RecordVersion,
  TeamRecord,
} from '../../src/io/server/teamWire';
import { HEAD_ID, TEAM_EDIT_MAX_RECORDS } from '../../src/io/server/teamWire';
import { ApiError } from '../graph/errors';
import type { ExportRecord, Store } from '../store/types';
import type { Entity, Relation, Source } from '../../src/model/schema';
import type { TeamDb } from './db';

export class ConflictError extends ApiError {
  constructor(public readonly conflicts: ConflictResponse['conflicts']) {
    const names = conflicts.map((c) => `${c.kind} ${c.id}`).join(', ');
    super(
      409,
      'conflict',
      `Someone changed ${names} since you opened it; nothing of this change was saved.`,
      undefined,
      {
        conflicts,
      },
    );
  }
}

type ListKind = Exclude<RecordKind, 'head'>;
const SCHEMAS: Record<ListKind, z.ZodType> = { source: sourceSchema, entity: entitySchema, relation: relationSchema };
const KIND_ORDER: ListKind[] = ['source', 'entity', 'relation'];

interface RecordRow {
  version: number;
  body: string | null;
}

const parse = (body: string | null): TeamRecord | null => (body === null ? null : (JSON.parse(body) as TeamRecord));

export function recordOf(record: ExportRecord): { kind: ListKind; value: Source | Entity | Relation } {
  if ('source' in record) return { kind: 'source', value: record.source };
  if ('entity' in record) return { kind: 'entity', value: record.entity };
  return { kind: 'relation', value: record.relation };
}

const ends = (kind: RecordKind, record: TeamRecord | null): [string | null, string | null] =>
  kind === 'relation' && record
    ? [(record as { source: string }).source, (record as { target: string }).target]
    : [null, null];

export class TeamRecords {
  constructor(
    private readonly db: TeamDb,
    private readonly store: Store,
  ) {}

  async adopted(inv: string): Promise<boolean> {
    return (await this.db.all('SELECT inv FROM team_adopted WHERE inv = $1', [inv])).length > 0;
  }

  /** Copies the investigation's records from the graph store, once; within the caller's transaction. */
  private async adopt(db: TeamDb, inv: string): Promise<void> {
    if ((await db.run('INSERT INTO team_adopted (inv) VALUES ($1) ON CONFLICT (inv) DO NOTHING', [inv])) === 0) return;
    const details = await this.store.getInvestigation(inv);
    if (!details) throw new ApiError(404, 'not-found', 'The investigation was not found.');
    if (details.entities + details.relations > TEAM_EDIT_MAX_RECORDS) {
      throw new ApiError(
        422,
        'too-big-to-edit',
        `This investigation has ${details.entities + details.relations} records; editing through the server ` +
          `is for investigations of up to ${TEAM_EDIT_MAX_RECORDS}.`,
      );
    }
    await db.run(`INSERT INTO team_records (inv, kind, id, pos, version, body) VALUES ($1, 'head', $2, 0, 0, $3)`, [
      inv,
      HEAD_ID,
      JSON.stringify(details.head),
    ]);
    const positions: Record<ListKind, number> = { source: 0, entity: 0, relation: 0 };
    for await (const exported of this.store.exportRecords(inv)) {
      const { kind, value } = recordOf(exported);
      const [a, b] = ends(kind, value);
      await db.run(
        `INSERT INTO team_records (inv, kind, id, pos, version, body, relation_source, relation_target)
         VALUES ($1, $2, $3, $4, 0, $5, $6, $7)`,
        [inv, kind, value.id, positions[kind]++, JSON.stringify(value), a, b],
      );
    }
  }

  /** Applies one batch whole, or refuses it whole: a ConflictError (409) or an ApiError naming the record. */
  async apply(
    inv: string,
    userId: number,
    request: OperationsRequest,
  ): Promise<OperationsResponse & { fresh: boolean }> {
    return this.db.transaction(async (db) => {
      // One batch per investigation at a time on PostgreSQL too (SQLite's BEGIN IMMEDIATE already does it): else two
      // saves from one version both pass the check below (the second then fails on the history's key, a 500), and a
      // seq taken first can commit last, so the live stream, reading after its last seq, passes over it for good.
      if (db.kind === 'postgres') await db.all('SELECT pg_advisory_xact_lock(hashtext($1))', [inv]);
      await this.adopt(db, inv);
      if (request.batch) {
        const [done] = await db.all<{ seq: number }>('SELECT seq FROM team_changes WHERE inv = $1 AND batch = $2', [
          inv,
          request.batch,
        ]);
        if (done) return { ...(await this.batchVersions(db, Number(done.seq))), fresh: false };
      }
      const current = new Map<string, RecordRow | undefined>();
      const conflicts: ConflictResponse['conflicts'] = [];
      for (const op of request.ops) {
        checkRecord(op);
        const [row] = await db.all<RecordRow>(
          'SELECT version, body FROM team_records WHERE inv = $1 AND kind = $2 AND id = $3',
          [inv, op.kind, op.id],
        );
        current.set(`${op.kind}\n${op.id}`, row);
        const version = row ? Number(row.version) : 0;
        if (op.record === null && !row?.body && version === op.base) {
          throw new ApiError(422, 'unknown-record', `There is no ${op.kind} ${op.id} to delete.`);
        }
        if (version !== op.base) {
          conflicts.push({ kind: op.kind, id: op.id, version, record: parse(row?.body ?? null), by: null });
        }
      }
      if (conflicts.length) throw new ConflictError(await this.withAuthors(db, inv, conflicts));

      const at = new Date().toISOString();
      const [change] = await db.all<{ seq: number }>(
        'INSERT INTO team_changes (inv, batch, user_id, at, message) VALUES ($1, $2, $3, $4, $5) RETURNING seq',
        [inv, request.batch ?? null, userId, at, request.message],
      );
      const seq = Number(change!.seq);
      const versions: RecordVersion[] = [];
      for (const op of request.ops) {
        const row = current.get(`${op.kind}\n${op.id}`);
        const version = op.base + 1;
        const body = op.record === null ? null : JSON.stringify(op.record);
        const [a, b] = ends(op.kind, op.record);
        if (row) {
          await db.run(
            `UPDATE team_records SET version = $1, body = $2, relation_source = $3, relation_target = $4
             WHERE inv = $5 AND kind = $6 AND id = $7`,
            [version, body, a, b, inv, op.kind, op.id],
          );
        } else {
          await db.run(
            `INSERT INTO team_records (inv, kind, id, pos, version, body, relation_source, relation_target)
             VALUES ($1, $2, $3, (SELECT coalesce(max(pos), -1) + 1 FROM team_records WHERE inv = $1 AND kind = $2),
                     $4, $5, $6, $7)`,
            [inv, op.kind, op.id, version, body, a, b],
          );
        }
        await db.run(
          `INSERT INTO team_record_changes (seq, inv, kind, id, version, before, after)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [seq, inv, op.kind, op.id, version, row?.body ?? null, body],
        );
        versions.push({ kind: op.kind, id: op.id, version });
      }
      await this.checkLinks(db, inv, request.ops);
      if (db.kind === 'postgres') {
        // Delivered at commit to every server listening (events.ts), this one included.
        await db.all('SELECT pg_notify($1, $2)', ['team_changes', JSON.stringify({ inv, seq })]);
      }
      return { seq, versions, fresh: true };
    });
  }

  /** After the batch: every relation it wrote joins live entities, and no entity it deleted still has relations. */
  private async checkLinks(db: TeamDb, inv: string, ops: readonly Operation[]): Promise<void> {
    const live = async (kind: RecordKind, id: string) =>
      (
        await db.all('SELECT id FROM team_records WHERE inv = $1 AND kind = $2 AND id = $3 AND body IS NOT NULL', [
          inv,
          kind,
          id,
        ])
      ).length > 0;
    for (const op of ops) {
      if (op.kind === 'relation' && op.record) {
        const relation = op.record as { source: string; target: string; claims?: { source: string }[] };
        for (const end of [relation.source, relation.target]) {
          if (!(await live('entity', end))) {
            throw new ApiError(
              422,
              'unknown-end',
              `Relation ${op.id} joins ${end}, which is not in the investigation.`,
            );
          }
        }
        for (const claim of relation.claims ?? []) {
          if (!(await live('source', claim.source))) {
            throw new ApiError(
              422,
              'unknown-source',
              `A claim of relation ${op.id} cites ${claim.source}, which is not a source here.`,
            );
          }
        }
      }
      if (op.kind === 'entity' && op.record === null) {
        const [still] = await db.all<{ id: string }>(
          `SELECT id FROM team_records WHERE inv = $1 AND kind = 'relation' AND body IS NOT NULL
           AND (relation_source = $2 OR relation_target = $2) LIMIT 1`,
          [inv, op.id],
        );
        if (still) {
          throw new ApiError(422, 'still-linked', `Entity ${op.id} still has relation ${still.id}; delete it first.`);
        }
      }
    }
  }

  private async withAuthors(
    db: TeamDb,
    inv: string,
    conflicts: ConflictResponse['conflicts'],
  ): Promise<ConflictResponse['conflicts']> {
    for (const conflict of conflicts) {
      const [row] = await db.all<{ username: string }>(
        `SELECT u.username FROM team_record_changes r JOIN team_changes c ON c.seq = r.seq
         JOIN team_users u ON u.id = c.user_id
         WHERE r.inv = $1 AND r.kind = $2 AND r.id = $3 AND r.version = $4`,
        [inv, conflict.kind, conflict.id, conflict.version],
      );
      conflict.by = row?.username ?? null;
    }
    return conflicts;
  }

  private async batchVersions(db: TeamDb, seq: number): Promise<OperationsResponse> {
    const versions = await db.all<RecordVersion>(
      'SELECT kind, id, version FROM team_record_changes WHERE seq = $1 ORDER BY kind, id',
      [seq],
    );
    return { seq, versions: versions.map((v) => ({ ...v, version: Number(v.version) })) };
  }

  /** Every record above version 0, and the latest change: what an editor needs beside the export. */
  async versions(inv: string): Promise<{ seq: number; versions: RecordVersion[] }> {
    const versions = await this.db.all<RecordVersion>(
      'SELECT kind, id, version FROM team_records WHERE inv = $1 AND version > 0',
      [inv],
    );
    return { seq: await this.latestSeq(inv), versions: versions.map((v) => ({ ...v, version: Number(v.version) })) };
  }

  async latestSeq(inv: string): Promise<number> {
    const [row] = await this.db.all<{ seq: number | null }>('SELECT max(seq) AS seq FROM team_changes WHERE inv = $1', [
      inv,
    ]);
    return Number(row?.seq ?? 0);
  }

  /** The investigation's records in the export's order: from team_records once adopted, else the graph store. */
  async *exportRecords(inv: string): AsyncGenerator<ExportRecord> {
    if (!(await this.adopted(inv))) {
      yield* this.store.exportRecords(inv);
      return;
    }
    const PAGE = 1000;
    for (const kind of KIND_ORDER) {
      for (let after = -1; ;) {
        const rows = await this.db.all<{ pos: number; body: string | null }>(
          'SELECT pos, body FROM team_records WHERE inv = $1 AND kind = $2 AND pos > $3 ORDER BY pos LIMIT $4',
          [inv, kind, after, PAGE],
        );
        for (const row of rows) {
          if (row.body !== null) yield { [kind]: JSON.parse(row.body) } as ExportRecord;
        }
        if (rows.length < PAGE) break;
        after = Number(rows[rows.length - 1]!.pos);
      }
    }
  }

  /**
   * An investigation edited through the server as its list shows it: its title and counts now, not as imported;
   * null when never adopted.
   */
  async summary(inv: string): Promise<{ title: string; entities: number; relations: number } | null> {
    const head = await this.head(inv);
    if (!head) return null;
    const counts = await this.db.all<{ kind: string; n: number | string }>(
      `SELECT kind, count(*) AS n FROM team_records
       WHERE inv = $1 AND kind IN ('entity', 'relation') AND body IS NOT NULL GROUP BY kind`,
      [inv],
    );
    const count = (kind: string) => Number(counts.find((row) => row.kind === kind)?.n ?? 0);
    return { title: head.title, entities: count('entity'), relations: count('relation') };
  }

  /** The head as edited through the server; null when never adopted (the store's head stands). */
  async head(inv: string): Promise<DatasetHead | null> {
    const [row] = await this.db.all<{ body: string }>(
      `SELECT body FROM team_records WHERE inv = $1 AND kind = 'head' AND id = $2`,
      [inv, HEAD_ID],
    );
    return row ? (JSON.parse(row.body) as DatasetHead) : null;
  }

  /** An investigation deleted: its records and history go with it. */
  async forget(inv: string): Promise<void> {
    await this.db.transaction(async (db) => {
      for (const table of ['team_record_changes', 'team_changes', 'team_records', 'team_adopted']) {
        await db.run(`DELETE FROM ${table} WHERE inv = $1`, [inv]);
      }
    });
  }
}

/** The record must be valid as the app's schema says, and carry the id it is filed under. */
function checkRecord(op: Operation): void {
  if (op.kind === 'head') {
    if (op.id !== HEAD_ID || op.record === null) {
      throw new ApiError(422, 'invalid-record', `An investigation has one head, "${HEAD_ID}", and it stays.`);
    }
    const whole = { ...op.record, sources: [], entities: [], relations: [] };
    const parsed = datasetSchema.safeParse(whole);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiError(422, 'invalid-record', `The investigation's head is not valid: ${issue?.message ?? ''}.`);
    }
    return;
  }
  if (op.record === null) return;
  const parsed = SCHEMAS[op.kind].safeParse(op.record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new ApiError(422, 'invalid-record', `The ${op.kind} ${op.id} is not valid${where}: ${issue?.message ?? ''}.`);
  }
  if ((op.record as { id?: unknown }).id !== op.id) {
    throw new ApiError(422, 'invalid-record', `The ${op.kind} sent as ${op.id} carries another id.`);
  }
}
