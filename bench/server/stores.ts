// The stores the bench runs the server over, each made fresh and thrown away afterwards: SQLite in a temporary
// folder, PostgreSQL in a throwaway cluster (server/testing/postgresCluster.ts). Each says how to start the server
// over it (environment) and how big it is on disk.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type StoreName = 'sqlite' | 'postgres';
export const STORE_NAMES: StoreName[] = ['sqlite', 'postgres'];
export const STORE_TITLES: Record<StoreName, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export interface StoreUnderTest {
  name: StoreName;
  /** Environment for server/main.ts. */
  env: Record<string, string>;
  /** Bytes on disk: the SQLite files, or pg_database_size of the server's database. */
  sizeBytes(): Promise<number>;
  /** What the store is, for the report (version, settings that matter to speed). */
  describe(): Promise<string>;
  dispose(): Promise<void>;
}

function folderBytes(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

function sqliteStore(): StoreUnderTest {
  const folder = mkdtempSync(join(tmpdir(), 'graph-bench-sqlite-'));
  return {
    name: 'sqlite',
    env: { DATA_DIR: folder },
    sizeBytes: async () => folderBytes(folder),
    describe: async () => 'SQLite (better-sqlite3), one file in a temporary folder',
    dispose: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** What the bench uses of the pg helper's module (loaded when PostgreSQL is asked for, so SQLite runs without it). */
interface ClusterModule {
  startCluster(): Promise<{ url(database?: string): string; stop(): Promise<void> }>;
  createDatabase(cluster: { url(database?: string): string }, prefix?: string): Promise<string>;
}

async function postgresStore(): Promise<StoreUnderTest> {
  const modulePath = '../../server/testing/postgresCluster';
  const clusters = (await import(modulePath)) as ClusterModule;
  const cluster = await clusters.startCluster();
  const url = await clusters.createDatabase(cluster, 'bench');
  const query = async <T>(sql: string): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows[0] as T;
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres',
    env: { DATABASE_URL: url },
    sizeBytes: async () =>
      Number((await query<{ size: string }>('SELECT pg_database_size(current_database()) AS size')).size),
    describe: async () => {
      const { version } = await query<{ version: string }>("SELECT current_setting('server_version') AS version");
      return `PostgreSQL ${version} in a throwaway cluster (fsync, synchronous_commit and full_page_writes off)`;
    },
    dispose: () => cluster.stop(),
  };
}

export async function prepareStore(name: StoreName): Promise<StoreUnderTest> {
  return name === 'sqlite' ? sqliteStore() : postgresStore();
}
