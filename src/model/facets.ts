// Describes what the current graph can be filtered on: fixed facets of the data model (country, types,
// sources, claim status) plus every attribute an imported graph brings, categorical or numeric.
import type { StoryGraph } from './graph';
import type { Entity, Relation } from './schema';
import { graphNumbers, maskOf, type GraphNumbers } from './graphNumbers';
import { forEachInSlices } from './timeSlices';

export type FacetTarget = 'entity' | 'relation';

/** "entity:country", "relation:type", "entity:attr:modularity_class"... */
export type FacetId = string;

export interface CategoricalFacet {
  kind: 'categorical';
  id: FacetId;
  target: FacetTarget;
  title: string;
  /** Value → how many entities (or relations) carry it. "" stands for "no value". */
  counts: Map<string, number>;
}

export interface RangeFacet {
  kind: 'range';
  id: FacetId;
  target: FacetTarget;
  title: string;
  min: number;
  max: number;
}

export type Facet = CategoricalFacet | RangeFacet;

export const NO_VALUE = '';
/** Attributes with more distinct values than this are not offered as tick lists. */
const MAX_CATEGORIES = 40;
/** Whole numbers with at most this many distinct values (a community id, a year) read better as ticks. */
const MAX_NUMERIC_CATEGORIES = 12;

export const FIXED_FACETS = {
  country: 'entity:country',
  entityType: 'entity:type',
  relationType: 'relation:type',
  source: 'relation:source',
  status: 'relation:status',
  modality: 'relation:modality',
} as const;

/** Facets whose values are claims' (a relation has as many as it has claims). */
export const CLAIM_FACETS: ReadonlySet<FacetId> = new Set([FIXED_FACETS.source, FIXED_FACETS.status]);

export function attributeFacetId(target: FacetTarget, name: string): FacetId {
  return `${target}:attr:${name}`;
}

/** The values an entity or relation has for a facet (several for claim sources and statuses). */
export function valuesOf(facetId: FacetId, item: Entity | Relation): unknown[] {
  switch (facetId) {
    case FIXED_FACETS.country:
      return [(item as Entity).country ?? NO_VALUE];
    case FIXED_FACETS.entityType:
    case FIXED_FACETS.relationType:
      return [item.type];
    case FIXED_FACETS.source:
      return (item as Relation).claims.map((c) => c.source);
    case FIXED_FACETS.status:
      return (item as Relation).claims.map((c) => c.status);
    case FIXED_FACETS.modality:
      return [(item as Relation).modality];
  }
  const name = facetId.slice(facetId.indexOf(':attr:') + ':attr:'.length);
  const attrs = item.attributes;
  return [attrs && Object.hasOwn(attrs, name) ? attrs[name] : undefined];
}

export function describeFacets(graph: StoryGraph): Facet[] {
  const { plan, finish } = facetPlan(graph);
  for (const { items, visit } of plan) for (let i = 0; i < items.length; i++) visit(i);
  return finish();
}

/** Facets made once per graph, by describeFacetsInSlices: the filter lists of a graph shown again are at hand. */
const facetsByGraph = new WeakMap<StoryGraph, Facet[]>();

/** The facets of a graph when describeFacetsInSlices has made them already. */
export function describedFacets(graph: StoryGraph): Facet[] | undefined {
  return facetsByGraph.get(graph);
}

/**
 * describeFacets in slices (timeSlices.ts), with the page answering between them: at 200,000 entities and 400,000
 * relations the counting takes about half a second. Kept per graph.
 */
export async function describeFacetsInSlices(graph: StoryGraph): Promise<Facet[]> {
  const done = facetsByGraph.get(graph);
  if (done) return done;
  const { plan, finish } = facetPlan(graph);
  for (const { items, visit } of plan) await forEachInSlices(items.length, visit, 256);
  const facets = finish();
  facetsByGraph.set(graph, facets);
  return facets;
}

/**
 * The passes describeFacets makes, each over a list of items with a step per item, and how the facets are made from
 * what they counted. Fixed facets come first, then the attributes' (entities', then relations').
 */
