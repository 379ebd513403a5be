// The record's text is taken from a line only when it is exactly the record JSON.parse read.
import { describe, expect, it } from 'vitest';
import { recordText } from './recordText';

describe('recordText', () => {
  it('takes the record out of its line, with or without spaces', () => {
    expect(recordText('{"entity":{"id":"a","label":"A"}}')).toBe('{"id":"a","label":"A"}');
    expect(recordText(' { "relation" :  {"id":"r","x":[1,{"y":2}]} } ')).toBe('{"id":"r","x":[1,{"y":2}]}');
  });

  it('is not fooled by braces, quotes and backslashes inside strings', () => {
    const record = '{"id":"a","label":"} \\" { ] \\\\","aliases":["}"]}';
    expect(JSON.parse(record)).toMatchObject({ label: '} " { ] \\' });
    expect(recordText(`{"entity":${record}}`)).toBe(record);
  });

  it('gives nothing for a line whose key comes twice (JSON.parse keeps the last)', () => {
    expect(recordText('{"entity":{"id":"a"},"entity":{"id":"b"}}')).toBeNull();
    expect(recordText('{"entity":{"id":"a"},"\\u0065ntity":{"id":"b"}}')).toBeNull();
  });

  it('gives nothing when the record is not an object', () => {
    expect(recordText('{"entity":["a"]}')).toBeNull();
    expect(recordText('{"entity":"a"}')).toBeNull();
  });
});
