import { describe, expect, it } from 'vitest';
import { lineBatchesOf } from './lines';

async function* chunksOf(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function linesOf(text: string, size: number, maxLineChars = 1000) {
  const found: { line: string; number: number }[] = [];
  for await (const { lines, first } of lineBatchesOf(chunksOf(text, size), maxLineChars))
    lines.forEach((line, i) => found.push({ line, number: first + i }));
  return found;
}

describe('lineBatchesOf', () => {
  // Lines that cross chunk boundaries anywhere: inside a character of several bytes, between CR and LF.
  const text = 'first\r\n{"label":"Ærø – Škoda 東京"}\nthird line\r\n\nlast without newline';
  const expected = ['first', '{"label":"Ærø – Škoda 東京"}', 'third line', '', 'last without newline'];

  it('reads the same lines, numbered from 1, whatever the chunks', async () => {
    for (const size of [1, 2, 3, 5, 7, 64, 1024]) {
      const found = await linesOf(text, size);
      expect(found.map((f) => f.line)).toEqual(expected);
      expect(found.map((f) => f.number)).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('refuses a line longer than the cap by its number, even when it never ends', async () => {
    const long = `ok\n${'x'.repeat(5000)}\nafter\n`;
    await expect(linesOf(long, 7)).rejects.toThrow('Line 2 is longer than 1000 characters.');
    const endless = `ok\n${'x'.repeat(50_000)}`;
    await expect(linesOf(endless, 64)).rejects.toThrow('Line 2 is longer than 1000 characters.');
  });

  it('hands on the lines before a line too long', async () => {
    const seen: string[] = [];
    const reading = (async () => {
      for await (const { lines } of lineBatchesOf(chunksOf(`a\nb\n${'y'.repeat(4000)}\n`, 4096), 1000))
        seen.push(...lines);
    })();
    await expect(reading).rejects.toThrow('Line 3');
    expect(seen).toEqual(['a', 'b']);
  });
});
