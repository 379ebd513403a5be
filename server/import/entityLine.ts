// Entity lines as our exports and the bench's generator write them, like relation lines (relationLine.ts): flat
// strings without escapes, label and aliases, an optional country and attributes whose values are all strings.
// One regular expression reads such a line in less time than JSON.parse; anything else answers null and goes
// through JSON.parse as before. What it gives back is the object JSON.parse would give, keys in the same order,
// and the record's text as recordText would cut it.

import { PLAIN_STRING as P } from './relationLine';

const S = `"(${P})"`;
const STRINGS = `(?:"${P}"(?:,"${P}")*)?`;
const PAIRS = `"${P}":"${P}"(?:,"${P}":"${P}")*`;
const ENTITY_LINE = new RegExp(
  `^\\{"entity":\\{"id":${S},"type":${S},"label":${S},"aliases":\\[(${STRINGS})\\]` +
    `(?:,"country":${S})?(?:,"attributes":\\{(${PAIRS}|)\\})?\\}\\}$`,
);
/** One attribute: its key and its value, in a text the pattern above found to be `"k":"v"` pairs. */
const PAIR = /"([^"]*)":"([^"]*)"/g;
const PREFIX = '{"entity":';

export interface EntityLine {
  /** The record, as JSON.parse would read it. */
  value: Record<string, unknown>;
  /** The record's JSON text. */
  text: string;
}

/** The attributes as JSON.parse reads them, or null for a key it would treat apart (repeated, or `__proto__`). */
function attributesOf(text: string): Record<string, string> | null {
  const attributes: Record<string, string> = {};
  for (const [, key, value] of text.matchAll(PAIR)) {
    if (key === '__proto__' || Object.hasOwn(attributes, key!)) return null;
    attributes[key!] = value!;
  }
  return attributes;
}

export function entityLine(line: string): EntityLine | null {
  if (!line.startsWith(PREFIX)) return null;
  const m = ENTITY_LINE.exec(line);
  if (m === null) return null;
  const value: Record<string, unknown> = {
    id: m[1],
    type: m[2],
    label: m[3],
    aliases: m[4] === '' ? [] : m[4]!.slice(1, -1).split('","'),
  };
  if (m[5] !== undefined) value.country = m[5];
  if (m[6] !== undefined) {
    const attributes = attributesOf(m[6]);
    if (attributes === null) return null;
    value.attributes = attributes;
  }
  return { value, text: line.slice(PREFIX.length, -1) };
}
