// The search index's names: the shortcut for plain ASCII names must fold exactly as the app's fold does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from '../../src/model/search';
import { searchableNames } from './adjacencyFlags';

describe('searchableNames', () => {
  it('folds plain and accented names alike, label and aliases in one text', () => {
    expect(searchableNames(fold, '  Trident   Holdings Ltd. ', [])).toBe('trident holdings ltd.');
    expect(searchableNames(fold, 'Gonçalo Öztürk', ['ÖZTÜRK, Gonçalo'])).toBe('goncalo ozturk \u2029 ozturk, goncalo');
  });

  it('gives what fold gives for any text', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0x09, max: 0x7f }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(
        fc.oneof(ascii, fc.string()),
        fc.array(fc.oneof(ascii, fc.string()), { maxLength: 2 }),
        (label, aliases) => {
          expect(searchableNames(fold, label, aliases)).toBe([label, ...aliases].map(fold).join(' \u2029 '));
        },
      ),
      { numRuns: 5000, seed: 3 },
    );
  });
});
