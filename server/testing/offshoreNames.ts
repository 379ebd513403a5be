// The offshore generator's entities: each one made from its own index and the seed alone (a hash seeds its random
// numbers), so a benchmark can name any entity, or draw queries from names, without generating the graph.
import type { Entity } from '../../src/model/schema';
import { seededRandom } from '../../src/model/seededRandom';
import { dayNumber, isoDay } from '../../src/model/time';
import {
  CITIES,
  COMPANY_FORMS,
  COMPANY_MIDDLE,
  COMPANY_STATUSES,
  COMPANY_TRADES,
  COMPANY_WORDS,
  COUNTRIES,
  FIRST_NAMES,
  INTERMEDIARY_KINDS,
  JURISDICTIONS,
  STREET_NAMES,
  SURNAMES,
} from './offshoreWords';

export const KINDS = ['company', 'officer', 'intermediary', 'address'] as const;
export type Kind = (typeof KINDS)[number];
/** The first letter of an entity's id says its kind: c12, o7, i3, a40. */
export const ID_PREFIX: Record<Kind, string> = { company: 'c', officer: 'o', intermediary: 'i', address: 'a' };

type Random = () => number;

/** A 32-bit mix of two numbers (murmur3's finaliser over a combination): seeds that differ in one bit differ wholly. */
export function mix(a: number, b: number): number {
  let h = Math.imul((a ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ Math.imul(b >>> 0, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
/** Early entries more often than late ones (a list given most common first). */
const pickSkewed = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() ** 2.5 * list.length)]!;

const FIRST_DAY = dayNumber(1980, 1, 1);
const LAST_DAY = dayNumber(2016, 12, 31);
const randomDay = (random: Random) => isoDay(FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY + 1)));

function companyName(random: Random): string {
  const words = [pick(random, COMPANY_WORDS)];
  if (random() < 0.25) words.push(pick(random, COMPANY_MIDDLE));
  words.push(pick(random, COMPANY_TRADES), pick(random, COMPANY_FORMS));
  if (random() < 0.04) words.push(pick(random, ['II', 'III', 'IV', '(No. 2)', '2000', 'One']));
  return words.join(' ');
}

function personName(random: Random): { label: string; aliases: string[] } {
  const first = pick(random, FIRST_NAMES);
  let surname = pick(random, SURNAMES);
  if (random() < 0.08) surname = `${surname}-${pick(random, SURNAMES)}`;
  const middle = random() < 0.3 ? ` ${String.fromCharCode(65 + Math.floor(random() * 26))}.` : '';
  const label = `${first}${middle} ${surname}`;
  // Registers write some names surname first in capitals: a second name to be found by.
  const aliases = random() < 0.06 ? [`${surname.toUpperCase()}, ${first}`] : [];
  return { label, aliases };
}

function intermediaryName(random: Random): string {
  const kind = pick(random, INTERMEDIARY_KINDS);
  const r = random();
  if (r < 0.45) return `${pick(random, SURNAMES)} & ${pick(random, SURNAMES)} ${kind}`;
  if (r < 0.75) return `${pick(random, COMPANY_WORDS)} ${kind}`;
  return `${pick(random, SURNAMES)} ${kind}`;
}

function address(random: Random): { label: string; country: string } {
  const [city, country] = pick(random, CITIES);
  const floor =
    random() < 0.3 ? `${pick(random, ['Suite', 'Floor', 'Office', 'Apt.'])} ${1 + Math.floor(random() * 40)}, ` : '';
  const number = 1 + Math.floor(random() ** 2 * 300);
  return { label: `${floor}${number} ${pick(random, STREET_NAMES)}, ${city}`, country };
}

/** The entity of one kind at `local` (0-based within its kind). */
export function makeEntity(seed: number, kind: Kind, local: number): Entity {
  const random = seededRandom(mix(mix(seed, KINDS.indexOf(kind) + 1), local));
  const id = `${ID_PREFIX[kind]}${local}`;
  switch (kind) {
    case 'company':
      return {
        id,
        type: kind,
        label: companyName(random),
        aliases: [],
        country: pickSkewed(random, JURISDICTIONS),
        attributes: { incorporated: randomDay(random), status: pick(random, COMPANY_STATUSES) },
      };
    case 'officer': {
      const { label, aliases } = personName(random);
      return random() < 0.9
        ? { id, type: kind, label, aliases, country: pick(random, COUNTRIES) }
        : { id, type: kind, label, aliases };
    }
    case 'intermediary':
      return {
        id,
        type: kind,
        label: intermediaryName(random),
        aliases: [],
        country: pick(random, COUNTRIES),
        attributes: { status: random() < 0.8 ? 'Active' : 'Inactive' },
      };
    case 'address': {
      const { label, country } = address(random);
      return { id, type: kind, label, aliases: [], country };
    }
  }
}

/** A relation's date, or none: officers and intermediaries get theirs from the register, some only as a month or year. */
export function relationDate(random: Random, dated: number): string | undefined {
  if (random() >= dated) return undefined;
  const day = randomDay(random);
  const r = random();
  return r < 0.85 ? day : r < 0.95 ? day.slice(0, 7) : day.slice(0, 4);
}
