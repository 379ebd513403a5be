// The PostgreSQL store's connections on a real PostgreSQL: every query is bounded by the statement timeout, and
// reads take the replicas in turn (two databases stand in for two replicas here, so each answer says which).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { POSTGRES_SETUP_TIMEOUT_MS, testDatabase } from '../../testing/postgresForTests';
import { Pools, replicaUrlsFrom } from './pools';

let primary: string;
let replicas: string[];
const opened: Pools[] = [];

beforeAll(async () => {
  primary = await testDatabase('pools');
  replicas = [await testDatabase('replica_a'), await testDatabase('replica_b')];
}, POSTGRES_SETUP_TIMEOUT_MS);

afterAll(async () => {
  await Promise.all(opened.map((pools) => pools.close()));
});

const open = (...args: ConstructorParameters<typeof Pools>) => {
  const pools = new Pools(...args);
  opened.push(pools);
  return pools;
};
const databaseOf = (url: string) => new URL(url).pathname.slice(1);

it('cancels a query that runs longer than the statement timeout', async () => {
  const pools = open(primary, { statementTimeoutMs: 100 });
  await expect(pools.read().query('SELECT pg_sleep(5)')).rejects.toMatchObject({ code: '57014' });
  // The connection is still usable afterwards.
  expect((await pools.read().query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
});

it('reads from the replicas in turn and writes to the primary', async () => {
  const pools = open(primary, { replicaUrls: replicas });
  const read = async () => (await pools.read().query('SELECT current_database() AS db')).rows[0].db as string;
  const [a, b] = replicas.map(databaseOf);
  expect([await read(), await read(), await read(), await read()]).toEqual([a, b, a, b]);
  expect((await pools.primary.query('SELECT current_database() AS db')).rows[0].db).toBe(databaseOf(primary));
});

it('reads from the primary when there are no replicas', async () => {
  const pools = open(primary, {});
  expect((await pools.read().query('SELECT current_database() AS db')).rows[0].db).toBe(databaseOf(primary));
});

it('reads DATABASE_REPLICA_URLS as a comma-separated list', () => {
  expect(replicaUrlsFrom(' postgres://a/x , ,postgres://b/y,')).toEqual(['postgres://a/x', 'postgres://b/y']);
  expect(replicaUrlsFrom(undefined)).toEqual([]);
});
