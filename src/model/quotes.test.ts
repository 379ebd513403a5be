import { describe, expect, it } from 'vitest';
import { findQuoteMismatches } from './quotes';
import { datasetSchema } from './schema';
import { miniDataset } from '../test/miniDataset';

const dataset = datasetSchema.parse(miniDataset());
const seeds = new Map([
  ['a.txt', 'Maduro sent a letter. Velásquez delivered it, and Maduro\n asked   Russia for help.'],
  [
    'b.txt',
    'They say a senior aide delivered it: a letter to Putin. He sought help from Russia and asked Iran for drones.',
  ],
]);

describe('quote check', () => {
  it('accepts quotes found word for word, whatever the whitespace', () => {
    expect(findQuoteMismatches(dataset, seeds)).toEqual([]);
  });

  it('flags a quote with a changed word, accent or quotation mark', () => {
    const changed = datasetSchema.parse(miniDataset());
    changed.relations[1]!.claims[0]!.quote = 'Velasquez delivered it';
    changed.relations[3]!.claims[0]!.quote = 'asked Russia for aid';
    const mismatches = findQuoteMismatches(changed, seeds);
    expect(mismatches.map((m) => [m.relationId, m.claimIndex])).toEqual([
      ['r2', 0],
      ['r4', 0],
    ]);
    expect(mismatches[0]?.reason).toBe('not found verbatim in a.txt');
  });

  it('flags quotes whose source has no archived text', () => {
    const mismatches = findQuoteMismatches(dataset, new Map([['a.txt', seeds.get('a.txt')!]]));
    expect(mismatches.every((m) => m.sourceId === 'b')).toBe(true);
    expect(mismatches[0]?.reason).toMatch(/no archived text/);
  });

  it('checks quotes against a source’s stored text, which wins over its seed file', () => {
    const stored = datasetSchema.parse(miniDataset());
    // B's stored text lacks "asked Iran for drones" (r5) but has the rest of B's quotes.
    stored.sources[1]!.text = 'a senior aide delivered it; a letter to Putin; he sought help from Russia';
    const mismatches = findQuoteMismatches(stored, seeds);
    expect(mismatches.map((m) => [m.relationId, m.reason])).toEqual([
      ['r5', 'not found verbatim in the stored text of "b"'],
    ]);
    // Without the articles, only the sources with stored text are checked.
    expect(findQuoteMismatches(stored, new Map(), true).map((m) => m.relationId)).toEqual(['r5']);
  });
});
