// The form in which a dataset crosses from the open worker to the page. Structured cloning 150k entity and relation
// objects (each with an attributes record, an aliases or claims list, a position) took longer than parsing the file,
// and the records then had to be copied again into prototype-free objects. Here every field travels as one column
// (a plain array of values, or nothing at all when every record holds an empty list), attributes as one flat list
// of values with a small table of key lists, and the page builds each record once, already in its final shape.
import type { Dataset, Entity, Relation } from '../model/schema';
import type { OpenReply } from './openRequest';
import type { OpenedGraph } from './openPlain';
import type { ImportErrorCode } from './formats/types';
import { forEachInSlices } from '../model/timeSlices';
import { datasetHash } from '../model/datasetHash';
import { endsOf, type RelationEnds } from './relationEnds';

type Item = Entity | Relation;
type AttributeRecord = Record<string, string | number | boolean>;

/**
 * A list of values as it crosses: plain (structured cloning copies each value), or, when every value is a string
 * or missing, in typed arrays that are handed over rather than copied. At 200,000 entities and 400,000 relations,
 * cloning some three million small strings held the page for over half a second as it read the reply.
 * - `codes`: few distinct strings (types, countries), each sent once, and the records share them;
 * - `text`: mostly distinct strings (ids, names), joined into one text with where each ends, or -1 - that end
 *   when the value is missing.
 */
type Values = { values: unknown[] } | { codes: Int32Array; dictionary: string[] } | { text: string; ends: Int32Array };

/**
 * One field across all records: its values, or a marker for "an empty list each" / "the same scalar each", or
 * for positions ({ x, y } or nothing), both numbers of each record in one typed array (NaN for none), which is
 * handed over as one block instead of 50,000 small objects; or, for a relation's ends, the numbers of the entities
 * named, so that the page's relations hold the very strings its entities' ids are (the model is built faster from
 * strings it has hashed and used as keys already).
 */
type Column =
  | ({ name: string } & Values)
  | { name: string; emptyLists: true }
  | { name: string; same: string | number | boolean }
  | { name: string; points: Float64Array }
  | { name: string; refs: Int32Array };

interface PackedAttributes {
  /** Distinct key lists, in the order the records hold their keys. */
  keyLists: string[][];
  /** Per record: index into keyLists, or -1 when the record has no attributes at all. */
  shapes: Int32Array;
  /** Every record's values, one after another, in key-list order. */
  values: Values;
}

export interface PackedItems {
  count: number;
  columns: Column[];
  attributes: PackedAttributes;
}

export interface PackedDataset {
  head: Omit<Dataset, 'entities' | 'relations'>;
  entities: PackedItems;
  relations: PackedItems;
}

/** Object.prototype's names: never a field of a record (the schema is strict), and never assigned as one here. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

function packColumn(name: string, items: readonly Item[]): Column {
  const values = items.map((item) => (item as unknown as Record<string, unknown>)[name]);
  if (values.every((v) => Array.isArray(v) && v.length === 0)) return { name, emptyLists: true };
  const first = values[0];
  if (
    (typeof first === 'string' || typeof first === 'number' || typeof first === 'boolean') &&
    values.every((v) => v === first)
  ) {
    return { name, same: first };
  }
  return values.every(isPointOrNothing)
    ? { name, points: toPoints(values as ({ x: number; y: number } | undefined)[]) }
    : { name, ...packValues(values) };
}

/** How many values of a list tell whether its strings repeat enough to be sent as codes. */
const SAMPLE = 4096;
/** Up to this share of distinct values in the sample, a list's strings are sent as codes into a dictionary. */
const CODES_UP_TO_DISTINCT = 1 / 8;

export function packValues(values: unknown[]): Values {
  if (values.length === 0 || !values.every((v) => typeof v === 'string' || v === undefined)) return { values };
  const strings = values as (string | undefined)[];
  // Looking every id up in a map of hundreds of thousands cost the worker more than joining them.
  const sample = strings.slice(0, SAMPLE);
  if (new Set(sample).size > sample.length * CODES_UP_TO_DISTINCT) return joined(strings);
  const byValue = new Map<string, number>();
  const codes = new Int32Array(strings.length);
  for (let i = 0; i < strings.length; i++) {
    const value = strings[i];
    if (value === undefined) {
      codes[i] = -1;
      continue;
    }
    let code = byValue.get(value);
    if (code === undefined) byValue.set(value, (code = byValue.size));
    codes[i] = code;
  }
  return { codes, dictionary: [...byValue.keys()] };
}

