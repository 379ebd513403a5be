// What a test file calls for a PostgreSQL database of its own: a new database on the run's shared cluster, which
// the first caller starts. Test files run in separate processes, so they agree through files in the run's folder:
// mkdir is atomic, so exactly one of them makes the cluster and the others wait for its address (or its error).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createDatabase, makeClusterFolder, startCluster, type Cluster } from './postgresCluster';

interface SharedCluster {
  folder: string;
  port: number;
  bindir: string;
}

const STARTUP_LIMIT_MS = 10 * 60_000; // an apt-get install of postgresql may come first

let shared: Promise<Cluster> | undefined;

async function waitForFile(path: string, errorPath: string): Promise<string> {
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  while (!existsSync(path)) {
    if (existsSync(errorPath)) throw new Error(readFileSync(errorPath, 'utf8'));
    if (Date.now() > deadline) throw new Error('Gave up waiting for another test file to start PostgreSQL.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return readFileSync(path, 'utf8');
}

function asCluster({ folder, port, bindir }: SharedCluster): Cluster {
  return {
    folder,
    port,
    bindir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    // The run's globalSetup stops the shared cluster once every file is done.
    stop: async () => {},
  };
}

async function startOrJoin(): Promise<Cluster> {
  const run = inject('postgresRunFolder');
  if (!run) throw new Error('No postgresRunFolder: run these tests through vitest with the project config.');
  const state = join(run, 'cluster.json');
  const failure = join(run, 'cluster-error.txt');
  try {
    mkdirSync(join(run, 'starting'));
  } catch {
    return asCluster(JSON.parse(await waitForFile(state, failure)) as SharedCluster);
  }
  try {
    const cluster = await startCluster(makeClusterFolder(run));
    const { folder, port, bindir } = cluster;
    writeFileSync(`${state}.tmp`, JSON.stringify({ folder, port, bindir }));
    // A rename is atomic: a waiting file never reads half the address.
    renameSync(`${state}.tmp`, state);
    return cluster;
  } catch (error) {
    writeFileSync(failure, (error as Error).message);
    throw error;
  }
}

/** A URL to a new, empty database on the run's cluster. */
export async function testDatabase(prefix = 'test'): Promise<string> {
  shared ??= startOrJoin();
  return createDatabase(await shared, prefix);
}

/** For beforeAll: starting PostgreSQL may take an apt-get install the first time. */
export const POSTGRES_SETUP_TIMEOUT_MS = STARTUP_LIMIT_MS;