function facetPlan(graph: StoryGraph): {
  plan: { items: readonly (Entity | Relation)[]; visit: (i: number) => void }[];
  finish: () => Facet[];
} {
  const { entities, relations } = graphNumbers(graph);
  const fixed: { id: FacetId; target: FacetTarget; title: string; counts: Map<string, number> }[] = [];
  const plan: { items: readonly (Entity | Relation)[]; visit: (i: number) => void }[] = [];
  const tables: [FacetId, () => ValueTable][] = [];
  const count = (id: FacetId, target: FacetTarget, title: string) => {
    const counts = new Map<string, number>();
    const items = target === 'entity' ? entities : relations;
    fixed.push({ id, target, title, counts });
    if (target === 'relation') {
      plan.push({ items, visit: (i) => countItem(id, items[i]!, counts) });
      return;
    }
    // An entity facet's values are kept by number as they are counted: the first tick of one of them then reads
    // numbers (facetMasks.ts), not 200,000 entities, and so does a time brush's first count.
    const table = valueTableMaker(id, items);
    tables.push([id, table.finish]);
    plan.push({ items, visit: table.add });
  };
  count(FIXED_FACETS.country, 'entity', 'Country');
  count(FIXED_FACETS.entityType, 'entity', 'Entity type');
  count(FIXED_FACETS.relationType, 'relation', 'Relation type');
  count(FIXED_FACETS.source, 'relation', 'Source article');
  count(FIXED_FACETS.status, 'relation', 'Claim status');
  // Only worth a list when something is other than done (imported graphs are all "happened").
  if (relations.some((r) => r.modality !== 'happened')) count(FIXED_FACETS.modality, 'relation', 'Happened or not');
  const entitySummaries = new Map<string, AttributeSummary>();
  const relationSummaries = new Map<string, AttributeSummary>();
  plan.push({ items: entities, visit: (i) => summarise('entity', entities[i]!, entitySummaries) });
  plan.push({ items: relations, visit: (i) => summarise('relation', relations[i]!, relationSummaries) });
  const finish = () => {
    for (const [id, made] of tables) {
      const table = made();
      tablesOf(graph).set(id, table);
      const counts = fixed.find((facet) => facet.id === id)!.counts;
      const tally = new Int32Array(table.values.length);
      for (const code of table.codes) tally[code]!++;
      // In the order the values were first met, as countItem would have added them.
      tally.forEach((n, code) => counts.set(table.values[code]!, n));
    }
    const facets: Facet[] = [];
    for (const { id, target, title, counts } of fixed)
      if (counts.size > 0 && !(counts.size === 1 && counts.has(NO_VALUE)))
        facets.push({ kind: 'categorical', id, target, title, counts });
    facets.push(
      ...facetsOfSummaries('entity', entitySummaries, entities.length),
      ...facetsOfSummaries('relation', relationSummaries, relations.length),
    );
    return facets;
  };
  return { plan, finish };
}

const asValue = (v: unknown) => (v === undefined ? NO_VALUE : String(v));

function countValues(id: FacetId, items: (Entity | Relation)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) countItem(id, item, counts);
  return counts;
}

