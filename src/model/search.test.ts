import { describe, expect, it } from 'vitest';
import { searchEntities } from './search';
import { datasetSchema } from './schema';
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

  it('finds nothing for an empty query', () => {
    expect(ids('   ')).toEqual([]);
  });
});
