import { describe, expect, it } from 'vitest';
import { sharedRuns, wordsOf } from './overlap';

const filler = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('sharedRuns', () => {
  it('finds a run of twelve words shared by two texts, whatever the punctuation and case', () => {
    const run = 'the same documents noted that the transport minister organized a shipment of drones';
    const a = `${filler(5, 'a')} ${run}. ${filler(5, 'b')}`;
    const b = `${filler(7, 'c')} “The same documents noted that the Transport Minister organized a shipment of drones” ${filler(3, 'd')}`;
    expect(sharedRuns(a, b)).toEqual([{ words: 13, text: run }]);
  });

  it('ignores runs shorter than the minimum', () => {
    const eleven = 'one two three four five six seven eight nine ten eleven';
    expect(sharedRuns(`${eleven} x`, `${eleven} y`)).toEqual([]);
    expect(sharedRuns(`${eleven} x`, `${eleven} y`, 11)).toHaveLength(1);
  });

  it('lists a passage repeated inside one text once', () => {
    const run = filler(15, 'w');
    expect(sharedRuns(`${run} gap ${run}`, `start ${run} end`)).toEqual([{ words: 15, text: run }]);
  });

  it('finds two separate runs', () => {
    const r1 = filler(12, 'p');
    const r2 = filler(13, 'q');
    const runs = sharedRuns(`${r1} mid ${r2}`, `${r2} other ${r1}`);
    expect(runs.map((r) => r.words)).toEqual([13, 12]);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(wordsOf('Venezuela’s “air” defense')).toEqual(wordsOf("venezuela's air defense"));
  });
});
