// A shortcut through validation for the common big case: an imported graph of plain entities and relations, no
// sources or claims. zod spends about 10 µs on each record (1.5 s for 150k); these checks do the same in a fraction.
// The schema stays the only authority: this answers null ("ask zod") for anything it is not sure of, including
// every invalid input, so problems are always reported by zod with its messages. When it answers, its output must
// equal zod's; fastValidate.test.ts checks that on thousands of generated datasets, hostile ones included.
import { datasetSchema, type Dataset, type Entity, type Relation } from '../model/schema';
import { ENTITY_TYPE_IDS, MODALITY_IDS, RELATION_TYPE_IDS, type Modality } from '../model/vocabulary';
import { isValidId } from '../model/ids';
import { rangeProblem, type DateRangeForm } from '../model/time';

// The same rules as the schema's `countryCode`, `hexColour` and `fuzzyDate` (and `id`, in model/ids.ts).
const COUNTRY = /^[A-Z]{2}$/;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
const FUZZY_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const ENTITY_FIELDS = new Set([
  'id',
  'type',
  'label',
  'aliases',
  'country',
  'role',
  'description',
  'attributes',
  'position',
  'color',
  'size',
]);
const RELATION_FIELDS = new Set([
  'id',
  'type',
  'source',
  'target',
  'date',
  'dateText',
  'details',
  'modality',
  'disputed',
  'discrepancy',
  'claims',
  'directed',
  'label',
  'weight',
  'attributes',
]);

/** Thrown inside this module only, to give up on the shortcut from any depth. */
class NotSure extends Error {}
const notSure = (): never => {
  throw new NotSure();
};

type Loose = Record<string, unknown>;

/** An object literal, or a prototype-free record (as the importer makes attribute bags). */
function plainObject(value: unknown): Loose {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) notSure();
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) notSure();
  return value as Loose;
}

function checkFields(record: Loose, allowed: Set<string>): void {
  for (const key of Object.keys(record)) if (!allowed.has(key)) notSure();
}

function id(value: unknown): string {
  if (typeof value !== 'string' || !isValidId(value)) notSure();
  return value as string;
}

/** The schema's nonBlank: a string, trimmed, not empty. */
function nonBlank(value: unknown): string {
  if (typeof value !== 'string') notSure();
  const trimmed = (value as string).trim();
  if (trimmed.length === 0) notSure();
  return trimmed;
}

function optionalText(value: unknown, pattern?: RegExp): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || (pattern && !pattern.test(value))) notSure();
  return value as string;
}

function optionalFinite(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) notSure();
  return value as number;
}

function optionalBoolean(value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') notSure();
  return value as boolean;
}

function attributes(value: unknown): Record<string, string | number | boolean> | undefined {
  if (value === undefined) return undefined;
  const record = plainObject(value);
  for (const key of Object.keys(record)) {
    const raw = record[key];
    if (!(typeof raw === 'string' || typeof raw === 'boolean' || (typeof raw === 'number' && Number.isFinite(raw))))
      notSure();
  }
  // The importer's records are prototype-free already: checked, they are kept rather than copied (150k copies of
  // small records are mostly work for the garbage collector).
  if (Object.getPrototypeOf(record) === null) return record as Record<string, string | number | boolean>;
  const out = Object.create(null) as Record<string, string | number | boolean>;
  for (const key of Object.keys(record)) out[key] = record[key] as string | number | boolean;
  return out;
}

/**
 * Adds the optional fields present in the input, as zod does (a field given as undefined stays, as undefined).
 * Added one by one in a fixed order, not deleted afterwards: deleting turns 150k records into slow dictionaries.
 */
function withPresent<T extends object>(
  input: Loose,
  output: Loose,
  optional: readonly [string, (value: unknown) => unknown][],
): T {
  for (const [key, check] of optional) if (Object.hasOwn(input, key)) output[key] = check(input[key]);
  return output as T;
}

const text = (value: unknown) => optionalText(value);
const POSITION_FIELDS = new Set(['x', 'y']);

function position(value: unknown): { x: number; y: number } | undefined {
  if (value === undefined) return undefined;
  const p = plainObject(value);
  checkFields(p, POSITION_FIELDS);
  if (optionalFinite(p.x) === undefined || optionalFinite(p.y) === undefined) notSure();
  // Exactly a finite x and y: the object is kept as it is, as the attributes are.
  return p as { x: number; y: number };
}

function size(value: unknown): number | undefined {
  const n = optionalFinite(value);
  if (n !== undefined && n <= 0) notSure();
  return n;
}

const ENTITY_OPTIONAL: [string, (value: unknown) => unknown][] = [
  ['country', (v) => optionalText(v, COUNTRY)],
  ['role', text],
  ['description', text],
  ['attributes', attributes],
  ['position', position],
  ['color', (v) => optionalText(v, HEX_COLOR)],
  ['size', size],
];

const RANGE_FIELDS = new Set(['from', 'to']);

/** An ISO date, month or year, or a range of days without wording (zod trims wording: that is left to it). */
function eventDate(value: unknown): string | DateRangeForm | undefined {
  if (value === undefined || typeof value === 'string') return optionalText(value, FUZZY_DATE);
  const range = plainObject(value);
  checkFields(range, RANGE_FIELDS);
  const out: DateRangeForm = {};
  for (const key of ['from', 'to'] as const) {
    if (!Object.hasOwn(range, key)) continue;
    if (typeof range[key] !== 'string') notSure();
    out[key] = range[key] as string;
  }
  if (rangeProblem(out)) notSure();
  return out;
}

