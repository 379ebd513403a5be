import { describe, expect, it } from 'vitest';
import {
  sortInSteps,
  buildSearchIndex,
  indexedName,
  joinedNames,
  joinedNamesInSlices,
  rank,
  searchEntities,
  searchIndexOf,
} from './search';
import { datasetSchema } from './schema';
import { runAtOnce } from './timeSlices';
import { miniDataset } from '../test/miniDataset';

const entities = datasetSchema.parse(miniDataset()).entities;
const ids = (q: string) => searchEntities(entities, q).map((m) => m.entity.id);

describe('entity search', () => {
  it('ignores accents and case', () => {
    expect(ids('velasquez')).toEqual(['velasquez']);
    expect(ids('VELÁSQUEZ')).toEqual(['velasquez']);
    expect(ids('Nicolas')).toEqual(['maduro']);
  });

  it('ranks a name that starts with the query above one that only contains it', () => {
    expect(ids('le')).toEqual(['letter', 'velasquez']);
  });

  it('says which alias matched', () => {
    const [match] = searchEntities(entities, 'maduro');
    expect(match?.matched).toBe('Maduro');
  });

  it('finds a name by the words it is made of, in any order', () => {
    expect(ids('maduro nicolas')).toEqual(['maduro']);
    expect(ids('putin vladimir')).toEqual(['putin']);
  });

  it('ranks a word start above the middle of a word', () => {
    const entities = [
      { id: 'outpost', type: 'place', label: 'Northern outpost', aliases: [] },
      { id: 'post', type: 'organization', label: 'The Post', aliases: [] },
    ];
    expect(searchEntities(entities, 'post').map((m) => m.entity.id)).toEqual(['post', 'outpost']);
  });

  it('reads a typographic apostrophe as a plain one', () => {
    const entities = [{ id: 'ohara', type: 'person', label: 'Seán O’Hara', aliases: [] }];
    expect(searchEntities(entities, "sean o'hara").map((m) => m.entity.id)).toEqual(['ohara']);
  });

  it('finds nothing for an empty query', () => {
    expect(ids('   ')).toEqual([]);
  });

  it('keeps the best matches of a big graph in rank order: score, then label', () => {
    const labels = Array.from({ length: 500 }, (_, i) => `Name ${(i * 7919) % 500}`).concat(['name', 'Other name']);
    const entities = labels.map((label, i) => ({ id: `e${i}`, type: 'person', label, aliases: [] }));
    const top = searchEntities(buildSearchIndex(entities), 'name', 5).map((m) => m.entity.label);
    // Exact match first, then labels starting with the query in collation order ("Name 0", "Name 1", "Name 2"...).
    expect(top).toEqual(['name', 'Name 0', 'Name 1', 'Name 2', 'Name 3']);
    expect(searchEntities(entities, 'other', 5).map((m) => m.entity.label)).toEqual(['Other name']);
  });
});

describe('search index cache', () => {
  it('builds the index of an entity list once and reuses it', () => {
    const list = datasetSchema.parse(miniDataset()).entities;
    const first = searchIndexOf(list);
    expect(searchIndexOf(list)).toBe(first);
    expect(searchIndexOf([...list])).not.toBe(first);
    expect(searchEntities(first, 'velasquez').map((m) => m.entity.id)).toEqual(['velasquez']);
  });
});

describe('search of a long list (names joined into one text)', () => {
  // 6,000 items (past the length from which the joined text is used): "Item 0" … "Item 5999", and a few with aliases.
  const items = Array.from({ length: 6_000 }, (_, i) => ({
    item: i,
    names: [indexedName(`Item ${i}`), ...(i % 1000 === 7 ? [indexedName(`Alias ${i} item`, true)] : [])],
  }));
  const found = (query: string, limit = 10) => rank(items, query, limit);

  it('finds the whole name first, then names starting with the query', () => {
    const { matches, total } = found('item 599');
    // "item 599" is whole for 599 and starts "item 5990" … "item 5999": 11 in all.
    expect(total).toBe(11);
    expect(matches.map((m) => m.item)).toEqual([599, 5990, 5991, 5992, 5993, 5994, 5995, 5996, 5997, 5998]);
  });

  it('counts every item holding the query once, however many of its names hold it', () => {
    // Numbers below 6,000 whose digits hold "5999": only 5999 itself.
    expect(found('5999').total).toBe(1);
    // "item" is in every first name, and in the aliases of 7, 1007 … 5007: still 6,000 items.
    expect(found('item').total).toBe(6_000);
  });

  it('finds several words at word starts in any order, through an alias', () => {
    // Only the aliases hold "item" after the number: "Alias 3007 item".
    const { matches, total } = found('3007 alias');
    expect(total).toBe(1);
    expect(matches[0]).toMatchObject({ item: 3007, matched: 'Alias 3007 item' });
  });

  it('finds nothing for a text no name holds', () => {
    expect(found('item 6000')).toEqual({ matches: [], total: 0 });
  });
});

describe('joined names made in slices', () => {
  it('are the folded names one per line, the same a query then reads', async () => {
    const items = Array.from({ length: 5_001 }, (_, i) => ({ item: i, names: [indexedName(`Nó ${i}`)] }));
    await joinedNamesInSlices(items);
    const { text, starts, owners } = joinedNames(items);
    expect(text.split('\n')).toHaveLength(5_001);
    expect(text.slice(0, 9)).toBe('no 0\nno 1');
    expect(text.slice(starts[5_000], starts[5_001]! - 1)).toBe('no 5000');
    expect(owners[5_000]).toBe(5_000);
    expect(rank(items, 'nó 5000', 5).matches.map((m) => m.item)).toEqual([5_000]);
  });
});

describe('sortInSteps', () => {
  it('sorts as a stable sort does, whatever the run length', () => {
    // Pairs of (key, original place): equal keys must keep their places' order.
    const items = Array.from({ length: 1001 }, (_, i) => ({ key: (i * 37) % 97, place: i }));
    const expected = [...items].sort((a, b) => a.key - b.key);
    for (const runLength of [1, 2, 7, 64, 5000])
      expect(runAtOnce(sortInSteps(items, (a, b) => a.key - b.key, runLength))).toEqual(expected);
    expect(runAtOnce(sortInSteps([], (a: number, b: number) => a - b, 4))).toEqual([]);
  });
});
