// The SQLite store's search reads: exact names found by a key of the folded label (labelKey.ts), and prefixes read
// as the index's words (indexWords.ts). Expected answers are worked out from the names as written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchEntities } from '../../graph/search';
import { entity, importFixture } from '../postgres/fixture';
import type { Store } from '../types';
import { MAX_EXPANSION } from './indexWords';
import { labelKey } from './labelKey';
import { openSqliteStore } from './sqliteStore';

let folder: string;
let store: Store;
const file = () => join(folder, 'store.sqlite');
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sqlite-search-'));
  // Reads in this thread, on one connection: the words it holds are the ones a later search finds.
  store = openSqliteStore(file(), { readers: 0 });
});
afterAll(async () => {
  await store?.close();
  rmSync(folder, { recursive: true, force: true });
});

const importNames = (names: [id: string, label: string][]) =>
  importFixture(
    store,
    { sources: [], entities: names.map(([id, label]) => entity(id, 'company', label)), relations: [] },
    50,
  );
const ids = (rows: { entity: { id: string } }[]) => rows.map((row) => row.entity.id);
const found = async (inv: string, query: string, limit = 50) => {
  const answer = await searchEntities(store, inv, query, limit, 0);
  return { ids: answer.items.map((item) => item.id).sort(), total: answer.total };
};

describe('exact names', () => {
  it('are the labels equal to the words once case and accents are folded, in the order imported', async () => {
    const inv = await importNames([
      ['a', 'Velásquez Trading'],
      ['c', 'Velasquez Trading Co'],
      ['b', 'VELASQUEZ   trading'],
      ['d', 'Trading Velasquez'],
    ]);
    expect(ids(await store.exactLabel(inv, 'velasquez trading', 10))).toEqual(['a', 'b']);
    expect(ids(await store.exactLabel(inv, 'velasquez trading', 1))).toEqual(['a']);
    expect(ids(await store.exactLabel(inv, 'velasquez', 10))).toEqual([]);
  });

  it('are told apart from other labels that share their key', async () => {
    // Two labels whose keys are the same number, found by trying (a 32-bit key repeats within ~100,000 labels).
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const label = `company ${i}`;
      const other = seen.get(labelKey(label));
      if (other !== undefined) pair = [other, label];
      seen.set(labelKey(label), label);
    }
    const inv = await importNames([
      ['first', pair[0]],
      ['second', pair[1]],
    ]);
    expect(ids(await store.exactLabel(inv, pair[0], 10))).toEqual(['first']);
    expect(ids(await store.exactLabel(inv, pair[1], 10))).toEqual(['second']);
  });

  it('are found behind hundreds of names that start with the same words', async () => {
    const inv = await importNames([
      ...Array.from({ length: 250 }, (_, i): [string, string] => [`acme${i}`, `Acme ${i}`]),
      ['acme', 'ACME'],
    ]);
    expect(ids(await store.exactLabel(inv, 'acme', 10))).toEqual(['acme']);
    expect((await searchEntities(store, inv, 'Acme', 5, 0)).items[0]!.id).toBe('acme');
  });

  it('leave with their investigation', async () => {
    const inv = await importNames([['gone', 'Gone Trading']]);
    const { n } = (await store.entitiesById(inv, ['gone']))[0]!;
    const db = new Database(file(), { readonly: true });
    const keys = db.prepare(`SELECT count(*) FROM entity_labels WHERE n = ?`).pluck();
    try {
      expect(keys.get(n)).toBe(1);
      await store.deleteInvestigation(inv);
      expect(keys.get(n)).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe('prefixes', () => {
  // 'al' starts more words than are read one by one, 'bet' a few, 'gam' one.
  const many = Array.from({ length: MAX_EXPANSION + 8 }, (_, i) => `al${i}x`);
  const names: [string, string][] = [
    ...many.map((word, i): [string, string] => [`many${i}`, `${word} holdings`]),
    ['beta', 'Beta Gamma'],
    ['betamax', 'Betamax Ltd'],
    ['bet', 'Bet Alpha'],
    ['alphabet', 'Alphabet Gamma'],
    ['ltd', 'Gammon Ltd'],
  ];
  /** The ids whose label has, for each query word, a word starting with it (how search reads a query). */
  const expected = (query: string) => {
    const words = query.split(' ');
    const hits = names.filter(([, label]) => {
      const own = label.toLowerCase().split(' ');
      return words.every((w) => own.some((o) => o.startsWith(w)));
    });
    return { ids: hits.map(([id]) => id).sort(), total: hits.length };
  };

  it('find the entities with a word that starts with each, however many words they start', async () => {
    const inv = await importNames(names);
    for (const query of ['al', 'al1', 'bet', 'beta', 'gam', 'gam bet', 'al hold', 'ltd gamm', 'betamax'])
      expect(await found(inv, query), query).toEqual(expected(query));
  });

  it('that start no word of the investigation find nothing', async () => {
    const inv = await importNames(names);
    await importNames([['other', 'Zeta Omega']]);
    expect(await found(inv, 'zet')).toEqual({ ids: [], total: 0 });
    expect(await found(inv, 'gam zz')).toEqual({ ids: [], total: 0 });
  });

  it('find the words of an investigation imported after the index’s words were read', async () => {
    const first = await importNames(names);
    expect(await found(first, 'bet')).toEqual(expected('bet'));
    const later = await importNames([
      ['zephyr', 'Zephyrine Partners'],
      ['betelgeuse', 'Betelgeuse Mining'],
    ]);
    expect(await found(later, 'zeph')).toEqual({ ids: ['zephyr'], total: 1 });
    expect(await found(later, 'bet')).toEqual({ ids: ['betelgeuse'], total: 1 });
    expect(await found(first, 'bet')).toEqual(expected('bet'));
  });
});
