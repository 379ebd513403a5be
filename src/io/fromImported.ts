// Maps a graph read from GEXF, GraphML, Cytoscape JSON or CSV onto the typed data model: attributes that
// fit (type, country, label, role, description) fill the model's fields; every attribute is kept as well.
import type { AttrValue, Attributes, ImportedEdge, ImportedGraph, TimeSpan } from './formats/types';
import { eventRange, isoDay, isoRange, parseIsoDay, type EventDate } from '../model/time';
import type { DatasetInput } from '../model/schema';
import { COUNTRY_NAMES, ENTITY_TYPE_IDS, MODALITY_IDS, RELATION_TYPE_IDS, type Modality } from '../model/vocabulary';

/** Attribute names (case-insensitive) read as the entity or relation type, in order of preference. */
export const TYPE_KEYS = ['type', 'kind', 'category', 'class', 'entity_type', 'relation_type', 'interaction'];
export const COUNTRY_KEYS = ['country', 'country_code', 'iso2', 'nation'];
export const DEFAULT_ENTITY_TYPE = 'node';
export const DEFAULT_RELATION_TYPE = 'link';

const CODE_BY_NAME = new Map(Object.entries(COUNTRY_NAMES).map(([code, name]) => [name.toLowerCase(), code]));

function pick(attributes: Attributes, keys: readonly string[]): AttrValue | undefined {
  for (const [name, value] of attributes) {
    if (keys.includes(name.toLowerCase()) && String(value).trim() !== '') return value;
  }
  return undefined;
}

export function toCountryCode(value: AttrValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase();
  return CODE_BY_NAME.get(text.toLowerCase());
}

/** A plain object without a prototype, so keys such as "__proto__" stay data. */
function toRecord(attributes: Attributes): Record<string, AttrValue> {
  const record = Object.create(null) as Record<string, AttrValue>;
  for (const [name, value] of attributes) {
    if (typeof value !== 'number' || Number.isFinite(value)) record[name] = value;
  }
  return record;
}

