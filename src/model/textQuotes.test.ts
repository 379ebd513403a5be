import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema';
import { findTextMismatches } from './textQuotes';
import { anchorQuote } from './quoteAnchor';

const TEXT = 'The board met on Tuesday.\nIt asked for two tugboats. Later it asked for two cranes.';

function dataset(claims: Dataset['relations'][number]['claims'], text: string | null = TEXT): Dataset {
  return {
    title: 'Test',
    sources: [
      { id: 'a', kind: 'article', title: 'A', published: '2025', cites: [], ...(text === null ? {} : { text }) },
    ],
    entities: [
      { id: 'x', type: 'organization', label: 'X', aliases: [] },
      { id: 'y', type: 'organization', label: 'Y', aliases: [] },
    ],
    relations: [
      {
        id: 'r',
        type: 'requested_item',
        source: 'x',
        target: 'y',
        modality: 'requested',
        disputed: false,
        directed: true,
        claims,
      },
    ],
  };
}

describe('findTextMismatches', () => {
  it('accepts quotes found in the stored text, whatever its line breaks', () => {
    expect(findTextMismatches(dataset([{ source: 'a', quote: 'on Tuesday. It asked', status: 'reported' }]))).toEqual(
      [],
    );
  });

  it('names a quote that is not in the text, and one that stands elsewhere than its anchor says', () => {
    const anchored = anchorQuote(TEXT, 'asked for two', TEXT.indexOf('asked for two tugboats'));
    if (!anchored.ok) throw new Error(anchored.reason);
    const moved = TEXT.replace('It asked for two tugboats.', 'It wanted tugboats.');
    const found = findTextMismatches(
      dataset(
        [
          { source: 'a', quote: 'asked for three tugboats', status: 'reported' },
          { source: 'a', quote: 'asked for two', status: 'reported', anchor: anchored.anchor },
        ],
        moved,
      ),
    );
    expect(found.map((m) => [m.claimIndex, m.reason.split(':')[0]])).toEqual([
      [0, 'not found word for word in the stored text of "a"'],
      [1, 'unanchored'],
    ]);
  });

  it('leaves alone the sources that store no text', () => {
    expect(findTextMismatches(dataset([{ source: 'a', quote: 'anything', status: 'reported' }], null))).toEqual([]);
  });
});
