import { describe, expect, it } from 'vitest';
import type { Entity } from './schema';
import { countMentions, findMentions } from './mentions';
import { suggestNames } from './nameSuggestions';

const entity = (id: string, label: string, aliases: string[] = [], type = 'person'): Entity => ({
  id,
  type,
  label,
  aliases,
});

const ENTITIES = [
  entity('maduro', 'Nicolás Maduro', ['Maduro']),
  entity('iran', 'Iran', [], 'country'),
  entity('us', 'United States', ['US', 'U.S.'], 'country'),
  entity('velasquez', 'Ramón Celestino Velásquez'),
];

describe('findMentions', () => {
  const text =
    'NICOLAS MADURO spoke first; later Maduro and Nicolas Maduro again. Iranian envoys met us, not Iran. ' +
    'The US and the U.S. Treasury. Ramon Celestino Velasquez flew.';

  it('finds names and aliases with case and accents ignored, whole words only, the longest name first', () => {
    const found = findMentions(text, ENTITIES).map((m) => [m.entityId, text.slice(m.start, m.end)]);
    expect(found).toEqual([
      ['maduro', 'NICOLAS MADURO'],
      ['maduro', 'Maduro'],
      ['maduro', 'Nicolas Maduro'],
      ['iran', 'Iran'],
      ['us', 'US'],
      ['us', 'U.S'],
      ['velasquez', 'Ramon Celestino Velasquez'],
    ]);
  });

  it('counts mentions per entity, most first, with the names they were found by', () => {
    const counts = countMentions(findMentions(text, ENTITIES), ENTITIES);
    expect(counts.map((c) => [c.entity.id, c.count, c.names])).toEqual([
      ['maduro', 3, ['Nicolás Maduro', 'Maduro']],
      ['us', 2, ['US', 'U.S.']],
      ['iran', 1, ['Iran']],
      ['velasquez', 1, ['Ramón Celestino Velásquez']],
    ]);
  });
});

describe('suggestNames', () => {
  it('suggests people, places and organisations no entity has yet, without titles or punctuation', async () => {
    const text =
      'Defence Minister Carla Ortega met Nicolás Maduro in Caracas. Later Carla Ortega flew to Peru. ' +
      'Officials of the United Nations watched.';
    const suggestions = await suggestNames(text, ENTITIES);
    const byName = new Map(suggestions.map((s) => [s.name, s]));
    expect(byName.get('Carla Ortega')).toMatchObject({ kind: 'person', type: 'person', count: 2 });
    expect(byName.get('Peru')).toMatchObject({ kind: 'place', type: 'country' });
    expect(byName.get('United Nations')).toMatchObject({ kind: 'organisation', type: 'organization' });
    // Known already, by name: not suggested again.
    expect(byName.has('Nicolás Maduro')).toBe(false);
  });
});
