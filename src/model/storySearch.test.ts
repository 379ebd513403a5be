import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import { datasetSchema, type DatasetInput } from './schema';
import { searchStory } from './storySearch';
import { miniDataset } from '../test/miniDataset';

/** The mini story with outlets and an author, as a news story's sources have them. */
function story(mutate: (d: DatasetInput) => void = () => {}) {
  const data = miniDataset();
  data.sources![0]!.outlet = 'The Washington Post';
  data.sources![1]!.outlet = 'Agência Pública';
  data.sources![1]!.author = 'José Núñez';
  mutate(data);
  const dataset = datasetSchema.parse(data);
  return { graph: buildGraph(dataset), entities: dataset.entities };
}

function find(query: string, s = story()) {
  const found = searchStory(s.graph, s.entities, query);
  return {
    entities: found.entities.matches.map((m) => m.item.id),
    sources: found.sources.matches.map((m) => m.item.id),
    relations: found.relations.matches.map((m) => m.item),
  };
}

describe('story search', () => {
  it('finds a source by its outlet, whatever the case', () => {
    expect(find('washington post')).toEqual({ entities: [], sources: ['a'], relations: [] });
  });

  it('finds a source by its title or author, accents optional', () => {
    expect(find('internal documents').sources).toEqual(['docs']);
    expect(find('jose nunez').sources).toEqual(['b']);
    expect(find('agencia').sources).toEqual(['b']);
  });

  it('finds a relation by a fragment of how it reads, both ends included', () => {
    // r4: Nicolás Maduro asked for aid from Russia.
    expect(find('asked for aid from russia').relations).toEqual(['r4']);
    expect(find('Nicolas Maduro asked for aid').relations).toEqual(['r4']);
    // Both requests for aid, r4 (Maduro) and r5 (Velásquez from Iran), in the story's order.
    expect(find('asked for aid from').relations).toEqual(['r4', 'r5']);
  });

  it('finds a relation by the words of its ends in any order', () => {
    expect(find('russia maduro').relations).toEqual(['r4']);
  });

  it('reads a relation with the label the dataset declares for its type', () => {
    const declared = story((d) => {
      d.vocabulary = { relationTypes: { inked: { label: 'put his name to' } } };
      d.relations[0]!.type = 'inked';
    });
    expect(find('maduro put his name to', declared).relations).toEqual(['r1']);
  });

  it('finds an entity and the relations that name it, each under its own kind', () => {
    const found = find('velasquez');
    expect(found.entities).toEqual(['velasquez']);
    // r2: Velásquez carried the letter; r5: Velásquez asked for aid from Iran.
    expect(found.relations).toEqual(['r2', 'r5']);
    expect(found.sources).toEqual([]);
  });

  it('leaves relations out of a query of one or two letters, which nearly every reading contains', () => {
    expect(find('ma')).toEqual({ entities: ['maduro'], sources: [], relations: [] });
    expect(find('mad').relations).toEqual(['r1', 'r4']);
  });

  it('finds nothing for an empty query', () => {
    expect(find('  ')).toEqual({ entities: [], sources: [], relations: [] });
  });

  it('keeps a few of each kind and counts them all', () => {
    const many = story((d) => {
      d.entities.push(
        ...Array.from({ length: 30 }, (_, i) => ({ id: `ship${i}`, type: 'equipment', label: `Ship ${i}` })),
      );
      d.relations.push(
        ...Array.from({ length: 30 }, (_, i) => ({
          id: `s${i}`,
          type: 'supplied',
          source: 'russia',
          target: `ship${i}`,
          claims: [{ source: 'a', quote: 'supplied a ship', status: 'reported' as const }],
        })),
      );
      d.sources!.push(
        ...Array.from({ length: 12 }, (_, i) => ({
          id: `log${i}`,
          kind: 'document' as const,
          title: `Ship log ${i}`,
          published: 'not given',
        })),
      );
    });
    const found = searchStory(many.graph, many.entities, 'ship', { entities: 4, sources: 3, relations: 2 });
    expect(found.entities.matches).toHaveLength(4);
    expect(found.entities.total).toBe(30);
    expect(found.sources.matches).toHaveLength(3);
    expect(found.sources.total).toBe(12);
    expect(found.relations.matches).toHaveLength(2);
    expect(found.relations.total).toBe(30);
  });
});
