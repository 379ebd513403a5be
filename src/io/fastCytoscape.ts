// One pass from parsed Cytoscape JSON to a validated dataset, for the common case of a clean file. The general path
// (readCytoscapeJson → datasetFromImported → validateDataset) builds three object graphs one after the other; at 10k
// nodes that was most of the wait before the first frame. Here each element is visited once and becomes its final
// record. Anything less plain (a warning to give, an error to report, styles, elements in one mixed list) gets null:
// the general path then reads the file and says what it has to say. When this answers, its dataset equals the
// general path's; fastCytoscape.test.ts checks that on thousands of generated files, hostile ones included.
import type { Dataset, Entity, Relation } from '../model/schema';
import { ENTITY_TYPE_IDS, RELATION_TYPE_IDS } from '../model/vocabulary';
import { MAX_EDGES, MAX_NODES } from './formats/types';
import { nodeLook, own } from './formats/shared';
import {
  COUNTRY_KEYS,
  DATE,
  DATE_TEXT,
  DEFAULT_ENTITY_TYPE,
  DEFAULT_RELATION_TYPE,
  TYPE_KEYS,
  declare,
  exportedDate,
  toCountryCode,
} from './fromImported';
import { isValidId } from '../model/ids';
import { rememberEnds, type RelationEnds } from './relationEnds';

type Loose = Record<string, unknown>;
type Value = string | number | boolean;
type AttributeRecord = Record<string, Value>;

/** Thrown inside this module only, to hand the file to the general path from any depth. */
class Unsure extends Error {}
const unsure = (): never => {
  throw new Unsure();
};

/** `data` keys that are edge fields, not attributes (as in formats/cytoscapeJson.ts; nodes: nodeLook). */
const EDGE_FIELDS = new Set(['id', 'source', 'target', 'label', 'weight', 'directed']);

function object(value: unknown): Loose {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) unsure();
  return value as Loose;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

const textOf = idOf;

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : unsure();
}

/** A coordinate the general path keeps as it is; blank ones it drops without a word; others it would warn about. */
function coordinate(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : unsure();
}

function position(value: unknown): { x: number; y: number } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const x = coordinate(own(value, 'x'));
  const y = coordinate(own(value, 'y'));
  return x !== undefined && y !== undefined ? { x, y } : undefined;
}

/**
 * Which model field an attribute fills (see fromImported's `pick`), or null for none. 'modality' fills a relation's
 * field on the general path, so a relation with such an attribute is left to it.
 */
type Meaning = 'type' | 'country' | 'role' | 'description' | 'modality' | null;
type Picked = Exclude<Meaning, 'modality' | null>;

function meaningOf(name: string): Meaning {
  const lower = name.toLowerCase();
  if (TYPE_KEYS.includes(lower)) return 'type';
  if (COUNTRY_KEYS.includes(lower)) return 'country';
  return lower === 'role' || lower === 'description' || lower === 'modality' ? lower : null;
}

class Reader {
  /** Each entity's number (its place in the file) by id. */
  readonly nodeNumbers = new Map<string, number>();
  readonly edgeIds = new Set<string>();
  readonly entityTypes = new Set<string>();
  readonly relationTypes = new Set<string>();
  /** Names repeat on every element: each is lower-cased and looked up once. */
  private readonly meanings = new Map<string, Meaning>();
  /** The first non-blank value of each meaning in the record read last. */
  private picked: Record<Picked, Value | undefined> = {
    type: undefined,
    country: undefined,
    role: undefined,
    description: undefined,
  };
  /** Whether the record read last has an attribute named "modality" (in any case). */
  private hasModality = false;

  /** The element's attributes as the general path keeps them: scalars as they are, nulls dropped. */
  attributes(data: Loose, fields: ReadonlySet<string>): AttributeRecord {
    const picked = this.picked;
    picked.type = picked.country = picked.role = picked.description = undefined;
    this.hasModality = false;
    const record = Object.create(null) as AttributeRecord;
    for (const key of Object.keys(data)) {
      if (fields.has(key)) continue;
      const value = data[key];
      if (value === null || value === undefined) continue;
      // Lists and objects are kept as JSON text there, with a warning; non-finite numbers are dropped with one.
      if (typeof value === 'number' ? !Number.isFinite(value) : typeof value !== 'string' && typeof value !== 'boolean')
        unsure();
      record[key] = value as Value;
      let meaning = this.meanings.get(key);
      if (meaning === undefined) this.meanings.set(key, (meaning = meaningOf(key)));
      if (meaning === 'modality') this.hasModality = true;
      else if (meaning !== null && picked[meaning] === undefined && String(value).trim() !== '')
        picked[meaning] = value as Value;
    }
    return record;
  }

