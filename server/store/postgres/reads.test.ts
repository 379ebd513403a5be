// The PostgreSQL store on a real PostgreSQL: a hand-made investigation imported, then found by search (accents,
// word prefixes, near misses), expanded (counts, most and least connected first) and walked (direction, rules).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_SETUP_TIMEOUT_MS, testDatabase } from '../../testing/postgresForTests';
import { openPostgresStore, type PostgresStore } from './index';
import { importFixture } from './fixture';
import { describeHubSteps } from '../../testing/hubSteps';

let store: PostgresStore;
let inv: string;
const n: Record<string, number> = {};

beforeAll(async () => {
  store = await openPostgresStore(await testDatabase('reads'));
  inv = await importFixture(store);
  for (const row of await store.entitiesById(inv, ['putin', 'maduro', 'velasquez', 'russia', 'venezuela', 'rosneft']))
    n[row.entity.id] = row.n;
}, POSTGRES_SETUP_TIMEOUT_MS);

afterAll(async () => {
  await store?.close();
});

const ids = (rows: { entity: { id: string } }[]) => rows.map((row) => row.entity.id);
const name = (number: number) => Object.keys(n).find((id) => n[id] === number);
const names = (rows: { neighbour: number }[]) => rows.map((row) => name(row.neighbour));
const searchIds = async (words: string[], limit = 10, offset = 0) => {
  const { rows, total } = await store.search(inv, words, limit, offset, 1000);
  return { ids: ids(rows), total };
};

describe('search', () => {
  it('finds every word as the prefix of a word of the label, ignoring accents and case', async () => {
    expect(await searchIds(['velasquez'])).toEqual({ ids: ['velasquez'], total: 1 });
    expect(await searchIds(['VELÁS'])).toEqual({ ids: ['velasquez'], total: 1 });
    expect(await searchIds(['nicolas', 'mad'])).toEqual({ ids: ['maduro'], total: 1 });
    expect(await searchIds(['put', 'vlad'])).toEqual({ ids: ['putin'], total: 1 });
  });

  it('checks two-letter prefixes beside longer words, and takes a one-letter word whole', async () => {
    expect((await searchIds(['vladimir', 'pu'])).ids).toEqual(['putin']);
    expect((await searchIds(['pu', 'vladimir'])).ids).toEqual(['putin']);
    // "an" alone starts a word in one name; beside "vel" it is only checked on what "vel" finds.
    expect(await searchIds(['an', 'vel'])).toEqual({ ids: ['velasquez'], total: 1 });
    // "a" is no word of any name (as a prefix it would start words in three).
    expect((await searchIds(['a'])).ids).toEqual([]);
  });

  it('finds words inside hyphenated names and in aliases', async () => {
    expect((await searchIds(['assad'])).ids).toEqual(['assad']);
    expect((await searchIds(['al-assad'])).ids).toEqual(['assad']);
    expect((await searchIds(['путин'])).ids).toEqual(['putin']);
  });

  it('ranks the most connected first and pages through the matches', async () => {
    // "ve" starts Venezuela (degree 2) and Velásquez (1).
    expect(await searchIds(['ve'])).toEqual({ ids: ['venezuela', 'velasquez'], total: 2 });
    expect(await searchIds(['ve'], 1, 1)).toEqual({ ids: ['velasquez'], total: 2 });
  });

  it('counts up to the cap only', async () => {
    const { total } = await store.search(inv, ['ve'], 1, 0, 1);
    expect(total).toBe(1);
  });

  it('gives near misses by trigram when no name has the words as prefixes', async () => {
    expect((await searchIds(['putn'])).ids).toEqual(['putin']);
    expect((await searchIds(['venezeula'])).ids).toEqual(['venezuela']);
    // A word that is a prefix is found as such, without near misses beside it ("rosneft" is near no other name,
    // but "russia" would be near "russ" if near misses padded out the prefix matches).
    expect((await searchIds(['rosneft'])).ids).toEqual(['rosneft']);
    expect(await searchIds(['russ'])).toEqual({ ids: ['russia'], total: 1 });
  });

  it('finds nothing for words made only of punctuation, and nothing outside the investigation', async () => {
    expect(await searchIds(['-', '&|!'])).toEqual({ ids: [], total: 0 });
    expect((await store.search('another', ['putin'], 10, 0, 1000)).rows).toEqual([]);
  });

  it('finds a folded label exactly', async () => {
    expect(ids(await store.exactLabel(inv, 'vladimir putin', 5))).toEqual(['putin']);
    expect(ids(await store.exactLabel(inv, 'vladimir', 5))).toEqual([]);
  });
});