function joined(strings: readonly (string | undefined)[]): Values {
  const ends = new Int32Array(strings.length);
  let end = 0;
  strings.forEach((value, i) => {
    if (value !== undefined) end += value.length;
    ends[i] = value === undefined ? -1 - end : end;
  });
  return { text: strings.join(''), ends };
}

/** Reads a list packed by packValues at any index. */
export function valuesReader(packed: Values): (i: number) => unknown {
  if ('values' in packed) {
    const { values } = packed;
    return (i) => values[i];
  }
  if ('codes' in packed) {
    const { codes, dictionary } = packed;
    return (i) => (codes[i]! < 0 ? undefined : dictionary[codes[i]!]);
  }
  const { text, ends } = packed;
  const endOf = (i: number) => (ends[i]! < 0 ? -1 - ends[i]! : ends[i]!);
  return (i) => (ends[i]! < 0 ? undefined : text.slice(i === 0 ? 0 : endOf(i - 1), ends[i]));
}

/** The buffers a list or column holds, to hand over instead of copying. */
function buffersOf(packed: object): ArrayBuffer[] {
  return Object.values(packed)
    .filter((value): value is Int32Array | Float64Array => value instanceof Int32Array || value instanceof Float64Array)
    .map((array) => array.buffer as ArrayBuffer);
}

function isPointOrNothing(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(value);
  const { x, y } = value as { x: unknown; y: unknown };
  return keys.length === 2 && keys[0] === 'x' && keys[1] === 'y' && Number.isFinite(x) && Number.isFinite(y);
}

function toPoints(values: readonly ({ x: number; y: number } | undefined)[]): Float64Array {
  const points = new Float64Array(values.length * 2).fill(NaN);
  values.forEach((point, i) => {
    if (point === undefined) return;
    points[2 * i] = point.x;
    points[2 * i + 1] = point.y;
  });
  return points;
}

function packAttributes(items: readonly Item[]): PackedAttributes {
  const keyLists: string[][] = [];
  const byList = new Map<string, number>();
  const shapes = new Int32Array(items.length);
  const values: unknown[] = [];
  let previous: string[] = [];
  let previousShape = -1;
  items.forEach((item, i) => {
    const record = item.attributes;
    if (record === undefined) {
      shapes[i] = -1;
      return;
    }
    const keys = Object.keys(record);
    // Records mostly hold the same keys as the one before: then no name needs building or looking up.
    let shape = previousShape >= 0 && sameKeys(keys, previous) ? previousShape : undefined;
    if (shape === undefined) {
      // JSON text is an unambiguous name for a key list, whatever characters the keys contain.
      const listName = JSON.stringify(keys);
      shape = byList.get(listName);
      if (shape === undefined) {
        shape = keyLists.push(keys) - 1;
        byList.set(listName, shape);
      }
    }
    shapes[i] = previousShape = shape;
    previous = keys;
    for (const key of keys) values.push(record[key]);
  });
  return { keyLists, shapes, values: packValues(values) };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The fields of a relation that name an entity, sent as entity numbers when every one does. */
const ENDS = new Set(['source', 'target']);

/**
 * `entityNumbers`: each entity's number by id, given for relations (their ends are sent by number); or the ends
 * as numbers already, when the reader noted them (relationEnds.ts).
 */
export function packItems(
  items: readonly Item[],
  entityNumbers?: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>),
  knownEnds?: RelationEnds,
): PackedItems {
  const names = new Set<string>();
  for (const item of items) for (const name of Object.keys(item)) names.add(name);
  names.delete('attributes');
  return {
    count: items.length,
    columns: [...names].map((name) => {
      if (ENDS.has(name) && knownEnds) return { name, refs: knownEnds[name as keyof RelationEnds].slice() };
      const numbers = typeof entityNumbers === 'function' ? entityNumbers() : entityNumbers;
      return (ENDS.has(name) && numbers && refsColumn(name, items, numbers)) || packColumn(name, items);
    }),
    attributes: packAttributes(items),
  };
}

function refsColumn(name: string, items: readonly Item[], entityNumbers: ReadonlyMap<string, number>): Column | null {
  const refs = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const number = entityNumbers.get((items[i] as unknown as Record<string, unknown>)[name] as string);
    if (number === undefined) return null;
    refs[i] = number;
  }
  return { name, refs };
}

