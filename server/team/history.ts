// Reading the changes back: one record's history (before and after each change), the investigation's activity
// list (one line per accepted batch), and the batches after a given one (what the live stream sends).
import type { ChangeEvent, HistoryItem, RecordKind, TeamRecord } from '../../src/io/server/teamWire';
import type { TeamDb } from './db';

/** A history item as stored: the records as JSON text, and the batch id the live stream passes on. */
type ItemRow = Omit<HistoryItem, 'before' | 'after'> & {
  batch?: string | null;
  before: string | null;
  after: string | null;
};

const parse = (body: string | null): TeamRecord | null => (body === null ? null : (JSON.parse(body) as TeamRecord));

const SELECT_ITEMS = `SELECT r.seq, u.username AS by, c.at, c.message, r.kind, r.id, r.version, r.before, r.after
  FROM team_record_changes r JOIN team_changes c ON c.seq = r.seq JOIN team_users u ON u.id = c.user_id`;

const toItem = ({ batch: _batch, ...row }: ItemRow): HistoryItem => ({
  ...row,
  seq: Number(row.seq),
  version: Number(row.version),
  before: parse(row.before),
  after: parse(row.after),
});

/** One record's changes, newest first. */
export async function recordHistory(
  db: TeamDb,
  inv: string,
  kind: RecordKind,
  id: string,
  limit: number,
  offset: number,
): Promise<HistoryItem[]> {
  const rows = await db.all<ItemRow>(
    `${SELECT_ITEMS} WHERE r.inv = $1 AND r.kind = $2 AND r.id = $3 ORDER BY r.version DESC LIMIT $4 OFFSET $5`,
    [inv, kind, id, limit, offset],
  );
  return rows.map(toItem);
}

/** Every record change of the investigation, newest first: the activity list. */
export async function activity(db: TeamDb, inv: string, limit: number, offset: number): Promise<HistoryItem[]> {
  const rows = await db.all<ItemRow>(
    `${SELECT_ITEMS} WHERE r.inv = $1 ORDER BY r.seq DESC, r.kind, r.id LIMIT $2 OFFSET $3`,
    [inv, limit, offset],
  );
  return rows.map(toItem);
}

/** The accepted batches after `after`, oldest first, each with its records as they became. */
export async function changesAfter(db: TeamDb, inv: string, after: number, limit: number): Promise<ChangeEvent[]> {
  const rows = await db.all<ItemRow>(
    `${SELECT_ITEMS.replace('SELECT r.seq,', 'SELECT r.seq, c.batch,')} WHERE r.seq IN (SELECT seq FROM team_changes WHERE inv = $1 AND seq > $2 ORDER BY seq LIMIT $3)
     ORDER BY r.seq, r.kind, r.id`,
    [inv, after, limit],
  );
  const events: ChangeEvent[] = [];
  for (const raw of rows) {
    const row = toItem(raw);
    let event = events[events.length - 1];
    if (event?.seq !== row.seq) {
      event = { seq: row.seq, batch: raw.batch ?? null, by: row.by, at: row.at, message: row.message, records: [] };
      events.push(event);
    }
    event.records.push({ kind: row.kind, id: row.id, version: row.version, record: row.after });
  }
  return events;
}

/** Record changes after the batch `after`, oldest first, whole batches only: a project export's history. */
export async function historyAfter(db: TeamDb, inv: string, after: number, batches: number): Promise<HistoryItem[]> {
  const rows = await db.all<ItemRow>(
    `${SELECT_ITEMS} WHERE r.seq IN (SELECT seq FROM team_changes WHERE inv = $1 AND seq > $2 ORDER BY seq LIMIT $3)
     ORDER BY r.seq, r.kind, r.id`,
    [inv, after, batches],
  );
  return rows.map(toItem);
}
