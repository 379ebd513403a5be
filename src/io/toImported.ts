// Turns the data model (or the part of it the filters show) into the neutral graph the format writers take.
// Model fields travel as attributes (type, country, role...) so that other tools can show and filter on them.
import type { AttrValue, Attributes, ImportedGraph, TimeSpan } from './formats/types';
import type { Dataset, Entity, Relation } from '../model/schema';
import { evidenceByRelation } from '../model/evidence';
import { eventRange, formatEventDate, isoDay } from '../model/time';

export interface Subset {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

function attributesOf(item: Entity | Relation, extra: [string, AttrValue | undefined][]): Attributes {
  const attributes: Attributes = new Map();
  for (const [name, value] of extra) if (value !== undefined && value !== '') attributes.set(name, value);
  // The item's own attributes win: they are what the file it came from said.
  for (const [name, value] of Object.entries(item.attributes ?? {})) attributes.set(name, value);
  return attributes;
}

/** What the screen adds to the data: where each entity is drawn and in which colour (both by entity id). */
export interface Drawing {
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  colourOf?: (entity: Entity) => string;
}

export function importedFromDataset(dataset: Dataset, subset?: Subset, drawing: Drawing = {}): ImportedGraph {
  const entities = subset ? dataset.entities.filter((e) => subset.nodes.has(e.id)) : dataset.entities;
  const relations = subset ? dataset.relations.filter((r) => subset.edges.has(r.id)) : dataset.relations;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const evidence = evidenceByRelation(dataset.relations, dataset.sources);
  const withClaims = dataset.sources.length > 0;
  return {
    format: 'gexf',
    attributes: new Map(Object.entries(dataset.attributes ?? {})),
    warnings: [],
    nodes: entities.map((e) => {
      // As drawn here (after a layout or a drag), else as the file had it.
      const position = drawing.positions?.get(e.id) ?? e.position;
      const colour = e.color ?? drawing.colourOf?.(e);
      return {
        id: e.id,
        label: e.label,
        attributes: attributesOf(e, [
          ['type', e.type],
          ['country', e.country],
          ['role', e.role],
          ['description', e.description],
          ['aliases', e.aliases.join('; ')],
        ]),
        ...(position ? { x: position.x, y: position.y } : {}),
        ...(colour ? { color: colour } : {}),
        ...(e.size !== undefined ? { size: e.size } : {}),
      };
    }),
    edges: relations.map((r) => ({
      ...timeOf(r),
      id: r.id,
      source: r.source,
      target: r.target,
      directed: r.directed,
      label: r.label,
      ...(r.weight !== undefined ? { weight: r.weight } : {}),
      attributes: attributesOf(r, [
        ['type', r.type],
        ['date', r.date === undefined ? undefined : formatEventDate(r.date)],
        ['dateText', r.dateText],
        ['details', r.details],
        ['modality', r.modality],
        ['disputed', r.disputed || undefined],
        // Computed, so other tools can size or filter links by how well they are corroborated.
        ['origins', withClaims ? evidence(r).origins.length : undefined],
        ['articles', withClaims ? evidence(r).articles : undefined],
        ['sources', [...new Set(r.claims.map((c) => sources.get(c.source)?.outlet ?? c.source))].join('; ')],
        ['claims', r.claims.length || undefined],
      ]),
    })),
  };
}

/** A relation's dates as a time span, so a GEXF export is a dynamic graph that Gephi's timeline can play. */
function timeOf(relation: Relation): { time?: TimeSpan } {
  const range = eventRange(relation.date);
  if (!range) return {};
  const time: TimeSpan = {};
  if (Number.isFinite(range.start)) time.start = isoDay(range.start);
  if (Number.isFinite(range.end)) time.end = isoDay(range.end);
  return { time };
}