/** A copy of a record without a prototype, so keys such as "__proto__" stay data. */
export function nullPrototype<T>(record: Record<string, T> | undefined): Record<string, T> | undefined {
  if (record === undefined) return undefined;
  const safe = Object.create(null) as Record<string, T>;
  for (const key of Object.keys(record)) safe[key] = record[key]!;
  return safe;
}

function pointsReader(points: Float64Array): (i: number) => { x: number; y: number } | undefined {
  return (i) => {
    const x = points[2 * i]!;
    return Number.isNaN(x) ? undefined : { x, y: points[2 * i + 1]! };
  };
}

function columnReader(column: Column, entityId?: (n: number) => string): (i: number) => unknown {
  if ('refs' in column) {
    if (!entityId) throw new Error(`Unexpected entity numbers in "${column.name}".`);
    const { refs } = column;
    return (i) => entityId(refs[i]!);
  }
  if ('emptyLists' in column) return () => [];
  if ('same' in column) {
    const { same } = column;
    return () => same;
  }
  return 'points' in column ? pointsReader(column.points) : valuesReader(column);
}

/**
 * Makes the records one after another: the returned function gives record i, and must be called for 0, 1, 2… in
 * order (attribute values are read from one running list).
 */
function recordMaker<T extends Item>(packed: PackedItems, entities?: readonly Entity[]): (i: number) => T {
  const { columns, attributes } = packed;
  for (const column of columns) {
    if (PROTOTYPE_NAMES.has(column.name) || column.name === 'attributes')
      throw new Error(`Unexpected field "${column.name}" in an opened graph.`);
  }
  const { keyLists: keyList, shapes } = attributes;
  const value = valuesReader(attributes.values);
  // Each column's kind is read once, not once per record (at 50k nodes and 100k edges that was 1.5M lookups).
  const names = columns.map((column) => column.name);
  const entityId = entities && ((n: number) => entities[n]!.id);
  const readers = columns.map((column) => columnReader(column, entityId));
  let at = 0;
  return (i) => {
    const item: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) {
      // Fields a record did not have arrive as undefined and stay absent.
      const field = readers[c]!(i);
      if (field !== undefined) item[names[c]!] = field;
    }
    const shape = shapes[i]!;
    if (shape >= 0) {
      const record = Object.create(null) as AttributeRecord;
      for (const key of keyList[shape]!) record[key] = value(at++) as AttributeRecord[string];
      item.attributes = record;
    }
    return item as T;
  };
}

/**
 * A field of every record, read straight from the packed columns without making the records: a scalar field's
 * reader (undefined where a record lacks it; positions as { x, y }), the positions of a `points` column, or the
 * entity numbers of a `refs` column. Null when the field is packed in another way (the records must be made to read
 * it).
 */
export function packedField(packed: PackedItems, name: string): ((i: number) => unknown) | null {
  const column = packed.columns.find((c) => c.name === name);
  if (!column) return () => undefined;
  // A field no record has travels as an empty `points` column: read, it gives undefined for each.
  if ('refs' in column || 'emptyLists' in column) return null;
  return columnReader(column);
}

/** The positions of a `points` column, two numbers per record (NaN for none); undefined when the field is absent. */
export function packedPoints(packed: PackedItems, name: string): Float64Array | null | undefined {
  const column = packed.columns.find((c) => c.name === name);
  if (!column) return undefined;
  return 'points' in column ? column.points : null;
}

/** A field's strings as codes into a dictionary, when it travelled so (few distinct values); else null. */
export function packedCodes(packed: PackedItems, name: string): { codes: Int32Array; dictionary: string[] } | null {
  const column = packed.columns.find((c) => c.name === name);
  return column && 'codes' in column ? column : null;
}

/** The entity numbers of a `refs` column; null when the field did not travel as numbers. */
export function packedRefs(packed: PackedItems, name: string): Int32Array | null {
  const column = packed.columns.find((c) => c.name === name);
  return column && 'refs' in column ? column.refs : null;
}

/** `entities`: the entities made already, for relations (their ends arrive as entity numbers). */
export function unpackItems<T extends Item>(packed: PackedItems, entities?: readonly Entity[]): T[] {
  const make = recordMaker<T>(packed, entities);
  const items = new Array<T>(packed.count);
  for (let i = 0; i < packed.count; i++) items[i] = make(i);
  return items;
}

