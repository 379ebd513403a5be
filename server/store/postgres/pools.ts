// Connections of the PostgreSQL store: one pool for the primary (imports, deletes) and one per read replica, read
// round-robin. Every connection carries a statement timeout, so no query of a request runs unbounded.
import pg from 'pg';

export interface PostgresStoreOptions {
  /** Streaming replicas that serve reads (DATABASE_REPLICA_URLS); without any, the primary serves them. */
  replicaUrls?: readonly string[];
  /** Longest a request's query may run (default 10 s). */
  statementTimeoutMs?: number;
  /** Longest one statement of an import may run; 0 (the default) for no limit, as a big import's last step is long. */
  importStatementTimeoutMs?: number;
  /** Connections per pool (default 10). */
  poolSize?: number;
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

/**
 * pg_trgm's word-similarity threshold for near misses: 0.5 rather than its 0.6, so that a word missing one letter
 * of five ("putn" in "vladimir putin") still counts. Set at connection start: the `<%` operator reads it.
 */
const SESSION_OPTIONS = '-c pg_trgm.word_similarity_threshold=0.5';

function pool(url: string, options: PostgresStoreOptions): pg.Pool {
  const created = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: 60_000,
    options: SESSION_OPTIONS,
    application_name: 'graph-explorer',
  });
  // An idle connection can fail (the server restarts); the pool drops it, and the next query gets a new one.
  created.on('error', () => {});
  return created;
}

export class Pools {
  readonly primary: pg.Pool;
  private readonly replicas: pg.Pool[];
  private next = 0;

  constructor(url: string, options: PostgresStoreOptions) {
    this.primary = pool(url, options);
    this.replicas = (options.replicaUrls ?? []).map((replica) => pool(replica, options));
  }

  /** The pool for a read: the replicas in turn, or the primary when there are none. */
  read(): pg.Pool {
    if (this.replicas.length === 0) return this.primary;
    const chosen = this.replicas[this.next % this.replicas.length]!;
    this.next = (this.next + 1) % this.replicas.length;
    return chosen;
  }

  all(): pg.Pool[] {
    return [this.primary, ...this.replicas];
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((p) => p.end()));
  }
}

/** DATABASE_REPLICA_URLS: comma-separated URLs, blanks ignored. */
export function replicaUrlsFrom(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url.length > 0);
}
