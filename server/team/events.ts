// Live changes: a batch accepted by any server reaches every open investigation within a moment. With SQLite there is
// one server, and the writer tells its own listeners; with PostgreSQL every server LISTENs on one channel, and the
// writer's transaction NOTIFYs it at commit (records.ts), so servers behind a load balancer all hear every change.
import { EventEmitter } from 'node:events';
import pg from 'pg';

export interface ChangeBus {
  /** Calls `listener` with the investigation's newest seq whenever a batch lands; returns the unsubscribe. */
  subscribe(inv: string, listener: (seq: number) => void): () => void;
  /** After a batch commits: the SQLite side announces it here; PostgreSQL announces it through NOTIFY. */
  committed(inv: string, seq: number): void;
  close(): Promise<void>;
}

class LocalBus implements ChangeBus {
  protected readonly emitter = new EventEmitter().setMaxListeners(0);
  subscribe(inv: string, listener: (seq: number) => void): () => void {
    this.emitter.on(inv, listener);
    return () => this.emitter.off(inv, listener);
  }
  committed(inv: string, seq: number): void {
    this.emitter.emit(inv, seq);
  }
  async close(): Promise<void> {}
}

export const localBus = (): ChangeBus => new LocalBus();

class PostgresBus extends LocalBus {
  private client: pg.Client | null = null;
  private closed = false;

  constructor(private readonly url: string) {
    super();
  }

  async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'graph-explorer-listen' });
    client.on('notification', (message) => {
      try {
        const { inv, seq } = JSON.parse(message.payload ?? '') as { inv: string; seq: number };
        this.emitter.emit(inv, seq);
      } catch {
        // Not ours: ignore.
      }
    });
    // A dropped connection is made again, so a restart of PostgreSQL does not end live updates for good.
    client.on('error', () => {
      this.client = null;
      if (!this.closed) setTimeout(() => void this.listen().catch(() => {}), 1000);
    });
    await client.connect();
    await client.query('LISTEN team_changes');
    this.client = client;
  }

  override committed(): void {
    // NOTIFY brings it, to this server as to the others.
  }

  override async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => {});
  }
}

export async function postgresBus(url: string): Promise<ChangeBus> {
  const bus = new PostgresBus(url);
  await bus.listen();
  return bus;
}
