import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset, type DatasetInput } from '../schema';
import { appendGraph, matchEntities } from './append';

const claim = (quote: string, source = 's1') => ({ source, quote, status: 'reported' as const });

function ours(): Dataset {
  return datasetSchema.parse({
    title: 'Ours',
    sources: [{ id: 's1', kind: 'article', title: 'One', published: '2025-10-31' }],
    entities: [
      { id: 'maduro', type: 'person', label: 'Nicolás Maduro', aliases: ['Maduro'] },
      { id: 'russia', type: 'country', label: 'Russia', country: 'RU' },
      { id: 'n1', type: 'person', label: 'Someone' },
    ],
    relations: [
      { id: 'r1', type: 'requested_aid', source: 'maduro', target: 'russia', claims: [claim('He asked Russia')] },
    ],
  } satisfies DatasetInput);
}

function theirs(): Dataset {
  return datasetSchema.parse({
    title: 'Theirs',
    sources: [
      { id: 's1', kind: 'article', title: 'A different article', published: '2025-11-01' },
      { id: 's2', kind: 'article', title: 'Two', published: '2025-11-02' },
    ],
    entities: [
      { id: 'russia', type: 'country', label: 'Russian Federation' },
      { id: 'p-maduro', type: 'person', label: 'MADURO' },
      { id: 'cuba', type: 'country', label: 'Cuba', country: 'CU' },
      { id: 'n1', type: 'person', label: 'Someone else' },
    ],
    relations: [
      { id: 'r1', type: 'requested_aid', source: 'p-maduro', target: 'cuba', claims: [claim('He asked Cuba', 's2')] },
      {
        id: 'x',
        type: 'requested_aid',
        source: 'p-maduro',
        target: 'russia',
        claims: [claim('Maduro asked Moscow', 's1')],
      },
    ],
  } satisfies DatasetInput);
}

describe('matchEntities', () => {
  it('matches by id, then name and type, then alias', () => {
    expect(matchEntities(ours(), theirs()).map((m) => [m.theirs.id, m.ours.id, m.reason])).toEqual([
      ['russia', 'russia', 'same id'],
      ['p-maduro', 'maduro', 'same alias'],
      ['n1', 'n1', 'same id'],
    ]);
  });
});

describe('appendGraph', () => {
  it('adds what is new, joins what matches, and keeps a refused match apart', () => {
    const result = appendGraph(ours(), theirs(), new Set(['n1']));
    if (!result.ok) throw new Error(result.error);
    const d = result.dataset;
    // Cuba is new; the refused "Someone else" gets a fresh id, since "n1" is ours.
    expect(d.entities.map((e) => e.id)).toEqual(['maduro', 'russia', 'n1', 'cuba', 'someone-else']);
    expect(d.entities[1]!.aliases).toEqual(['Russian Federation']);
    // Their s1 is another article with our id: it comes in under a fresh id, and its claim follows.
    expect(d.sources.map((s) => s.id)).toEqual(['s1', 'a-different-article', 's2']);
    // Maduro → Russia is our r1 already: the quote joins it. Maduro → Cuba comes in as a new relation.
    expect(d.relations).toHaveLength(2);
    expect(d.relations[0]!.claims.map((c) => [c.source, c.quote])).toEqual([
      ['s1', 'He asked Russia'],
      ['a-different-article', 'Maduro asked Moscow'],
    ]);
    expect(d.relations[1]).toMatchObject({ id: 'r1-2', source: 'maduro', target: 'cuba' });
    expect(result.message).toBe('Appended “Theirs”: 2 entities added, 2 matched; 1 relation added, 1 joined.');
  });

  it('refuses relations without claims in an investigation with sources, and changes nothing', () => {
    const plain = datasetSchema.parse({
      title: 'Plain',
      entities: [
        { id: 'a', type: 'person', label: 'A' },
        { id: 'b', type: 'person', label: 'B' },
      ],
      relations: [{ id: 'e', type: 'met_with', source: 'a', target: 'b' }],
    } satisfies DatasetInput);
    const before = ours();
    expect(appendGraph(before, plain)).toEqual({
      ok: false,
      error: expect.stringMatching(/^1 relation would have no claim/),
    });
    expect(before).toEqual(ours());
  });
});
