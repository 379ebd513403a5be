// The shortcut must give what JSON.parse and recordText give, keys in the same order, or nothing.
import { describe, expect, it } from 'vitest';
import { relationLine } from './relationLine';
import { recordText } from './recordText';

const plain = '"id":"r1","type":"officer_of","source":"o9","target":"c16"';
const defaults = '"modality":"happened","disputed":false,"claims":[],"directed":true';

function asJsonParseReadsIt(line: string) {
  const record = (JSON.parse(line) as { relation: object }).relation;
  return { order: JSON.stringify(record), value: record, text: recordText(line) };
}

describe('relationLine', () => {
  it.each([
    ['as our exports and the generator write it', `{"relation":{${plain},${defaults}}}`],
    ['with a date at the end', `{"relation":{${plain},${defaults},"date":"1991-04"}}`],
    ['with a date in the schema order', `{"relation":{${plain},"date":"1991",${defaults}}}`],
    [
      'undirected, any modality, accents',
      `{"relation":{"id":"é","type":"t","source":"a b","target":"ø",` +
        `"modality":"denied","disputed":false,"claims":[],"directed":false}}`,
    ],
  ])('reads a relation %s as JSON.parse does', (_, line) => {
    const read = relationLine(line)!;
    const expected = asJsonParseReadsIt(line);
    expect(read.value).toEqual(expected.value);
    expect(JSON.stringify(read.value)).toBe(expected.order);
    expect(read.text).toBe(expected.text);
  });

  it.each([
    ['escapes', `{"relation":{"id":"r\\"1","type":"t","source":"a","target":"b",${defaults}}}`],
    ['a control character', `{"relation":{"id":"r\t1","type":"t","source":"a","target":"b",${defaults}}}`],
    ['spaces', `{"relation": {${plain},${defaults}}}`],
    ['a claim', `{"relation":{${plain},"modality":"happened","disputed":false,"claims":[{}],"directed":true}}`],
    ['a dispute', `{"relation":{${plain},"modality":"happened","disputed":true,"claims":[],"directed":true}}`],
    ['another field', `{"relation":{${plain},${defaults},"weight":2}}`],
    ['the date twice', `{"relation":{${plain},"date":"1990",${defaults},"date":"1991"}}`],
    ['something after the record', `{"relation":{${plain},${defaults}},"entity":{}}`],
    ['a missing brace', `{"relation":{${plain},${defaults}}`],
    ['another kind of record', `{"entity":{${plain},${defaults}}}`],
  ])('leaves a line with %s to JSON.parse', (_, line) => {
    expect(relationLine(line)).toBeNull();
  });
});