function textOf(value: AttrValue | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

export function datasetFromImported(graph: ImportedGraph, title: string): DatasetInput {
  const entityTypes = new Set<string>();
  const relationTypes = new Set<string>();

  const entities = graph.nodes.map((node) => {
    const type = textOf(pick(node.attributes, TYPE_KEYS))?.trim() || DEFAULT_ENTITY_TYPE;
    entityTypes.add(type);
    const role = pick(node.attributes, ['role']);
    const description = pick(node.attributes, ['description']);
    const hasPosition = Number.isFinite(node.x) && Number.isFinite(node.y);
    return {
      id: node.id,
      type,
      label: node.label?.trim() || node.id,
      country: toCountryCode(pick(node.attributes, COUNTRY_KEYS)),
      role: textOf(role),
      description: textOf(description),
      attributes: withTime(toRecord(node.attributes), node.time),
      position: hasPosition ? { x: node.x!, y: node.y! } : undefined,
      color: node.color && /^#[0-9a-fA-F]{6}$/.test(node.color) ? node.color : undefined,
      size: node.size !== undefined && Number.isFinite(node.size) && node.size > 0 ? node.size : undefined,
    };
  });

  const usedIds = new Set<string>(graph.edges.flatMap((e) => (e.id === undefined ? [] : [e.id])));
  let counter = 0;
  const freshId = () => {
    let id: string;
    do id = `e${counter++}`;
    while (usedIds.has(id));
    usedIds.add(id);
    return id;
  };

  const nodeTimes = new Map(graph.nodes.flatMap((n) => (n.time ? [[n.id, n.time] as const] : [])));
  const relations = graph.edges.map((edge) => {
    const type = textOf(pick(edge.attributes, TYPE_KEYS))?.trim() || DEFAULT_RELATION_TYPE;
    relationTypes.add(type);
    const date = edgeDate(edge, nodeTimes);
    const dateText = edge.attributes.get(DATE_TEXT);
    return {
      ...(date ? { date } : {}),
      ...(typeof dateText === 'string' && dateText.trim() !== '' ? { dateText } : {}),
      id: edge.id ?? freshId(),
      type,
      source: edge.source,
      target: edge.target,
      directed: edge.directed,
      label: edge.label,
      weight: edge.weight !== undefined && Number.isFinite(edge.weight) ? edge.weight : undefined,
      attributes: toRecord(edge.attributes),
      // A modality our own export wrote (or any file naming one we know) is read back; anything else stays an attribute.
      modality: modalityOf(pick(edge.attributes, ['modality'])),
      claims: [],
    };
  });

  return {
    title,
    attributes: toRecord(graph.attributes),
    vocabulary: {
      entityTypes: declare(entityTypes, ENTITY_TYPE_IDS),
      relationTypes: declare(relationTypes, RELATION_TYPE_IDS),
    },
    sources: [],
    entities,
    relations,
  };
}

/** Declares the types the model does not know, labelled as they are written. */
export function declare(types: Set<string>, builtIn: readonly string[]): Record<string, { label: string }> {
  const declared = Object.create(null) as Record<string, { label: string }>;
  for (const type of types) if (!builtIn.includes(type)) declared[type] = { label: type };
  return declared;
}

function modalityOf(value: AttrValue | undefined): Modality {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return (MODALITY_IDS as readonly string[]).includes(text) ? (text as Modality) : 'happened';
}

/** A node's time stays visible as "start" and "end" attributes (unless the file already has attributes so named). */
function withTime(record: Record<string, AttrValue>, time: TimeSpan | undefined): Record<string, AttrValue> {
  if (time?.start !== undefined && !('start' in record)) record.start = time.start;
  if (time?.end !== undefined && !('end' in record)) record.end = time.end;
  return record;
}

/** The attributes our own exports write a relation's date in (see toImported.ts). */
export const DATE = 'date';
export const DATE_TEXT = 'dateText';

const SPAN = /^(\d{4}-\d{2}-\d{2}|\.\.)\/(\d{4}-\d{2}-\d{2}|\.\.)$/;

/**
 * A date as our exports write it (formatEventDate): an ISO date, month or year, or "from/to" in ISO days (".." for
 * an open end), after its wording and in brackets when it has one ("mid-October 2025 (2025-10-11/2025-10-20)").
 * Anything else is not taken for a date here: the time bar's "Dates from" reads other wordings on request.
 */
export function exportedDate(value: AttrValue | undefined): EventDate | undefined {
  if (typeof value !== 'string') return undefined;
  if (isoRange(value)) return value;
  const worded = /^([\s\S]*\S) \((\S+)\)$/.exec(value);
  const m = SPAN.exec(worded ? worded[2]! : value);
  if (!m) return undefined;
  const [from, to] = [m[1], m[2]].map((d) => (d === '..' ? undefined : d));
  if ([from, to].some((d) => d !== undefined && parseIsoDay(d) === undefined)) return undefined;
  if ((from === undefined && to === undefined) || (from !== undefined && to !== undefined && from > to))
    return undefined;
  return {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(worded ? { text: worded[1]! } : {}),
  };
}

/** Whether a date covers exactly the days of a time span (GEXF's spell for the same relation). */
function sameDays(date: EventDate, time: TimeSpan): boolean {
  const range = eventRange(date);
  if (!range) return false;
  const day = (d: number) => (Number.isFinite(d) ? isoDay(d) : undefined);
  return day(range.start) === time.start && day(range.end) === time.end;
}

/**
 * An edge's date: the `date` attribute when our export wrote it (GEXF's spell for it, when there is one, must agree);
 * else the edge's own time; else the time its two ends share, since a dynamic graph shows an edge only while both
 * of its nodes exist. Ends that never coexist leave the edge undated.
 */
function edgeDate(edge: ImportedEdge, nodeTimes: ReadonlyMap<string, TimeSpan>): EventDate | undefined {
  const written = exportedDate(edge.attributes.get(DATE));
  if (written !== undefined && (!edge.time || sameDays(written, edge.time))) return written;
  const spans = edge.time ? [edge.time] : [nodeTimes.get(edge.source), nodeTimes.get(edge.target)];
  const starts = spans.flatMap((s) => (s?.start === undefined ? [] : [s.start])).sort();
  const ends = spans.flatMap((s) => (s?.end === undefined ? [] : [s.end])).sort();
  const from = starts[starts.length - 1];
  const to = ends[0];
  if ((from === undefined && to === undefined) || (from !== undefined && to !== undefined && from > to))
    return undefined;
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}
