// The stores the bench runs the server over, each made fresh and thrown away afterwards: SQLite in a temporary
// folder, PostgreSQL in a throwaway cluster (server/testing/postgresCluster.ts). Each says how to start the server
// over it (environment) and how big it is on disk.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, startCluster } from '../../server/testing/postgresCluster';
import { listOption } from '../args';

export type StoreName = 'sqlite' | 'postgres';
export const STORE_NAMES: StoreName[] = ['sqlite', 'postgres'];

/** The stores named by `--stores` (both by default); an unknown name is refused. */
export function chosenStores(): StoreName[] {
  const stores = (listOption('stores') ?? STORE_NAMES).map((s) => s.trim()).filter(Boolean) as StoreName[];
  for (const s of stores)
    if (!STORE_NAMES.includes(s)) throw new Error(`--stores: unknown store "${s}" (sqlite, postgres)`);
  return stores;
}
export const STORE_TITLES: Record<StoreName, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export interface StoreUnderTest {
  name: StoreName;
  /** Environment for server/main.ts. */
  env: Record<string, string>;
  /** Bytes on disk: the SQLite files, or pg_database_size of the server's database. */
  sizeBytes(): Promise<number>;
  /** Memory of the store's own processes (MB, proportional set size), when it runs apart from the server. */
  memoryMB(): number | undefined;
  /** CPU milliseconds the store's own processes have used (their children's included), where it runs apart. */
  cpuMs?(): number;
  /** What the store is, for the report (version, settings that matter to speed). */
  describe(): Promise<string>;
  dispose(): Promise<void>;
}

function folderBytes(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

/** Kilobytes of one line of /proc/<pid>/<file>, or 0 when the process is gone. */
function procKb(pid: number, file: string, key: string): number {
  try {
    const line = readFileSync(`/proc/${pid}/${file}`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${key}:`));
    return line ? Number(line.split(/\s+/)[1]) || 0 : 0;
  } catch {
    return 0;
  }
}

/**
 * PostgreSQL's postmaster (its pid is the first line of postmaster.pid) and every process it started. PSS, not RSS:
 * the shared buffers are mapped by every backend and would be counted once per process.
 */
function clusterMemoryMB(dataDir: string): number | undefined {
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
  let kb = procKb(postmaster, 'smaps_rollup', 'Pss');
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (ppid === postmaster) kb += procKb(Number(name), 'smaps_rollup', 'Pss');
    } catch {
      // The process ended meanwhile.
    }
  }
  return kb / 1024;
}

/** CPU milliseconds of a process and its waited-for children (utime, stime, cutime, cstime in /proc/<pid>/stat). */
function procCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** PostgreSQL's postmaster and the processes it runs now (ended backends count in its children's time). */
function clusterCpuMs(dataDir: string): number {
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return 0;
  }
  let ms = procCpuMs(postmaster);
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (ppid === postmaster) ms += procCpuMs(Number(name));
    } catch {
      // The process ended meanwhile.
    }
  }
  return ms;
}

function sqliteStore(): StoreUnderTest {
  const folder = mkdtempSync(join(tmpdir(), 'graph-bench-sqlite-'));
  return {
    name: 'sqlite',
    env: { DATA_DIR: folder },
    sizeBytes: async () => folderBytes(folder),
    memoryMB: () => undefined,
    describe: async () => 'SQLite (better-sqlite3), one file in a temporary folder',
    dispose: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

async function postgresStore(): Promise<StoreUnderTest> {
  const cluster = await startCluster();
  const url = await createDatabase(cluster, 'bench');
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
    memoryMB: () => clusterMemoryMB(join(cluster.folder, 'data')),
    cpuMs: () => clusterCpuMs(join(cluster.folder, 'data')),
    sizeBytes: async () =>
      Number((await query<{ size: string }>('SELECT pg_database_size(current_database()) AS size')).size),
    describe: async () => {
      const { version, buffers } = await query<{ version: string; buffers: string }>(
        "SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS buffers",
      );
      return `PostgreSQL ${version} in a throwaway cluster (the tests' settings: fsync, synchronous_commit and full_page_writes off; shared_buffers ${buffers})`;
    },
    dispose: () => cluster.stop(),
  };
}

export async function prepareStore(name: StoreName): Promise<StoreUnderTest> {
  return name === 'sqlite' ? sqliteStore() : postgresStore();
}
