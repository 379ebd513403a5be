// Search in the PostgreSQL store where its shortcuts apply: an entity connected enough to be in the partial names
// index (degree 12 or more) beside matches that are not, and prefixes answered as the whole words they start. The
// order (most connected first) and the counts are known from the records below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_SETUP_TIMEOUT_MS, testDatabase } from '../../testing/postgresForTests';
import { entity, importFixture, relation, sources } from './fixture';
import { openPostgresStore, type PostgresStore } from './index';

// "Harbour Trust" has 13 relations, "Harbour Lane" 2, "Harbour View" none; the leaves' names hold no "harbour".
const leaves = Array.from({ length: 13 }, (_, i) => entity(`leaf${i}`, 'organization', `Leaf ${i}`));
const entities = [
  entity('trust', 'organization', 'Harbour Trust'),
  entity('lane', 'organization', 'Harbour Lane'),
  entity('view', 'organization', 'Harbour View'),
  ...leaves,
];
const link = (id: string, source: string, target: string) => ({
  relation: relation({ id, type: 'owns', source, target }),
  origins: 1,
});
const relations = [
  ...leaves.map((leaf, i) => link(`t${i}`, 'trust', leaf.id)),
  link('l0', 'lane', 'leaf0'),
  link('l1', 'lane', 'leaf1'),
];

let store: PostgresStore;
let inv: string;

beforeAll(async () => {
  store = await openPostgresStore(await testDatabase('search'));
  inv = await importFixture(store, { sources, entities, relations }, 50);
}, POSTGRES_SETUP_TIMEOUT_MS);

afterAll(async () => {
  await store?.close();
});

const search = async (words: string[], limit: number, offset = 0) => {
  const { rows, total } = await store.search(inv, words, limit, offset, 1000);
  return { ids: rows.map((row) => row.entity.id), total };
};

describe('search with a well-connected match', () => {
  it('ranks the most connected first, however many are asked for, and counts every match', async () => {
    expect(await search(['harbour'], 1)).toEqual({ ids: ['trust'], total: 3 });
    expect(await search(['harbour'], 2)).toEqual({ ids: ['trust', 'lane'], total: 3 });
    expect(await search(['harbour'], 10)).toEqual({ ids: ['trust', 'lane', 'view'], total: 3 });
  });

  it('pages on from the first page', async () => {
    expect(await search(['harbour'], 1, 1)).toEqual({ ids: ['lane'], total: 3 });
    expect(await search(['harbour'], 2, 2)).toEqual({ ids: ['view'], total: 3 });
  });

  it('takes a prefix as the words it starts, with the other words', async () => {
    expect(await search(['harb'], 10)).toEqual({ ids: ['trust', 'lane', 'view'], total: 3 });
    expect(await search(['harb', 'la'], 10)).toEqual({ ids: ['lane'], total: 1 });
    expect(await search(['le', '1'], 20)).toEqual({ ids: ['leaf1'], total: 1 });
  });

  it('turns to near misses when a word starts no word of the names', async () => {
    const { ids, total } = await search(['harbourx'], 10);
    expect({ ids: [...ids].sort(), total }).toEqual({ ids: ['lane', 'trust', 'view'], total: 3 });
  });
});

describe('search with the words held in memory', () => {
  it('finds a later investigation’s own words, not the first one’s', async () => {
    expect((await search(['harb'], 10)).total).toBe(3);
    const later = await importFixture(
      store,
      { sources, entities: [entity('hart', 'organization', 'Hartley Holdings')], relations: [] },
      50,
    );
    const inLater = await store.search(later, ['har'], 10, 0, 1000);
    expect(inLater.rows.map((row) => row.entity.id)).toEqual(['hart']);
    expect((await search(['har'], 10)).ids).toEqual(['trust', 'lane', 'view']);
    await store.deleteInvestigation(later);
    expect(await store.search(later, ['har'], 10, 0, 1000)).toEqual({ rows: [], total: 0 });
  });
});
