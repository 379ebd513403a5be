import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset, type DatasetInput } from './schema';
import { markNotTheSame, nameKey, possibleDuplicates } from './duplicates';
import { mergeEntities } from './edit/merge';

function dataset(entities: DatasetInput['entities'], extra: Partial<DatasetInput> = {}): Dataset {
  return datasetSchema.parse({ title: 'T', entities, relations: [], ...extra });
}

const person = (id: string, label: string, aliases: string[] = []) => ({ id, type: 'person', label, aliases });

const pairIds = (d: Dataset) => possibleDuplicates(d).map((p) => [p.a.id, p.b.id]);

describe('nameKey', () => {
  it('folds case, accents, punctuation and word order', () => {
    expect(nameKey('Maduro, Nicolás')).toBe(nameKey('nicolas MADURO'));
    expect(nameKey('Padrino López')).not.toBe(nameKey('Padrino'));
  });
});

describe('possibleDuplicates', () => {
  it('finds the same name in another order or spelling, by name or by alias', () => {
    const d = dataset([
      person('a', 'Nicolás Maduro'),
      person('b', 'MADURO, Nicolas'),
      person('c', 'Vladimir Padrino López'),
      person('d', 'The defence minister', ['vladimir padrino lopez']),
      person('e', 'Diosdado Cabello'),
    ]);
    const pairs = possibleDuplicates(d);
    expect(pairs.map((p) => [p.a.id, p.b.id, p.reason])).toEqual([
      ['a', 'b', 'same name'],
      ['c', 'd', 'same name'],
    ]);
    expect(pairs[1]!.names).toEqual(['Vladimir Padrino López', 'vladimir padrino lopez']);
  });

  it('finds nearly the same name of the same type, and not short or different names', () => {
    const d = dataset([
      { id: 'r1', type: 'organization', label: 'Rosoboronexport', aliases: [] },
      { id: 'r2', type: 'organization', label: 'Rosoboronexprt', aliases: [] },
      { id: 'p', type: 'person', label: 'Rosoboronexpor', aliases: [] },
      { id: 'iran', type: 'country', label: 'Iran', aliases: [] },
      { id: 'iraq', type: 'country', label: 'Iraq', aliases: [] },
      { id: 'x', type: 'organization', label: 'Rostec', aliases: [] },
    ]);
    const pairs = possibleDuplicates(d);
    expect(pairs.map((p) => [p.a.id, p.b.id, p.reason])).toEqual([['r1', 'r2', 'similar']]);
    expect(pairs[0]!.similarity).toBeCloseTo(1 - 1 / 'rosoboronexport'.length);
  });

  it('offers the same name across two types last', () => {
    const d = dataset([
      { id: 'ship', type: 'equipment', label: 'Caracas', aliases: [] },
      { id: 'city', type: 'facility', label: 'Caracas', aliases: [] },
      person('m1', 'Maduro'),
      person('m2', 'maduro'),
    ]);
    expect(possibleDuplicates(d).map((p) => [p.a.id, p.sameType])).toEqual([
      ['m1', true],
      ['ship', false],
    ]);
  });

  it('does not offer a pair said not to be the same, nor what it implies after a merge', () => {
    const d = dataset([person('a', 'Maduro'), person('b', 'Maduro'), person('c', 'N. Maduro', ['maduro'])]);
    const apart = markNotTheSame(d, 'a', 'b');
    if (!apart.ok) throw new Error(apart.error);
    expect(pairIds(apart.dataset)).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ]);
    // b is merged into c: a ≠ b now means a ≠ c, so nothing is left to offer.
    const merged = mergeEntities(apart.dataset, {
      ids: ['b', 'c'],
      keepId: 'c',
      label: 'N. Maduro',
      date: '2026-12-07',
    });
    if (!merged.ok) throw new Error(merged.error);
    expect(pairIds(merged.dataset)).toEqual([]);
  });

  it('refuses to note a pair twice or an unknown entity', () => {
    const d = dataset([person('a', 'A'), person('b', 'B')], { distinct: [['b', 'a']] });
    expect(markNotTheSame(d, 'a', 'b')).toEqual({ ok: false, error: expect.stringMatching(/already kept apart/) });
    expect(markNotTheSame(d, 'a', 'z')).toEqual({ ok: false, error: 'there is no entity "z"' });
  });
});

describe('possibleDuplicates on a big graph', () => {
  it('finds a planted typo and a reordered name among 20,000 entities that share common words', () => {
    const entities = Array.from({ length: 20_000 }, (_, i) => person(`p${i}`, `Person number ${i} of the Ministry`));
    entities.push(person('typo-a', 'Vladimir Padrino Lopez'), person('typo-b', 'Vladimir Padrino Lopes'));
    entities.push(person('order-a', 'Cabello Rondón Diosdado'), person('order-b', 'Diosdado Cabello Rondon'));
    const pairs = possibleDuplicates(dataset(entities));
    // The numbered people differ by their numbers: none of them is offered.
    expect(pairs.map((p) => [p.a.id, p.b.id, p.reason])).toEqual([
      ['order-a', 'order-b', 'same name'],
      ['typo-a', 'typo-b', 'similar'],
    ]);
  });
});
