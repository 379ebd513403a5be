// Editing a server investigation together. Each edit the user makes becomes one batch of operations, based on the
// versions the user's copy holds; batches go to the server one at a time, in order. A batch the server refuses
// because someone changed a record since comes back as a conflict (both versions) for the user to settle; a batch
// that cannot reach the server waits in an outbox kept in IndexedDB and goes when the server is back, under the same
// batch id, so it is applied once only. Other people's changes arrive over the live stream and are put into the story.
import type { ChangeEvent, Operation, OperationsRequest } from '../../io/server/teamWire';
import type { TeamClient } from '../../io/server/teamClient';
import { ServerError } from '../../io/server/client';
import { recordKey, type AnyRecord, type RecordChange } from '../../model/edit/recordChanges';

export interface Batch {
  /** Sent with the batch: the server applies a batch id once only, so a replay after a lost answer is harmless. */
  id: string;
  message: string;
  ops: Operation[];
}

export type SyncState =
  | { kind: 'starting' }
  | { kind: 'live'; waiting: number }
  | { kind: 'offline'; waiting: number; message: string }
  | { kind: 'conflict'; waiting: number }
  | { kind: 'stopped' };

/** A batch refused because records moved on: each such record as the user has it and as the server has it. */
export interface Conflict {
  batch: Batch;
  records: {
    kind: RecordChange['kind'];
    id: string;
    mine: AnyRecord | null;
    theirs: AnyRecord | null;
    by: string | null;
    version: number;
  }[];
}

export interface VersionedChange extends RecordChange {
  version: number;
}

export interface OutboxStore {
  load(inv: string): Promise<Batch[]>;
  save(inv: string, batches: readonly Batch[]): Promise<void>;
}

export interface EventStream {
  close(): void;
}

export interface SyncHooks {
  /** Someone else's records (or the user's own, settled), each with its version: put them into the story on screen. */
  apply(changes: VersionedChange[], message: string): void;
  state(state: SyncState): void;
  conflict(conflict: Conflict): void;
  /** A batch the server refused for a reason other than a conflict (an invalid record): said in words. */
  refused(message: string): void;
  /**
   * Opens the live stream at `url`, calling `onEvent` with each change, `onTrouble` when it breaks and `onOpen`
   * when it is (again) connected.
   */
  listen(url: string, onEvent: (event: ChangeEvent) => void, onTrouble: () => void, onOpen: () => void): EventStream;
}

const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 10_000;