describe('records', () => {
  it('returns entities with their degrees, by id and by number', async () => {
    const byId = await store.entitiesById(inv, ['russia', 'nobody', 'not-there']);
    expect(byId.map((row) => [row.entity.id, row.degree])).toEqual([
      ['russia', 3],
      ['nobody', 0],
    ]);
    const byN = await store.entitiesByN([n.putin!]);
    expect(byN[0]!.entity).toMatchObject({ id: 'putin', label: 'Vladimir Putin', aliases: ['Путин'] });
  });

  it('returns relations with their claims in order, and sources without their texts', async () => {
    const [between] = await store.adjacencyBetween([n.maduro!], [n.putin!]);
    const [r4] = await store.relationsByN([between!.relation]);
    expect(r4!.relation).toMatchObject({ id: 'r4', directed: false, disputed: true });
    expect(r4!.relation.claims.map((c) => c.source)).toEqual(['wapo', 'reuters']);
    const found = await store.sourcesById(inv, ['reuters']);
    expect(found).toEqual([
      { id: 'reuters', kind: 'news_report', title: 'Moscow answers', published: '2025-11-02', cites: [] },
    ]);
  });
});

describe('neighbours', () => {
  it('counts neighbours by relation type and entity type', async () => {
    expect(await store.neighbourCounts([n.russia!])).toEqual([
      { relationType: 'leads', entityType: 'person', count: 1 },
      { relationType: 'located_in', entityType: 'organization', count: 1 },
      { relationType: 'requested_aid', entityType: 'person', count: 1 },
    ]);
  });

  it('gives the most or the least connected neighbours first, up to the limit', async () => {
    expect(names(await store.neighbours([n.russia!], { order: 'most', limit: 2 }))).toEqual(['maduro', 'putin']);
    expect(names(await store.neighbours([n.russia!], { order: 'least', limit: 1 }))).toEqual(['rosneft']);
    expect(await store.neighbours([n.russia!], { limit: 10 })).toHaveLength(3);
  });

  it('counts distinct neighbours against the limit, and gives every row to each one picked', async () => {
    // Maduro and Putin both reach Russia; Maduro also reaches Putin (r4) and Venezuela. The two most connected
    // neighbours of the pair are Russia (3) and Maduro (3): every row to them comes back, each with its types.
    const rows = await store.neighbours([n.maduro!, n.putin!], { order: 'most', limit: 2 });
    expect(names(rows)).toEqual(['russia', 'russia', 'maduro']);
    expect(
      rows
        .map((row) => [name(row.entity), name(row.neighbour), row.relationType, row.neighbourType, row.outgoing])
        .sort(),
    ).toEqual([
      ['maduro', 'russia', 'requested_aid', 'country', true],
      ['putin', 'maduro', 'met_with', 'person', true],
      ['putin', 'russia', 'leads', 'country', true],
    ]);
  });

  it('filters by relation type and entity type, and leaves out the excluded', async () => {
    const persons = await store.neighbours([n.russia!], { entityTypes: ['person'], limit: 10 });
    expect(persons.map((row) => row.neighbour).sort()).toEqual([n.maduro, n.putin].sort());
    const leads = await store.neighbours([n.russia!], { relationTypes: ['leads'], limit: 10 });
    expect(leads.map((row) => row.neighbour)).toEqual([n.putin]);
    const rest = await store.neighbours([n.russia!], { limit: 10, exclude: new Set([n.maduro!, n.putin!]) });
    expect(rest.map((row) => row.neighbour)).toEqual([n.rosneft]);
  });

  it('answers an expand’s page in one step: counts, the neighbours picked, and the rows it does not leave out', async () => {
    // The pair's most connected neighbour besides themselves is Russia (3 relations; Venezuela has 2). What is not
    // left out: the rows from the pair to what is skipped (they met, seen from each) or picked (one each to Russia).
    const page = await store.neighbourPage([n.maduro!, n.putin!], {
      order: 'most',
      limit: 1,
      exclude: new Set([n.maduro!, n.putin!]),
    });
    expect(ids(page.entities)).toEqual(['russia']);
    expect(page.counts).toEqual(await store.neighbourCounts([n.maduro!, n.putin!]));
    expect(page.taken.sort((a, b) => a.relationType.localeCompare(b.relationType))).toEqual([
      { relationType: 'leads', entityType: 'country', count: 1 },
      { relationType: 'met_with', entityType: 'person', count: 2 },
      { relationType: 'requested_aid', entityType: 'country', count: 1 },
    ]);
    // The least connected of Russia's neighbours, whole entities with degrees; with no page, only the counts.
    const least = await store.neighbourPage([n.russia!], { order: 'least', limit: 1, exclude: new Set([n.russia!]) });
    expect(least.entities).toEqual(await store.entitiesByN([n.rosneft!]));
    expect(least.taken).toEqual([{ relationType: 'located_in', entityType: 'organization', count: 1 }]);
    const countsOnly = await store.neighbourPage([n.russia!], { limit: 0, exclude: new Set([n.russia!]) });
    expect(countsOnly).toEqual({ counts: await store.neighbourCounts([n.russia!]), entities: [], taken: [] });
  });

  it('reads the relations among a set whole, in one step, from the light ends and among the heavy', async () => {
    const ids = async (light: number[], all: number[], heavy: number[]) =>
      (await store.relationsAmong(light, all, heavy)).map((row) => row.relation.id);
    expect(await ids([n.maduro!], [n.maduro!, n.russia!, n.putin!], [])).toEqual(['r1', 'r4']);
    expect(await ids([], [], [n.russia!, n.putin!])).toEqual(['r2']);
    expect(await ids([n.rosneft!], [n.rosneft!, n.russia!], [n.russia!, n.putin!])).toEqual(['r2', 'r3']);
    const [withClaims] = await store.relationsAmong([n.maduro!], [n.putin!], []);
    expect(withClaims!.relation.claims.map((claim) => claim.source)).toEqual(['wapo', 'reuters']);
  });

  it('finds the relations among a set of entities, from each end asked for', async () => {
    const rows = await store.adjacencyBetween([n.maduro!], [n.russia!, n.putin!, n.rosneft!]);
    expect(rows.map((row) => [name(row.neighbour), row.relationType, row.outgoing]).sort()).toEqual([
      ['putin', 'met_with', true],
      ['russia', 'requested_aid', true],
    ]);
  });
});

