// Throwaway PostgreSQL clusters for the tests: initdb in a fresh temporary folder, a free localhost port, the socket
// inside that folder, durability off for speed; a streaming replica of one; removal afterwards. No store is mocked.
import { execFile, execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { ensurePostgres } from '../../scripts/ensure-postgres.mjs';

const run = promisify(execFile);

/** Folders are named after the process that made them, so a later run can remove those left by a killed one. */
const FOLDER_PREFIX = 'graph-explorer-pg-';
const SUPERUSER = 'postgres';

export interface Cluster {
  /** The temporary folder: data/ (the cluster), the socket and log. */
  folder: string;
  port: number;
  bindir: string;
  /** A URL for the superuser on database `database`. */
  url(database?: string): string;
  stop(): Promise<void>;
}

interface RunAs {
  uid: number;
  gid: number;
}

/**
 * initdb refuses to run as root (as we do in CI), so as root the cluster belongs to the `postgres` system user that
 * Debian's package creates; otherwise to whoever runs the tests.
 */
function runAs(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      'The tests run as root, and PostgreSQL refuses to run as root, but there is no `postgres` user to run it as.\n' +
        "Install Debian's postgresql package (it creates that user: `apt-get install -y postgresql`), " +
        'or run the tests as an unprivileged user.',
    );
  }
}

/** A new empty folder owned by the user the cluster will run as, in `parent` (a run's folder) or the temp folder. */
export function makeClusterFolder(parent?: string): string {
  const folder = mkdtempSync(parent ? join(parent, 'cluster-') : join(tmpdir(), `${FOLDER_PREFIX}${process.pid}-`));
  const owner = runAs();
  if (owner) chownSync(folder, owner.uid, owner.gid);
  return folder;
}

async function program(bindir: string, name: string, args: string[], cwd: string): Promise<string> {
  const owner = runAs();
  try {
    const { stdout } = await run(join(bindir, name), args, {
      cwd,
      env: { ...process.env, HOME: cwd, LC_ALL: 'C', PGTZ: 'UTC' },
      ...(owner ?? {}),
    });
    return stdout;
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new Error(`${name} failed: ${stderr?.trim() || message}${logTail(cwd)}`, { cause: error });
  }
}

function logTail(folder: string): string {
  const log = join(folder, 'log');
  if (!existsSync(log)) return '';
  return `\nServer log (${log}):\n${readFileSync(log, 'utf8').split('\n').slice(-15).join('\n')}`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function settings(folder: string, port: number): string {
  return [
    '',
    '# Throwaway test cluster: localhost only, socket in its own folder, no durability.',
    "listen_addresses = '127.0.0.1'",
    `port = ${port}`,
    `unix_socket_directories = '${folder}'`,
    'fsync = off',
    'synchronous_commit = off',
    'full_page_writes = off',
    'max_connections = 100',
    '',
  ].join('\n');
}

/** Starts the cluster in `folder` on a free port, trying another port if the one picked was taken meanwhile. */
async function startIn(folder: string, bindir: string): Promise<Cluster> {
  const data = join(folder, 'data');
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    appendFileSync(join(data, 'postgresql.conf'), settings(folder, port));
    try {
      await program(bindir, 'pg_ctl', ['-D', data, '-l', join(folder, 'log'), '-w', '-t', '120', 'start'], folder);
    } catch (error) {
      if (attempt < 3 && /could not bind|already in use/i.test(readLog(folder))) continue;
      throw error;
    }
    return {
      folder,
      port,
      bindir,
      url: (database = 'postgres') => `postgres://${SUPERUSER}@127.0.0.1:${port}/${database}`,
      stop: async () => removeCluster(folder),
    };
  }
}

function readLog(folder: string): string {
  const log = join(folder, 'log');
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}

/** initdb and start a new cluster; `folder` (from makeClusterFolder) defaults to a new one. */
export async function startCluster(folder = makeClusterFolder()): Promise<Cluster> {
  const { bindir } = ensurePostgres();
  const args = ['-D', join(folder, 'data'), '-U', SUPERUSER, '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'];
  await program(bindir, 'initdb', args, folder);
  return startIn(folder, bindir);
}

/** A streaming replica of `primary` (pg_basebackup -R writes standby.signal and primary_conninfo), started. */
export async function startReplica(primary: Cluster): Promise<Cluster> {
  const folder = makeClusterFolder();
  const args = ['-h', '127.0.0.1', '-p', String(primary.port), '-U', SUPERUSER, '-D', join(folder, 'data')];
  await program(primary.bindir, 'pg_basebackup', [...args, '-R', '-X', 'stream', '-c', 'fast', '--no-sync'], folder);
  return startIn(folder, primary.bindir);
}

/** Creates a database with a new name on the cluster and returns its URL. */
export async function createDatabase(cluster: Cluster, prefix = 'test'): Promise<string> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`.replace(/[^a-z0-9_]/g, '_');
  const client = new pg.Client({ connectionString: cluster.url() });
  await client.connect();
  try {
    // A database name cannot be a parameter; this one is made above from letters, digits and underscores only.
    await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
  return cluster.url(name);
}

/** A folder for one test run's shared cluster, made before anyone knows whether a test will need it. */
export function makeRunFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), `${FOLDER_PREFIX}${process.pid}-`));
  chmodSync(folder, 0o755); // the cluster's owner must reach its own folder inside
  return folder;
}

/**
 * Stops the cluster in `folder`, or in any folder directly inside it (a run's shared cluster), at once (the data is
 * thrown away), then deletes the folder. Synchronous, so that it can run on exit.
 */
export function removeCluster(folder: string): void {
  if (!existsSync(folder)) return;
  for (const inner of readdirSync(folder, { withFileTypes: true })) {
    if (inner.isDirectory() && inner.name !== 'data') stopIn(join(folder, inner.name));
  }
  stopIn(folder);
  rmSync(folder, { recursive: true, force: true });
}

function stopIn(folder: string): void {
  const data = join(folder, 'data');
  if (existsSync(join(data, 'postmaster.pid'))) {
    const { bindir } = ensurePostgres({ install: false });
    try {
      execFileSync(join(bindir, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], {
        cwd: folder,
        stdio: 'ignore',
        ...(runAs() ?? {}),
      });
    } catch {
      // Already stopped: nothing to do but remove the folder.
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes clusters left behind by test runs that were killed before they could clean up. */
export function removeStaleClusters(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.startsWith(FOLDER_PREFIX) ? name.slice(FOLDER_PREFIX.length).split('-')[0] : NaN);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) removeCluster(join(tmpdir(), name));
  }
}
