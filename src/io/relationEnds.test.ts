// Ends noted for a relation list are given back for that very list and its entities only.
import { describe, expect, it } from 'vitest';
import { endsOf, rememberEnds } from './relationEnds';

describe('endsOf', () => {
  const entities = [{ id: 'a' }, { id: 'b' }];
  const relations = [{ source: 'a', target: 'b' }];
  const ends = { source: Int32Array.of(0), target: Int32Array.of(1) };
  rememberEnds(relations, entities, ends);

  it('gives the ends noted for the same lists', () => {
    expect(endsOf(relations, entities)).toBe(ends);
  });

  it('gives nothing for a copy of the relations, or other entities', () => {
    expect(endsOf([...relations], entities)).toBeUndefined();
    expect(endsOf(relations, [...entities])).toBeUndefined();
  });

  it('gives nothing once a relation was added to the list', () => {
    const grown = [{ source: 'b', target: 'a' }];
    rememberEnds(grown, entities, ends);
    grown.push({ source: 'a', target: 'a' });
    expect(endsOf(grown, entities)).toBeUndefined();
  });
});