describe('walk', () => {
  const reached = async (from: string, direction: 'out' | 'in' | 'both', rules = null as null | object) =>
    (await store.walk([n[from]!], { direction, rules: rules as never, cap: 100 }))
      .map((row) => Object.keys(n).find((id) => n[id] === row.neighbour))
      .sort();

  it('follows arrows out, backwards in, or both; undirected relations go both ways', async () => {
    expect(await reached('maduro', 'out')).toEqual(['putin', 'russia', 'venezuela']);
    expect(await reached('maduro', 'in')).toEqual(['putin']);
    expect(await reached('russia', 'in')).toEqual(['maduro', 'putin', 'rosneft']);
    expect(await reached('russia', 'out')).toEqual([]);
    expect(await reached('putin', 'both')).toEqual(['maduro', 'russia']);
  });

  it('honours the evidence rules', async () => {
    const rules = { minOrigins: 0, excludeDisputed: false, happenedOnly: false };
    expect(await reached('maduro', 'out', { ...rules, happenedOnly: true })).toEqual(['putin', 'venezuela']);
    expect(await reached('maduro', 'out', { ...rules, excludeDisputed: true })).toEqual(['russia', 'venezuela']);
    expect(await reached('maduro', 'out', { ...rules, minOrigins: 2 })).toEqual(['russia']);
  });

  it('answers only the rows into the entities it hopes to meet, when some lead there', async () => {
    const walked = (meet: number[]) =>
      store
        .walk([n.russia!], { direction: 'both', rules: null, cap: 100, meet })
        .then((rows) => rows.map((row) => Object.keys(n).find((id) => n[id] === row.neighbour)).sort());
    expect(await walked([n.putin!, n.venezuela!])).toEqual(['putin']);
    expect(await walked([n.venezuela!])).toEqual(['maduro', 'putin', 'rosneft']);
  });

  it('stops at the cap', async () => {
    expect(await store.walk([n.russia!, n.maduro!], { direction: 'both', rules: null, cap: 2 })).toHaveLength(2);
  });
});

describeHubSteps(() => store);