function countItem(id: FacetId, item: Entity | Relation, counts: Map<string, number>): void {
  const values = valuesOf(id, item);
  if (values.length === 1) {
    const value = asValue(values[0]);
    counts.set(value, (counts.get(value) ?? 0) + 1);
    return;
  }
  // An item counts once per value, however many claims repeat it.
  for (const value of new Set(values.map(asValue))) counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** What one pass over the items learns about an attribute. */
interface AttributeSummary {
  present: number;
  counts: Map<string, number>;
  numbers: boolean;
  wholeNumbers: boolean;
  min: number;
  max: number;
  /** Every item that has it holds the same text in the model's own field (an imported "country" or "type"). */
  repeatsCountry: boolean;
  repeatsType: boolean;
}

/** One item's attributes added to the summaries of its kind (the attribute facets' pass). */
function summarise(target: FacetTarget, item: Entity | Relation, summaries: Map<string, AttributeSummary>): void {
  const attrs = item.attributes;
  if (!attrs) return;
  const country = target === 'entity' ? (item as Entity).country : undefined;
  for (const name of Object.keys(attrs)) {
    const value = attrs[name];
    if (value === undefined) continue;
    let summary = summaries.get(name);
    if (!summary) {
      summary = {
        present: 0,
        counts: new Map(),
        numbers: true,
        wholeNumbers: true,
        min: Infinity,
        max: -Infinity,
        repeatsCountry: true,
        repeatsType: true,
      };
      summaries.set(name, summary);
    }
    const text = String(value);
    summary.present++;
    if (summary.counts.size <= MAX_CATEGORIES) summary.counts.set(text, (summary.counts.get(text) ?? 0) + 1);
    if (typeof value === 'number') {
      if (!Number.isInteger(value)) summary.wholeNumbers = false;
      if (value < summary.min) summary.min = value;
      if (value > summary.max) summary.max = value;
    } else summary.numbers = false;
    if (text !== country) summary.repeatsCountry = false;
    if (text !== item.type) summary.repeatsType = false;
  }
}

/**
 * Facets for the attributes an imported graph brings, from one pass over the items (summarise). An attribute the
 * importer already mapped onto the model's country or type (its text is the same on every item) is left out: the
 * fixed facet shows it already.
 */
function facetsOfSummaries(
  target: FacetTarget,
  summaries: ReadonlyMap<string, AttributeSummary>,
  itemCount: number,
): Facet[] {
  const facets: Facet[] = [];
  for (const name of [...summaries.keys()].sort((a, b) => a.localeCompare(b))) {
    const summary = summaries.get(name)!;
    const distinct = summary.counts.size;
    if (distinct < 2 || summary.repeatsCountry || summary.repeatsType) continue;
    const id = attributeFacetId(target, name);
    const wholeFew = summary.numbers && summary.wholeNumbers && distinct <= MAX_NUMERIC_CATEGORIES;
    if (summary.numbers && !wholeFew)
      facets.push({ kind: 'range', id, target, title: name, min: summary.min, max: summary.max });
    else if (distinct <= MAX_CATEGORIES && distinct < summary.present) {
      // Items without the attribute count under "no value", as the fixed facets do.
      const counts = new Map(summary.counts);
      if (summary.present < itemCount) counts.set(NO_VALUE, itemCount - summary.present);
      facets.push({ kind: 'categorical', id, target, title: name, counts });
    }
  }
  return facets;
}

/**
 * Each categorical facet's counts among the items `within` holds (what a time window lets through), so a list can
 * say how many of its entities or relations are in the window. Runs at every step of a time brush: items are
 * walked by number and their values read from a table made once per graph and facet, not from the items.
 */
export function countsWithin(
  graph: StoryGraph,
  facets: readonly Facet[],
  within: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
  /** Under "known by": the relation with only the claims out by then. */
  asKnown?: (relation: Relation) => Relation,
): Map<FacetId, Map<string, number>> {
  const numbers = graphNumbers(graph);
  const held = {
    entity: maskOf(within.nodes, graph) ?? maskFor(numbers.nodeKeys, within.nodes),
    relation: maskOf(within.edges, graph) ?? maskFor(numbers.edgeKeys, within.edges),
  };
  // Under "known by", what a claim facet counts depends on the claims out by then: those relations are read one by
  // one (once the window rests), the rest from the tables.
  let known: Relation[] | null = null;
  const knownRelations = () =>
    (known ??= [...within.edges]
      .filter((key) => graph.hasEdge(key))
      .map((key) => asKnown!(graph.getEdgeAttributes(key))));
  const out = new Map<FacetId, Map<string, number>>();
  for (const facet of facets) {
    if (facet.kind !== 'categorical') continue;
    if (asKnown && facet.target === 'relation' && CLAIM_FACETS.has(facet.id)) {
      out.set(facet.id, countValues(facet.id, knownRelations()));
      continue;
    }
    const { values, start, codes } = valueTable(graph, numbers, facet);
    const mask = held[facet.target];
    const tally = new Int32Array(values.length);
    for (let i = 0; i < mask.length; i++) {
      if (mask[i]) for (let k = start[i]!; k < start[i + 1]!; k++) tally[codes[k]!]!++;
    }
    const counts = new Map<string, number>();
    tally.forEach((count, v) => count > 0 && counts.set(values[v]!, count));
    out.set(facet.id, counts);
  }
  return out;
}

function maskFor(keys: readonly string[], held: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(keys.length);
  for (let i = 0; i < keys.length; i++) if (held.has(keys[i]!)) mask[i] = 1;
  return mask;
}

/** One facet's distinct values per item, as numbers: item i's are codes[start[i]] to codes[start[i + 1] - 1]. */
export interface ValueTable {
  values: string[];
  start: Int32Array;
  codes: Int32Array;
}

const valueTables = new WeakMap<StoryGraph, Map<FacetId, ValueTable>>();

function tablesOf(graph: StoryGraph): Map<FacetId, ValueTable> {
  let tables = valueTables.get(graph);
  if (!tables) valueTables.set(graph, (tables = new Map()));
  return tables;
}

/** A facet's value table made already (with the facets, or by a count), if any. */
export function knownValueTable(graph: StoryGraph, id: FacetId): ValueTable | undefined {
  return valueTables.get(graph)?.get(id);
}

function valueTable(graph: StoryGraph, numbers: GraphNumbers, facet: CategoricalFacet): ValueTable {
  const tables = tablesOf(graph);
  let table = tables.get(facet.id);
  if (table) return table;
  const items: readonly (Entity | Relation)[] = facet.target === 'entity' ? numbers.entities : numbers.relations;
  const maker = valueTableMaker(facet.id, items);
  for (let i = 0; i < items.length; i++) maker.add(i);
  table = maker.finish();
  tables.set(facet.id, table);
  return table;
}

/** Makes a facet's value table item by item, 0, 1, 2… in order, so that it can be made in slices. */
function valueTableMaker(id: FacetId, items: readonly (Entity | Relation)[]) {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const start = new Int32Array(items.length + 1);
  const codes: number[] = [];
  return {
    add(i: number) {
      // An item counts once per value, however many claims repeat it.
      for (const value of new Set(valuesOf(id, items[i]!).map(asValue))) {
        let code = codeOf.get(value);
        if (code === undefined) {
          code = values.length;
          values.push(value);
          codeOf.set(value, code);
        }
        codes.push(code);
      }
      start[i + 1] = codes.length;
    },
    finish: (): ValueTable => ({ values, start, codes: Int32Array.from(codes) }),
  };
}