/** unpackItems in slices, the page answering between them (200,000 records take over a second to make). */
async function unpackItemsInSlices<T extends Item>(packed: PackedItems, entities?: readonly Entity[]): Promise<T[]> {
  const make = recordMaker<T>(packed, entities);
  const items = new Array<T>(packed.count);
  await forEachInSlices(packed.count, (i) => (items[i] = make(i)), 256);
  return items;
}

export function packDataset(dataset: Dataset): PackedDataset {
  const { entities, relations, ...head } = dataset;
  let entityNumbers: Map<string, number> | undefined;
  const numbers = () => (entityNumbers ??= new Map(entities.map((entity, i) => [entity.id, i])));
  return {
    head,
    entities: packItems(entities),
    relations: packItems(relations, numbers, endsOf(relations, entities)),
  };
}

/**
 * The dataset again, with every record prototype-free: structured cloning cannot keep a null prototype, and the
 * rest of the app expects the shapes validation made ("__proto__" as an ordinary key).
 */
export function unpackDataset(packed: PackedDataset): Dataset {
  const entities = unpackItems<Entity>(packed.entities);
  return { ...unpackHead(packed), entities, relations: unpackItems<Relation>(packed.relations, entities) };
}

function unpackHead(packed: PackedDataset): Omit<Dataset, 'entities' | 'relations'> {
  const { head } = packed;
  return {
    ...head,
    attributes: nullPrototype(head.attributes),
    vocabulary: head.vocabulary && {
      ...head.vocabulary,
      entityTypes: nullPrototype(head.vocabulary.entityTypes),
      relationTypes: nullPrototype(head.vocabulary.relationTypes),
    },
  };
}

/** unpackDataset in slices, for big graphs: the same dataset, without one long task on the page. */
export async function unpackDatasetInSlices(packed: PackedDataset): Promise<Dataset> {
  const head = unpackHead(packed);
  const entities = await unpackItemsInSlices<Entity>(packed.entities);
  const relations = await unpackItemsInSlices<Relation>(packed.relations, entities);
  return { ...head, entities, relations };
}

/**
 * datasetHash of the dataset the page makes from `packed`: the worker hashes the records made by the page's own code
 * (unpackDataset), so key order, and with it the JSON text hashed, is the page's.
 */
export function packedDatasetHash(packed: PackedDataset): string {
  return datasetHash(unpackDataset(packed));
}

/** A copy of `packed` whose typed arrays are its own, for use after the original's buffers are handed over. */
export function withOwnBuffers(packed: PackedDataset): PackedDataset {
  const copy = <T extends object>(part: T): T =>
    Object.fromEntries(
      Object.entries(part).map(([key, value]) => [
        key,
        value instanceof Int32Array || value instanceof Float64Array ? value.slice() : value,
      ]),
    ) as T;
  const items = (packed: PackedItems): PackedItems => ({
    ...packed,
    columns: packed.columns.map(copy),
    attributes: { ...copy(packed.attributes), values: copy(packed.attributes.values) },
  });
  return { ...packed, entities: items(packed.entities), relations: items(packed.relations) };
}

/** An open request's reply as the worker posts it: the dataset in its compact form. */
export type WireReply =
  | { ok: true; opened: Omit<OpenedGraph, 'dataset'> & { dataset: PackedDataset } }
  | { ok: false; code: ImportErrorCode; message: string };

/** The buffers of a reply, handed over to the page rather than copied (the worker must not use them afterwards). */
export function wireTransfers(reply: WireReply): ArrayBuffer[] {
  if (!reply.ok) return [];
  const { entities, relations } = reply.opened.dataset;
  return [entities, relations].flatMap((items) => [
    ...items.columns.flatMap(buffersOf),
    ...buffersOf(items.attributes),
    ...buffersOf(items.attributes.values),
  ]);
}

export function toWire(reply: OpenReply): WireReply {
  return reply.ok ? { ok: true, opened: { ...reply.opened, dataset: packDataset(reply.opened.dataset) } } : reply;
}

/** The reply again, its records prototype-free as validation made them (structured cloning cannot keep that). */
export function fromWire(reply: WireReply): OpenReply {
  return reply.ok ? { ok: true, opened: { ...reply.opened, dataset: unpackDataset(reply.opened.dataset) } } : reply;
}

/** fromWire in slices (see unpackDatasetInSlices). */
export async function fromWireInSlices(reply: WireReply): Promise<OpenReply> {
  return reply.ok
    ? { ok: true, opened: { ...reply.opened, dataset: await unpackDatasetInSlices(reply.opened.dataset) } }
    : reply;
}
