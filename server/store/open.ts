// Picks the store from the environment: PostgreSQL when DATABASE_URL is set, otherwise the embedded SQLite file.
import { join } from 'node:path';
import { openPostgresStore } from './postgres';
import { openSqliteStore } from './sqlite/sqliteStore';
import type { Store } from './types';

export interface StoreSettings {
  /** postgres://… ; absent: SQLite. */
  databaseUrl?: string;
  /** Read replicas for PostgreSQL, comma-separated in DATABASE_REPLICA_URLS. */
  replicaUrls?: string[];
  /** PostgreSQL: longest a request's query may run (DATABASE_STATEMENT_TIMEOUT_MS; default 10 s). */
  statementTimeoutMs?: number;
  /** Where the SQLite file lives (default data/). */
  dataDir: string;
}

export const SQLITE_FILE = 'graph-store.sqlite';

export async function openStore(settings: StoreSettings): Promise<Store> {
  if (settings.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(settings.databaseUrl)) {
      throw new Error('DATABASE_URL must start with postgres:// (or postgresql://).');
    }
    return openPostgresStore(settings.databaseUrl, {
      replicaUrls: settings.replicaUrls ?? [],
      ...(settings.statementTimeoutMs !== undefined && { statementTimeoutMs: settings.statementTimeoutMs }),
    });
  }
  return openSqliteStore(join(settings.dataDir, SQLITE_FILE));
}
