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
});