  entity(element: unknown): Entity {
    const e = object(element);
    // Colours and sizes in a style bypass are read, and checked with warnings, by the general path.
    if (Object.hasOwn(e, 'style')) unsure();
    const data = object(own(e, 'data'));
    const id = idOf(own(data, 'id'));
    if (id === undefined || !isValidId(id) || this.nodeNumbers.has(id)) unsure();
    this.nodeNumbers.set(id!, this.nodeNumbers.size);
    const look = nodeLook(data);
    const attributes = this.attributes(data, look.fields);
    const label = ((textOf(own(data, 'label')) ?? textOf(own(data, 'name')))?.trim() || id!).trim();
    if (label === '') unsure();
    const { type: typeValue, country, role, description } = this.picked;
    const type = typeValue === undefined ? DEFAULT_ENTITY_TYPE : String(typeValue).trim();
    this.entityTypes.add(type);
    return {
      id: id!,
      type,
      label,
      aliases: [],
      country: toCountryCode(country),
      role: role === undefined ? undefined : String(role),
      description: description === undefined ? undefined : String(description),
      attributes,
      position: position(own(e, 'position')),
      color: look.color,
      size: look.size !== undefined && look.size > 0 ? look.size : undefined,
    };
  }

  /**
   * Relation `j`; its id stays undefined when the file gives none (see freshIds). The numbers of the entities its
   * ends name go into `ends`.
   */
  relation(element: unknown, j: number, ends: RelationEnds): Relation {
    const data = object(own(object(element), 'data'));
    const source = idOf(own(data, 'source'));
    const target = idOf(own(data, 'target'));
    const from = source === undefined ? undefined : this.nodeNumbers.get(source);
    const to = target === undefined ? undefined : this.nodeNumbers.get(target);
    if (from === undefined || to === undefined) unsure();
    ends.source[j] = from!;
    ends.target[j] = to!;
    const id = idOf(own(data, 'id'));
    if (id !== undefined) {
      // A repeated id is repaired, with a warning, by the general path.
      if (!isValidId(id) || this.edgeIds.has(id)) unsure();
      this.edgeIds.add(id);
    }
    const directed = own(data, 'directed');
    if (directed !== undefined && directed !== null && typeof directed !== 'boolean') unsure();
    const weight = own(data, 'weight');
    if (weight !== undefined && weight !== null && !(typeof weight === 'number' && Number.isFinite(weight))) unsure();
    const attributes = this.attributes(data, EDGE_FIELDS);
    // A modality attribute fills the model's field on the general path (fromImported): leave such files to it.
    if (this.hasModality) unsure();
    const typeValue = this.picked.type;
    const type = typeValue === undefined ? DEFAULT_RELATION_TYPE : String(typeValue).trim();
    this.relationTypes.add(type);
    // A date as our exports write it, read back as fromImported reads it.
    const date = exportedDate(attributes[DATE]);
    const dateText = attributes[DATE_TEXT];
    const hasDateText = typeof dateText === 'string' && dateText.trim() !== '';
    const relation: Relation = {
      id: id as string,
      type,
      source: source!,
      target: target!,
      modality: 'happened',
      disputed: false,
      claims: [],
      directed: typeof directed === 'boolean' ? directed : true,
      label: textOf(own(data, 'label')),
      weight: (weight ?? undefined) as number | undefined,
      attributes,
    };
    // Spread only for a dated relation, which keeps the general path's key order (date first): spreading into every
    // one of 400,000 records took the worker ~0.5 s.
    if (date === undefined && !hasDateText) return relation;
    return { ...(date === undefined ? {} : { date }), ...(hasDateText ? { dateText } : {}), ...relation };
  }

  /** Ids for relations the file gave none: e0, e1... skipping every id in use, in file order (as datasetFromImported). */
  freshIds(relations: Relation[]): void {
    let counter = 0;
    for (const relation of relations) {
      if (relation.id !== undefined) continue;
      let id: string;
      do id = `e${counter++}`;
      while (this.edgeIds.has(id));
      this.edgeIds.add(id);
      relation.id = id;
    }
  }
}

/** The dataset the general path would make of this parsed Cytoscape JSON, or null when only it can say. */
export function datasetFromCytoscapeJson(json: unknown, title: string): Dataset | null {
  try {
    const file = object(json);
    // Elements in one mixed list need their kind guessed: the general path does that.
    const elements = object(own(file, 'elements'));
    const nodes = list(own(elements, 'nodes'));
    const edges = list(own(elements, 'edges'));
    if (nodes.length > MAX_NODES || edges.length > MAX_EDGES) unsure();
    const reader = new Reader();
    const graphData = own(file, 'data');
    const attributes =
      typeof graphData === 'object' && graphData !== null && !Array.isArray(graphData)
        ? reader.attributes(graphData as Loose, new Set())
        : (Object.create(null) as AttributeRecord);
    const entities = Array.from(nodes, (node) => reader.entity(node));
    const ends = { source: new Int32Array(edges.length), target: new Int32Array(edges.length) };
    const relations = Array.from(edges, (edge, j) => reader.relation(edge, j, ends));
    reader.freshIds(relations);
    // The rest is what the schema makes of it: a trimmed title, prototype-free records. Written out rather than
    // asked of zod, so that this route, which the page takes, needs none of zod's code (see openPlain.ts).
    const trimmedTitle = title.trim();
    if (trimmedTitle === '') return null;
    const vocabulary = {
      entityTypes: declare(reader.entityTypes, ENTITY_TYPE_IDS),
      relationTypes: declare(reader.relationTypes, RELATION_TYPE_IDS),
    };
    rememberEnds(relations, entities, ends);
    return {
      title: trimmedTitle,
      vocabulary,
      attributes: attributes as AttributeRecord,
      sources: [],
      entities,
      relations,
    };
  } catch (error) {
    if (error instanceof Unsure) return null;
    throw error;
  }
}
