// The SQLite store's walk (the step under paths) and its reader threads, on the hand-made investigation the
// PostgreSQL tests use (store/postgres/fixture.ts), whose degrees and directions are known by reading it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../graph/errors';
import { entities, entity, importFixture, relation } from '../postgres/fixture';
import type { Store } from '../types';
import type { ExpandResponse, PathsResponse, SearchResponse } from '../../../src/io/server/wire';
import { openSqliteStore } from './sqliteStore';
import { describeHubSteps } from '../../testing/hubSteps';

let folder: string;
let store: Store;
let inv: string;
const n: Record<string, number> = {};
const name = (number: number) => Object.keys(n).find((id) => n[id] === number);

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'sqlite-reads-'));
  store = openSqliteStore(join(folder, 'store.sqlite'), { readers: 2 });
  inv = await importFixture(store);
  for (const row of await store.entitiesById(inv, ['putin', 'maduro', 'velasquez', 'russia', 'venezuela', 'rosneft']))
    n[row.entity.id] = row.n;
});

afterAll(async () => {
  await store?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('walk', () => {
  const walked = async (from: string, options: { direction?: 'out' | 'in' | 'both'; meet?: number[] } = {}) =>
    store.walk([n[from]!], { direction: options.direction ?? 'both', rules: null, cap: 100, meet: options.meet });

  it('follows arrows out, backwards in, or both; undirected relations go both ways', async () => {
    const reached = async (from: string, direction: 'out' | 'in' | 'both') =>
      (await walked(from, { direction })).map((row) => name(row.neighbour)).sort();
    expect(await reached('maduro', 'out')).toEqual(['putin', 'russia', 'venezuela']);
    expect(await reached('maduro', 'in')).toEqual(['putin']);
    expect(await reached('russia', 'in')).toEqual(['maduro', 'putin', 'rosneft']);
    expect(await reached('russia', 'out')).toEqual([]);
  });

  it('gives each neighbour’s degree, so that a search for paths grows the lighter side', async () => {
    const degrees = Object.fromEntries(
      (await walked('russia')).map((row) => [name(row.neighbour), row.neighbourDegree]),
    );
    expect(degrees).toEqual({ maduro: 3, putin: 2, rosneft: 1 });
  });

  it('answers only the rows into the entities it hopes to meet, when some lead there', async () => {
    const reached = async (meet: number[]) =>
      (await walked('russia', { meet })).map((row) => name(row.neighbour)).sort();
    expect(await reached([n.putin!, n.venezuela!])).toEqual(['putin']);
    expect(await reached([n.venezuela!])).toEqual(['maduro', 'putin', 'rosneft']);
  });

  it('stops at the cap, answering every row it read then even when one meets', async () => {
    const rows = await store.walk([n.russia!, n.maduro!], { direction: 'both', rules: null, cap: 2, meet: [n.putin!] });
    expect(rows).toHaveLength(2);
  });
});

describe('relations among a set', () => {
  it('finds a hub’s rows to a few entities by key, and a small entity’s by reading its rows', async () => {
    // A hub with 60 spokes: asked about two of them, it is past what reading its rows through would cost.
    const spokes = Array.from({ length: 60 }, (_, i) => entity(`spoke${i}`, 'company', `Spoke ${i}`));
    const hub = await importFixture(store, {
      sources: [],
      entities: [entity('hub', 'address', 'One Hub Street'), ...spokes],
      relations: [
        ...spokes.map((spoke, i) => ({
          relation: relation({ id: `h${i}`, type: 'registered_address', source: spoke.id, target: 'hub' }),
          origins: 1,
        })),
        { relation: relation({ id: 'pair', type: 'similar_name', source: 'spoke3', target: 'spoke4' }), origins: 1 },
      ],
    });
    const rows = await store.entitiesById(hub, ['hub', 'spoke3', 'spoke4', 'spoke9']);
    const numberOf = new Map(rows.map((row) => [row.entity.id, row.n]));
    const idOf = new Map(rows.map((row) => [row.n, row.entity.id]));
    const between = async (from: string[], among: string[]) =>
      (
        await store.adjacencyBetween(
          from.map((id) => numberOf.get(id)!),
          among.map((id) => numberOf.get(id)!),
        )
      )
        .map((row) => `${idOf.get(row.entity)}→${idOf.get(row.neighbour)} ${row.relationType}`)
        .sort();
    expect(await between(['hub'], ['spoke3', 'spoke9', 'spoke9'])).toEqual([
      'hub→spoke3 registered_address',
      'hub→spoke9 registered_address',
    ]);
    expect(await between(['spoke3', 'hub'], ['hub', 'spoke4'])).toEqual([
      'hub→spoke4 registered_address',
      'spoke3→hub registered_address',
      'spoke3→spoke4 similar_name',
    ]);
  });
});

describeHubSteps(() => store);

describe('reader threads', () => {
  it('answer search, expand and paths as the store holds them', async () => {
    const readers = store.readers!;
    const search = JSON.parse(await readers.search(inv, 'nicolás mad', 10, 0)) as SearchResponse;
    expect(search.items.map((e) => e.id)).toEqual(['maduro']);
    const expanded = JSON.parse(await readers.expand(inv, { ids: ['russia'], limit: 10 })) as ExpandResponse;
    expect(expanded.entities.map((e) => e.id).sort()).toEqual(['maduro', 'putin', 'rosneft']);
    const paths = JSON.parse(
      await readers.paths(inv, { from: 'velasquez', to: 'putin', directed: false, rules: null, maxPaths: 5 }),
    ) as PathsResponse;
    expect(paths.paths.map((p) => p.entities)).toEqual([['velasquez', 'venezuela', 'maduro', 'putin']]);
  });

  it('pass on the API’s errors with their status', async () => {
    const asked = store.readers!.paths(inv, {
      from: 'putin',
      to: 'nobody-here',
      directed: false,
      rules: null,
      maxPaths: 5,
    });
    await expect(asked).rejects.toBeInstanceOf(ApiError);
    await expect(asked).rejects.toMatchObject({ status: 404, code: 'not-found' });
  });

  it('see what was imported after they started', async () => {
    const later = await importFixture(store, {
      sources: [],
      entities: [...entities, entity('ortega', 'person', 'Daniel Ortega')],
      relations: [],
    });
    const found = await Promise.all([0, 1, 2, 3].map(() => store.readers!.search(later, 'ortega', 10, 0)));
    for (const answer of found)
      expect((JSON.parse(answer) as SearchResponse).items.map((e) => e.id)).toEqual(['ortega']);
  });
});