const RELATION_OPTIONAL: [string, (value: unknown) => unknown][] = [
  ['date', eventDate],
  ['dateText', text],
  ['details', text],
  ['discrepancy', text],
  ['label', text],
  ['weight', optionalFinite],
  ['attributes', attributes],
];

function entity(raw: unknown, types: ReadonlySet<string>): Entity {
  const e = plainObject(raw);
  checkFields(e, ENTITY_FIELDS);
  const type = nonBlank(e.type);
  if (!types.has(type)) notSure();
  let aliases: string[] = [];
  if (e.aliases !== undefined) {
    if (!Array.isArray(e.aliases) || !e.aliases.every((a) => typeof a === 'string')) notSure();
    aliases = [...(e.aliases as string[])];
  }
  return withPresent<Entity>(e, { id: id(e.id), type, label: nonBlank(e.label), aliases }, ENTITY_OPTIONAL);
}

/** Whether an id names an entity of the dataset. */
type KnownIds = Pick<ReadonlySet<string>, 'has'>;

function relation(raw: unknown, types: ReadonlySet<string>, entityIds: KnownIds): Relation {
  const r = plainObject(raw);
  checkFields(r, RELATION_FIELDS);
  const type = nonBlank(r.type);
  if (!types.has(type)) notSure();
  // Claims and disputes bring their own rules (known sources, quotes, a discrepancy note): zod checks those.
  if (r.claims !== undefined && (!Array.isArray(r.claims) || r.claims.length > 0)) notSure();
  if (optionalBoolean(r.disputed, false)) notSure();
  const source = id(r.source);
  const target = id(r.target);
  if (!entityIds.has(source) || !entityIds.has(target)) notSure();
  const directed = optionalBoolean(r.directed, true);
  const modality =
    r.modality === undefined
      ? 'happened'
      : MODALITY_IDS.includes(r.modality as Modality)
        ? (r.modality as Modality)
        : notSure();
  return withPresent<Relation>(
    r,
    { id: id(r.id), type, source, target, modality, disputed: false, claims: [], directed },
    RELATION_OPTIONAL,
  );
}

/** The dataset zod would make of `json`, or null when only zod can say (always so for invalid input). */
export function fastValidate(json: unknown): Dataset | null {
  try {
    const input = plainObject(json);
    if (!Array.isArray(input.entities) || !Array.isArray(input.relations)) return null;
    if (input.sources !== undefined && (!Array.isArray(input.sources) || input.sources.length > 0)) return null;
    // Everything but the two lists is small: zod reads it (with empty lists, which it finds valid or not alike).
    const head = datasetSchema.safeParse({ ...input, entities: [], relations: [] });
    if (!head.success) return null;
    const vocabulary = head.data.vocabulary;
    const entityTypes = new Set<string>([...ENTITY_TYPE_IDS, ...Object.keys(vocabulary?.entityTypes ?? {})]);
    const relationTypes = new Set<string>([...RELATION_TYPE_IDS, ...Object.keys(vocabulary?.relationTypes ?? {})]);
    // Array.from, not map: a hole in a list must reach entity() as undefined (and give up), not be skipped.
    const entities = Array.from(input.entities as unknown[], (e) => entity(e, entityTypes));
    const entityIds = new Set(entities.map((e) => e.id));
    if (entityIds.size !== entities.length) return null;
    const relations = Array.from(input.relations as unknown[], (r) => relation(r, relationTypes, entityIds));
    if (new Set(relations.map((r) => r.id)).size !== relations.length) return null;
    return { ...head.data, entities, relations };
  } catch (error) {
    if (error instanceof NotSure) return null;
    throw error;
  }
}

/**
 * One entity as the schema would make it, or null when only zod can say. `types`: the entity types the dataset
 * knows (built in and declared), so an entity this answers for also passes the rules between records.
 */
export function fastEntity(raw: unknown, types: ReadonlySet<string>): Entity | null {
  try {
    return entity(raw, types);
  } catch (error) {
    if (error instanceof NotSure) return null;
    throw error;
  }
}

/**
 * One relation without claims as the schema would make it, or null when only zod can say. Of the rules between
 * records it checks the type (against `types`) and, through `entityIds`, the ends; claims are left to zod, so a
 * dataset with sources (where every relation needs a claim) has no relation this answers for.
 */
export function fastRelation(raw: unknown, types: ReadonlySet<string>, entityIds: KnownIds): Relation | null {
  try {
    return relation(raw, types, entityIds);
  } catch (error) {
    if (error instanceof NotSure) return null;
    throw error;
  }
}

/**
 * Whether an entity fastEntity accepted was written just as the schema gives it back (defaults written out,
 * nothing to trim), so that its JSON text reads back as the checked entity and can be kept as it was written.
 */
export function entityAsGiven(raw: unknown, entity: Entity): boolean {
  const e = raw as Loose;
  return Object.hasOwn(e, 'aliases') && e.type === entity.type && e.label === entity.label;
}

/** The same for a relation fastRelation accepted. */
export function relationAsGiven(raw: unknown, relation: Relation): boolean {
  const r = raw as Loose;
  return (
    Object.hasOwn(r, 'modality') &&
    Object.hasOwn(r, 'disputed') &&
    Object.hasOwn(r, 'claims') &&
    Object.hasOwn(r, 'directed') &&
    r.type === relation.type
  );
}