const newBatchId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export class SharedSync {
  /** The version of each record as the server last said (absent: 0, as imported). */
  private readonly versions = new Map<string, number>();
  /** The versions this user's own accepted batches made: undo may take back only these. */
  private readonly mine = new Map<string, number>();
  /** The versions the queued batches will make when accepted: the base of a later edit to the same record. */
  private readonly expected = new Map<string, number>();
  private readonly sentBatches = new Set<string>();
  private outbox: Batch[] = [];
  private seq = 0;
  private flushing = false;
  private blocked: Conflict | null = null;
  private retryMs = RETRY_FIRST_MS;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stream: EventStream | null = null;
  private stopped = false;
  private offlineMessage: string | null = null;

  constructor(
    readonly inv: string,
    private readonly client: TeamClient,
    private readonly store: OutboxStore,
    private readonly hooks: SyncHooks,
  ) {}

  /** Reads the versions and any batches left from before (sent now), then listens for changes. */
  async start(): Promise<void> {
    this.outbox = await this.store.load(this.inv).catch(() => []);
    for (const batch of this.outbox) this.expect(batch);
    if (this.outbox.length) {
      // Edits kept from an earlier visit (the tab closed while offline): on screen at once, sent below.
      const kept = this.outbox.flatMap((batch) => batch.ops.map((op) => ({ ...op, version: op.base + 1 })));
      this.hooks.apply(kept, `${this.outbox.length} change(s) kept from before are being sent.`);
    }
    try {
      const answer = await this.client.versions(this.inv);
      this.seq = answer.seq;
      for (const v of answer.versions) this.versions.set(recordKey(v.kind, v.id), v.version);
    } catch (error) {
      this.goOffline(error);
    }
    this.listen();
    this.report();
    void this.flush();
  }

  stop(): void {
    this.stopped = true;
    this.stream?.close();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.hooks.state({ kind: 'stopped' });
  }

  /** The version a new edit of this record is based on. */
  private baseOf(key: string): number {
    return this.expected.get(key) ?? this.versions.get(key) ?? 0;
  }

  private expect(batch: Batch): void {
    for (const op of batch.ops) this.expected.set(recordKey(op.kind, op.id), op.base + 1);
  }

  /**
   * One edit of the user's: queued at once (and kept in IndexedDB), sent in turn. `bases`: versions a change was
   * made from when older than the latest (a form opened before someone else's change landed). Returns the version
   * each record will have once the server takes the batch.
   */
  edited(changes: readonly RecordChange[], message: string, bases?: ReadonlyMap<string, number>): Operation[] {
    if (changes.length === 0) return [];
    const ops = changes.map((c) => {
      const key = recordKey(c.kind, c.id);
      return { kind: c.kind, id: c.id, base: bases?.get(key) ?? this.baseOf(key), record: c.record };
    });
    const batch: Batch = { id: newBatchId(), message: message.slice(0, 500), ops };
    this.expect(batch);
    this.outbox.push(batch);
    void this.persist();
    this.report();
    void this.flush();
    return ops;
  }

  /**
   * Splits what an undo would change into the records that are the user's to take back (their own version is the
   * latest) and the ones someone else has changed since, which stay as they are now.
   */
  undoable(changes: readonly RecordChange[]): { own: RecordChange[]; others: RecordChange[] } {
    const own: RecordChange[] = [];
    const others: RecordChange[] = [];
    for (const change of changes) {
      const key = recordKey(change.kind, change.id);
      const latest = this.baseOf(key);
      const madeByMe = this.expected.has(key) || this.mine.get(key) === latest;
      (madeByMe ? own : others).push(change);
    }
    return { own, others };
  }

  /** The user settled a conflict: `chosen` holds each conflicting record as it should now be. */
  settle(conflict: Conflict, chosen: ReadonlyMap<string, AnyRecord | null>): void {
    if (this.blocked !== conflict) return;
    const head = this.outbox[0];
    if (head?.id !== conflict.batch.id) return;
    const settled = new Map(conflict.records.map((r) => [recordKey(r.kind, r.id), r]));
    const ops: Operation[] = [];
    for (const op of head.ops) {
      const key = recordKey(op.kind, op.id);
      const record = settled.get(key);
      if (!record) {
        ops.push(op);
        continue;
      }
      this.versions.set(key, record.version);
      const choice = chosen.has(key) ? chosen.get(key)! : op.record;
      // Keeping theirs as it is needs no write.
      if (JSON.stringify(choice) === JSON.stringify(record.theirs)) continue;
      ops.push({ ...op, base: record.version, record: choice });
    }
    this.outbox[0] = { ...head, ops };
    if (ops.length === 0) this.outbox.shift();
    this.recomputeExpected();
    this.blocked = null;
    void this.persist();
    this.hooks.apply(
      conflict.records.map((r) => {
        const key = recordKey(r.kind, r.id);
        const record = chosen.has(key) ? chosen.get(key)! : r.mine;
        return { kind: r.kind, id: r.id, record, version: this.baseOf(key) };
      }),
      'Settled the conflict.',
    );
    this.report();
    void this.flush();
  }

  private recomputeExpected(): void {
    this.expected.clear();
    for (const batch of this.outbox) this.expect(batch);
  }

  private async persist(): Promise<void> {
    await this.store.save(this.inv, this.outbox).catch(() => {});
  }

  private report(): void {
    const waiting = this.outbox.length;
    if (this.stopped) return;
    if (this.blocked) this.hooks.state({ kind: 'conflict', waiting });
    else if (this.offlineMessage) this.hooks.state({ kind: 'offline', waiting, message: this.offlineMessage });
    else this.hooks.state({ kind: 'live', waiting });
  }

  private goOffline(error: unknown): void {
    this.offlineMessage = (error as Error).message || 'The server cannot be reached.';
    this.report();
  }

  private async flush(): Promise<void> {
    if (this.flushing || this.stopped) return;
    this.flushing = true;
    try {
      while (!this.blocked && !this.stopped && this.outbox.length > 0) {
        const batch = this.outbox[0]!;
        const request: OperationsRequest = { ops: batch.ops, message: batch.message, batch: batch.id };
        let answer;
        try {
          this.sentBatches.add(batch.id);
          answer = await this.client.operations(this.inv, request);
        } catch (error) {
          if (error instanceof ServerError && error.status >= 400 && error.status < 500) {
            // Refused for what it is (not for where the server was): it cannot be sent as it is.
            this.outbox.shift();
            this.recomputeExpected();
            await this.persist();
            this.hooks.refused(`The server did not take “${batch.message}”: ${error.message}`);
            continue;
          }
          this.goOffline(error);
          this.scheduleRetry();
          return;
        }
        if (this.offlineMessage) {
          this.offlineMessage = null;
          this.retryMs = RETRY_FIRST_MS;
        }
        if (!answer.ok) {
          const mineByKey = new Map(batch.ops.map((op) => [recordKey(op.kind, op.id), op.record]));
          this.blocked = {
            batch,
            records: answer.conflicts.map((c) => ({
              kind: c.kind,
              id: c.id,
              mine: mineByKey.get(recordKey(c.kind, c.id)) ?? null,
              theirs: c.record,
              by: c.by,
              version: c.version,
            })),
          };
          this.report();
          this.hooks.conflict(this.blocked);
          return;
        }
        for (const v of answer.result.versions) {
          const key = recordKey(v.kind, v.id);
          this.versions.set(key, Math.max(v.version, this.versions.get(key) ?? 0));
          this.mine.set(key, v.version);
        }
        this.outbox.shift();
        this.recomputeExpected();
        await this.persist();
        this.report();
      }
    } finally {
      this.flushing = false;
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, this.retryMs);
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
  }

  private listen(): void {
    this.stream = this.hooks.listen(
      this.client.eventsUrl(this.inv, this.seq),
      (event) => this.received(event),
      () => {
        if (!this.offlineMessage) this.goOffline(new Error('The live connection to the server was lost.'));
      },
      () => this.backOnline(),
    );
  }

  /** The stream is back, so the server is: send what waited. */
  private backOnline(): void {
    if (!this.offlineMessage) return;
    this.offlineMessage = null;
    this.retryMs = RETRY_FIRST_MS;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.report();
    void this.flush();
  }

  /** A change from the live stream: the user's own are known by their batch id; the others go on screen. */
  private received(event: ChangeEvent): void {
    if (event.seq <= this.seq) return;
    this.seq = event.seq;
    this.backOnline();
    const own = event.batch !== null && this.sentBatches.has(event.batch);
    const changes: VersionedChange[] = [];
    for (const r of event.records) {
      const key = recordKey(r.kind, r.id);
      if ((this.versions.get(key) ?? 0) >= r.version) continue;
      this.versions.set(key, r.version);
      // A record the user has a change of waiting stays as they made it: sending it will show both sides.
      if (!own && !this.expected.has(key)) changes.push({ ...r });
    }
    if (changes.length) this.hooks.apply(changes, `${event.by}: ${event.message}`);
  }
}
