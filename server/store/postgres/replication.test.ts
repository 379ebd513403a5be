// Read replicas on this machine: a primary and a streaming replica (initdb, pg_basebackup -R, localhost ports). The
// store imports through the primary and reads through the replica; pausing the replica's replay shows which one
// answered: what the primary has and the replica has not yet replayed is not seen until replay resumes.
import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { createDatabase, startCluster, startReplica, type Cluster } from '../../testing/postgresCluster';
import { POSTGRES_SETUP_TIMEOUT_MS } from '../../testing/postgresForTests';
import { openPostgresStore, type PostgresStore } from './index';
import { head, importFixture } from './fixture';

let primary: Cluster | undefined;
let replica: Cluster | undefined;
let store: PostgresStore;
let primaryAdmin: pg.Client;
let replicaAdmin: pg.Client;
let primaryDatabaseUrl: string;

beforeAll(async () => {
  primary = await startCluster();
  replica = await startReplica(primary);
  const url = await createDatabase(primary, 'replicated');
  primaryDatabaseUrl = url;
  const database = new URL(url).pathname.slice(1);
  primaryAdmin = new pg.Client(primary.url());
  replicaAdmin = new pg.Client(replica.url());
  await Promise.all([primaryAdmin.connect(), replicaAdmin.connect()]);
  await caughtUp(); // the new database exists on the replica too
  store = await openPostgresStore(url, { replicaUrls: [replica.url(database)] });
}, POSTGRES_SETUP_TIMEOUT_MS);

afterAll(async () => {
  await store?.close();
  await Promise.all([primaryAdmin?.end(), replicaAdmin?.end()]);
  await replica?.stop();
  await primary?.stop();
});

/**
 * Waits until the replica has replayed everything the primary has written so far. The test cluster commits without
 * waiting for the flush (`synchronous_commit = off`), so the write position can lag the last commit by a flush: the
 * insert position is where that commit ends.
 */
async function caughtUp(): Promise<void> {
  const { rows } = await primaryAdmin.query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn');
  const deadline = Date.now() + 60_000;
  for (;;) {
    const replayed = await replicaAdmin.query<{ done: boolean }>(
      'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
      [rows[0]!.lsn],
    );
    if (replayed.rows[0]!.done) return;
    if (Date.now() > deadline) throw new Error(`the replica did not replay up to ${rows[0]!.lsn} within a minute`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const listedIds = async () => (await store.listInvestigations(100, 0)).map((inv) => inv.id);

it('imports through the primary and reads through the replica once it has caught up', async () => {
  expect((await replicaAdmin.query('SELECT pg_is_in_recovery() AS standby')).rows[0].standby).toBe(true);

  // The replica refuses writes, so an import that succeeds went to the primary.
  const first = await importFixture(store);
  await caughtUp();
  expect(await listedIds()).toEqual([first]);
  expect((await store.search(first, ['putin'], 10, 0, 1000)).rows.map((row) => row.entity.id)).toEqual(['putin']);
  const [russia] = await store.entitiesById(first, ['russia']);
  expect(russia!.degree).toBe(3);
  expect(await store.neighbours([russia!.n], { order: 'most', limit: 1 })).toHaveLength(1);

  // With replay paused, a second import is on the primary only: the store's reads do not see it yet.
  await replicaAdmin.query('SELECT pg_wal_replay_pause()');
  const second = await importFixture(store);
  const onPrimary = new pg.Client(primaryDatabaseUrl);
  await onPrimary.connect();
  const there = await onPrimary
    .query('SELECT title FROM investigations WHERE id = $1', [second])
    .finally(() => onPrimary.end());
  expect(there.rows).toEqual([{ title: head.title }]);
  expect(await listedIds()).toEqual([first]);
  expect(await store.getInvestigation(second)).toBeNull();

  await replicaAdmin.query('SELECT pg_wal_replay_resume()');
  await caughtUp();
  expect(await listedIds()).toEqual([first, second]);
  expect((await store.getInvestigation(second))?.title).toBe(head.title);
});
