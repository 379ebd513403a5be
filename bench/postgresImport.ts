// `npx tsx bench/postgresImport.ts [--relations=100000] [--batch=5000]`: the PostgreSQL store's import rate on a
// throwaway cluster (server/testing), with a heavy-tailed graph, and a few query times on it as a sanity check.
// The full two-store benchmark is `npm run bench:server`; this one isolates the PostgreSQL import.
import { performance } from 'node:perf_hooks';
import { entitySchema, relationSchema } from '../src/model/schema';
import type { Entity, Relation } from '../src/model/schema';
import { openPostgresStore } from '../server/store/postgres';
import { createDatabase, startCluster } from '../server/testing/postgresCluster';

const option = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const relationCount = option('relations', 100_000);
const batch = option('batch', 5000);
const entityCount = Math.round(relationCount * 0.6);

// A fixed-seed generator, so runs compare.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vos', 'del', 'ana', 'ber', 'gu', 'shi', 'zo', 'pel', 'tra'];
const word = () =>
  Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * 14)]).join('');
const KINDS = ['organization', 'person', 'facility', 'document'];

const entities: Entity[] = Array.from({ length: entityCount }, (_, i) =>
  entitySchema.parse({ id: `e${i}`, type: KINDS[i % 4], label: `${word()} ${word()}`, country: 'VE' }),
);
// Sources uniform, targets heavy-tailed: a few entities hold a large share of the relations.
const relations: { relation: Relation; origins: number }[] = Array.from({ length: relationCount }, (_, i) => ({
  relation: relationSchema.parse({
    id: `r${i}`,
    type: i % 3 === 0 ? 'located_in' : 'leads',
    source: `e${Math.floor(random() * entityCount)}`,
    target: `e${Math.floor(entityCount * random() ** 4)}`,
    date: '2020-01-01',
  }),
  origins: 0,
}));

const t = () => performance.now();
const cluster = await startCluster();
try {
  const store = await openPostgresStore(await createDatabase(cluster, 'bench'));
  const start = t();
  const sink = await store.beginImport({ title: 'bench' });
  for (let i = 0; i < entities.length; i += batch) await sink.addEntities(entities.slice(i, i + batch));
  const afterEntities = t();
  for (let i = 0; i < relations.length; i += batch) await sink.addRelations(relations.slice(i, i + batch));
  const afterRelations = t();
  const { id } = await sink.finish();
  const end = t();
  const seconds = (end - start) / 1000;
  console.log(`${entityCount} entities, ${relationCount} relations, batches of ${batch}`);
  console.log(`  entities ${((afterEntities - start) / 1000).toFixed(2)} s`);
  console.log(`  relations ${((afterRelations - afterEntities) / 1000).toFixed(2)} s`);
  console.log(`  finish (degrees, entities, adjacency, counts) ${((end - afterRelations) / 1000).toFixed(2)} s`);
  console.log(`  total ${seconds.toFixed(2)} s: ${Math.round(relationCount / seconds)} relations/s`);

  const timed = async (what: string, run: () => Promise<unknown>) => {
    await run();
    const s = t();
    for (let i = 0; i < 20; i++) await run();
    console.log(`  ${what}: ${((t() - s) / 20).toFixed(1)} ms`);
  };
  const [hub] = await store.entitiesById(id, ['e0']);
  console.log(`queries (mean of 20; supernode e0 has degree ${hub!.degree})`);
  await timed('search "ka"', () => store.search(id, ['ka'], 20, 0, 1000));
  const [first, second] = entities[7]!.label.split(' ') as [string, string];
  await timed('search a name being typed ("word wo")', () =>
    store.search(id, [first, second.slice(0, 2)], 20, 0, 1000),
  );
  await timed('near miss', () => store.search(id, ['kalomiraa'], 20, 0, 1000));
  await timed('supernode counts', () => store.neighbourCounts([hub!.n]));
  await timed('supernode 50 most connected', () => store.neighbours([hub!.n], { order: 'most', limit: 50 }));
  await timed('walk from supernode (cap 10000)', () =>
    store.walk([hub!.n], { direction: 'both', rules: null, cap: 10_000 }),
  );
  await store.close();
} finally {
  await cluster.stop();
}
