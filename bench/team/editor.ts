// One simulated editor: it follows the live stream into its own copy of the records, opens a record, spends a
// moment editing it, and saves the edit based on the version it opened. Refused for a conflict (409), it does what a
// user who combines does: takes the server's record, adds its change again, and saves once more; a second refusal
// and it gives up. Everything it sends and gets back goes to the shared log.
import type { ConflictResponse, OperationsResponse, ListRecord } from '../../src/io/server/teamWire';
import { keyOf, withMark, type RecordRef } from './edits';
import type { TeamClient } from './http';

export interface Held {
  version: number;
  record: ListRecord | null;
}

export interface AcceptedWrite extends RecordRef {
  by: string;
  mark: string;
  version: number;
  seq: number;
  record: ListRecord;
  /** When the accepted request was sent and answered (performance.now()). */
  sentAt: number;
  answeredAt: number;
  /** Accepted on the retry after a conflict. */
  combined: boolean;
}

export interface WriteLog {
  accepted: AcceptedWrite[];
  /** Every operations request: its time and status (0: no answer). */
  requests: { ms: number; status: number }[];
  conflicts: number;
  gaveUp: number;
  errors: { status: number; text: string }[];
}

export const emptyLog = (): WriteLog => ({ accepted: [], requests: [], conflicts: 0, gaveUp: 0, errors: [] });

export class Editor {
  /** The records as this editor last heard of them. */
  readonly view: Map<string, Held>;

  constructor(
    readonly client: TeamClient,
    private readonly inv: string,
    initial: ReadonlyMap<string, Held>,
    private readonly log: WriteLog,
  ) {
    this.view = new Map(initial);
  }

  /** A newer version heard of (live stream, own answer, conflict): older news never replaces newer. */
  hear(ref: RecordRef, version: number, record: ListRecord | null): void {
    const key = keyOf(ref);
    if ((this.view.get(key)?.version ?? -1) < version) this.view.set(key, { version, record });
  }

  /** Opens a record: what the edit will be based on. */
  open(ref: RecordRef): Held | undefined {
    return this.view.get(keyOf(ref));
  }

  async save(ref: RecordRef, opened: Held, mark: string): Promise<void> {
    let base = opened.version;
    let from = opened.record;
    for (let attempt = 0; attempt < 2; attempt++) {
      if (!from) return; // Deleted meanwhile: nothing to add a mark to (the bench deletes nothing).
      const record = withMark(from, mark);
      const path = `/api/investigations/${encodeURIComponent(this.inv)}/operations`;
      let answer;
      try {
        answer = await this.client.call<OperationsResponse | ConflictResponse>('POST', path, {
          ops: [{ ...ref, base, record }],
          message: `Bench edit ${mark}`,
        });
      } catch (error) {
        this.log.requests.push({ ms: NaN, status: 0 });
        this.log.errors.push({ status: 0, text: error instanceof Error ? error.message : String(error) });
        return;
      }
      this.log.requests.push({ ms: answer.ms, status: answer.status });
      if (answer.status === 200) {
        const { seq, versions } = answer.body as OperationsResponse;
        const version = versions[0]!.version;
        this.log.accepted.push({
          ...ref,
          by: this.client.username,
          mark,
          version,
          seq,
          record,
          sentAt: answer.sentAt,
          answeredAt: answer.sentAt + answer.ms,
          combined: attempt > 0,
        });
        this.hear(ref, version, record);
        return;
      }
      if (answer.status === 409 && (answer.body as ConflictResponse | undefined)?.conflicts?.length) {
        this.log.conflicts++;
        if (attempt > 0) {
          this.log.gaveUp++;
          return;
        }
        const now = (answer.body as ConflictResponse).conflicts[0]!;
        // The bench edits list records only; a head never comes back here.
        const record = now.record as ListRecord | null;
        this.hear(ref, now.version, record);
        base = now.version;
        from = record;
        continue;
      }
      this.log.errors.push({ status: answer.status, text: answer.text.slice(0, 300) });
      return;
    }
  }
}
