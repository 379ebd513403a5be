import { describe, expect, it } from 'vitest';
import { anchorQuote, flatten, locateQuote, reanchorClaims } from './quoteAnchor';
import { closestPassage } from './closestPassage';

const TEXT = [
  'The harbour board met on Tuesday.',
  '',
  'Its chair, Ana Pérez, said the   new cranes\nwould arrive “before the rains”. The board asked the',
  'ministry for two tugboats. Later the chair said the new cranes would arrive late.',
].join('\n');

describe('anchorQuote', () => {
  it('anchors a verbatim quote with its offset and a few words either side', () => {
    const result = anchorQuote(TEXT, 'The board asked the ministry for two tugboats.');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(TEXT.slice(result.found.start, result.found.end)).toBe('The board asked the\nministry for two tugboats.');
    expect(result.anchor.start).toBe(TEXT.indexOf('The board asked'));
    expect(result.anchor.prefix).toBe('would arrive “before the rains”. ');
    expect(result.anchor.suffix).toBe(' Later the chair said the');
    // The stored quote keeps single spaces, whatever the text's line breaks.
    expect(result.quote).toBe('The board asked the ministry for two tugboats.');
  });

  it('lets any run of whitespace match any other, and nothing else', () => {
    expect(anchorQuote(TEXT, 'said the new cranes would arrive').ok).toBe(true);
    expect(anchorQuote(TEXT, 'said the new  cranes\n\nwould arrive').ok).toBe(true);
    // Quotation marks, accents and case must be as the text has them.
    expect(anchorQuote(TEXT, 'would arrive "before the rains"').ok).toBe(false);
    expect(anchorQuote(TEXT, 'Ana Perez').ok).toBe(false);
    expect(anchorQuote(TEXT, 'the Board asked').ok).toBe(false);
  });

  it('picks, among repeated words, the occurrence nearest the selection', () => {
    const second = TEXT.indexOf('the new cranes would arrive late');
    const result = anchorQuote(TEXT, 'the new cranes', second + 2);
    expect(result.ok && result.found.start).toBe(second);
    const first = anchorQuote(TEXT, 'the new cranes');
    expect(first.ok && first.occurrences).toBe(2);
    expect(first.ok && first.found.start).toBe(TEXT.indexOf('the   new cranes'));
  });

  it('refuses an empty quote and one over 40 words', () => {
    expect(anchorQuote(TEXT, '  \n ')).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
    const long = Array.from({ length: 41 }, (_, i) => `w${i}`).join(' ');
    expect(anchorQuote(long, long)).toMatchObject({ ok: false, reason: expect.stringContaining('41 words') });
  });

  it('refuses a quote not in the text and shows the closest passage', () => {
    const result = anchorQuote(TEXT, 'The board asked the ministry for three tugboats.');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/not word for word/);
    expect(result.closest?.text).toBe('The board asked the\nministry for two tugboats.');
    expect(result.closest!.similarity).toBeGreaterThan(0.8);
    expect(result.closest!.similarity).toBeLessThan(1);
  });

  it('offers no passage when nothing resembles the quote', () => {
    const result = anchorQuote(TEXT, 'Penguins dislike warm weather entirely');
    expect(result).toMatchObject({ ok: false, closest: undefined });
  });
});

describe('closestPassage', () => {
  it('finds a reworded sentence deep in a long article, weighing word order', () => {
    const filler = Array.from({ length: 2000 }, (_, i) => `Sentence ${i} tells of boats and cranes and rain.`);
    filler.splice(1500, 0, 'Officials confirmed that the shipment of grain left port on Friday night.');
    const article = filler.join(' ');
    expect(article.length).toBeGreaterThan(60_000);
    const passage = closestPassage(article, 'officials said the grain shipment left the port on Friday');
    expect(passage?.text).toContain('the shipment of grain left port on Friday');
  });
});

describe('locateQuote and reanchorClaims', () => {
  const claim = (quote: string, text = TEXT) => {
    const a = anchorQuote(text, quote);
    if (!a.ok) throw new Error(a.reason);
    return { source: 's1', quote: a.quote, anchor: a.anchor };
  };

  it('follows the same passage to a new offset when text before it changes', () => {
    const c = claim('The board asked the ministry for two tugboats.');
    const edited = `A new first paragraph was added.\n\n${TEXT}`;
    const found = locateQuote(edited, c.quote, c.anchor);
    expect(found && edited.slice(found.start, found.end)).toBe('The board asked the\nministry for two tugboats.');
  });

  it('lists as unanchored a quote whose words changed, or whose surrounding words changed; never moves it', () => {
    const gone = claim('The board asked the ministry for two tugboats.');
    const moved = claim('the new cranes', TEXT);
    const kept = claim('The harbour board met on Tuesday.');
    const other = { source: 's2', quote: 'anything at all' };
    // The first sentence with "the new cranes" is rewritten; the same words stand only in the later sentence.
    const edited = TEXT.replace('the   new cranes\nwould', 'the cranes\nwould').replace('two tugboats', 'tugboats');
    const report = reanchorClaims(
      [
        { id: 'r1', claims: [gone, other] },
        { id: 'r2', claims: [moved, kept] },
      ],
      's1',
      edited,
    );
    expect(report.unanchored.map((u) => [u.relationId, u.claimIndex, u.reason])).toEqual([
      ['r1', 0, 'its words are no longer in the text'],
      ['r2', 0, 'its words are in the text, but not with the words that stood around them'],
    ]);
    expect(report.anchored).toEqual([{ relationId: 'r2', claimIndex: 1, anchor: kept.anchor }]);
  });

  it('gives a first anchor to a quote found in a text added later', () => {
    const report = reanchorClaims([{ id: 'r1', claims: [{ source: 's1', quote: 'Ana Pérez' }] }], 's1', TEXT);
    expect(report.anchored[0]?.anchor.start).toBe(TEXT.indexOf('Ana Pérez'));
  });
});

describe('flatten', () => {
  it('maps each single-spaced character back to the original text', () => {
    const { flat, raw } = flatten('a  b\n\nc');
    expect(flat).toBe('a b c');
    expect([...raw]).toEqual([0, 1, 3, 4, 6, 7]);
  });
});
