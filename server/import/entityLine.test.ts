// The shortcut must give what JSON.parse and recordText give, keys in the same order, or nothing.
import { describe, expect, it } from 'vitest';
import { entityLine } from './entityLine';
import { recordText } from './recordText';

const head = '"id":"c1","type":"company","label":"Trident Participações Ltd."';

function asJsonParseReadsIt(line: string) {
  const record = (JSON.parse(line) as { entity: object }).entity;
  return { order: JSON.stringify(record), value: record, text: recordText(line) };
}

describe('entityLine', () => {
  it.each([
    [
      'as the generator writes a company',
      `{"entity":{${head},"aliases":[],"country":"VG","attributes":{"incorporated":"2005-09-05","status":"Defaulted"}}}`,
    ],
    [
      'with aliases',
      `{"entity":{"id":"o20","type":"officer","label":"Gonçalo Öztürk","aliases":["ÖZTÜRK, Gonçalo","G. Ö."],"country":"TW"}}`,
    ],
    ['with an empty alias', `{"entity":{${head},"aliases":[""]}}`],
    ['without a country', `{"entity":{${head},"aliases":[],"attributes":{"status":"Active"}}}`],
    ['with no attributes', `{"entity":{${head},"aliases":[],"country":"SG","attributes":{}}}`],
  ])('reads an entity %s as JSON.parse does', (_, line) => {
    const read = entityLine(line)!;
    const expected = asJsonParseReadsIt(line);
    expect(read.value).toEqual(expected.value);
    expect(JSON.stringify(read.value)).toBe(expected.order);
    expect(read.text).toBe(expected.text);
  });

  it.each([
    ['escapes', `{"entity":{"id":"c\\"1","type":"company","label":"x","aliases":[]}}`],
    ['a control character', `{"entity":{"id":"c\t1","type":"company","label":"x","aliases":[]}}`],
    ['spaces', `{"entity": {${head},"aliases":[]}}`],
    ['a number among the attributes', `{"entity":{${head},"aliases":[],"attributes":{"shares":12}}}`],
    ['an attribute twice', `{"entity":{${head},"aliases":[],"attributes":{"a":"1","a":"2"}}}`],
    ['an attribute named __proto__', `{"entity":{${head},"aliases":[],"attributes":{"__proto__":"x"}}}`],
    ['another field', `{"entity":{${head},"aliases":[],"date":"1990"}}`],
    ['the keys in another order', `{"entity":{${head},"aliases":[],"attributes":{},"country":"VG"}}`],
    ['something after the record', `{"entity":{${head},"aliases":[]},"relation":{}}`],
    ['a missing brace', `{"entity":{${head},"aliases":[]}`],
    ['another kind of record', `{"source":{${head},"aliases":[]}}`],
  ])('leaves a line with %s to JSON.parse', (_, line) => {
    expect(entityLine(line)).toBeNull();
  });
});
