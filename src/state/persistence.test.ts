import { describe, expect, it } from 'vitest';
import { parseStoredWork, storedRecord } from './persistence';

describe('stored work', () => {
  const work = {
    positions: new Map([
      ['a', { x: 1.5, y: -2 }],
      ['b', { x: 300, y: 40.25 }],
    ]),
    pinned: ['a'],
    view: 'h=abc&l=circle',
    savedViews: [{ id: 'v1', name: 'First', caption: 'Who asked whom', params: 'h=abc&l=grid' }],
  };

  it('reads back what it stored', () => {
    expect(parseStoredWork(storedRecord(work))).toEqual(work);
  });

  it('refuses a damaged record, saying what is wrong', () => {
    const record = storedRecord(work);
    expect(() => parseStoredWork({ ...record, xy: 'not numbers' })).toThrow(/xy/);
    expect(() => parseStoredWork({ ...record, xy: [1] })).toThrow(/positions and ids/);
    expect(() => parseStoredWork({ ...record, version: 7 })).toThrow(/version/);
    expect(() => parseStoredWork(null)).toThrow();
    expect(() => parseStoredWork({ ...record, savedViews: [{ id: 'v', name: '  ', params: '' }] })).toThrow(/name/);
  });

  it("keeps the layout of issue 22's 500,000 entities, and refuses one past the import's 600,000", () => {
    const layout = (n: number) => ({
      ...work,
      positions: new Map(Array.from({ length: n }, (_, i) => [`n${i}`, { x: i, y: -i }])),
      pinned: [],
    });
    expect(parseStoredWork(storedRecord(layout(500_000))).positions.size).toBe(500_000);
    expect(() => parseStoredWork(storedRecord(layout(600_001)))).toThrow(/ids/);
  }, 30_000);
});
