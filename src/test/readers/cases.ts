// The graphs whose exports the reader tests open with other tools' readers: the bundled story as drawn (positions,
// colours by type), and a generated graph of 1,000 entities with every attribute type and non-Latin names (seeded).
// "What the app holds" is the neutral graph the exporter hands to every writer, and each reader view is compared
// with it: counts, labels, every attribute by name, colours, positions and the direction of every link.
import { expect } from 'vitest';
import { loadBundledStory } from '../../io/bundledStory';
import { exportData, type ExportFormat, type ExportedFile } from '../../io/exportData';
import { importedFromDataset, type Drawing } from '../../io/toImported';
import type { AttrValue, ImportedGraph } from '../../io/formats/types';
import { datasetSchema, type Dataset, type DatasetInput } from '../../model/schema';
import { ENTITY_TYPES, ENTITY_TYPE_IDS, RELATION_TYPE_IDS } from '../../model/vocabulary';

export interface ReadersCase {
  name: string;
  dataset: Dataset;
  drawing: Drawing;
  held: ImportedGraph;
  files: (format: ExportFormat) => ExportedFile[];
}

function caseOf(name: string, dataset: Dataset, drawing: Drawing): ReadersCase {
  return {
    name,
    dataset,
    drawing,
    held: importedFromDataset(dataset, undefined, drawing),
    files: (format) => exportData(dataset, format, 'graph', undefined, drawing, { cytoscapeStyle: true }),
  };
}

export function storyCase(): ReadersCase {
  const dataset = loadBundledStory();
  const positions = new Map(dataset.entities.map((e, i) => [e.id, e.position ?? { x: i * 10, y: -i * 5 }]));
  return caseOf('the bundled story', dataset, { positions, colourOf: (e) => ENTITY_TYPES[e.type as 'person']?.color });
}

/** A small seeded generator (mulberry32), so every run writes the same graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Names in many scripts: accents, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Chinese, Japanese, Korean, emoji. */
export const NON_LATIN = [
  'Nicolás Maduro',
  'Ramón Velásquez',
  'Владимир Путин',
  'Ελένη Παπαδοπούλου',
  'محمد رضا',
  'דוד כהן',
  'अमित शर्मा',
  '习近平',
  'さくら 山田',
  '김민준',
  'Zoë 🌍 Brontë',
  'Łódź–Gdańsk',
];

export const GENERATED_NODES = 1000;
export const GENERATED_EDGES = 2500;

/** Every attribute type (text, whole numbers past 32 bits, decimals, true/false), some missing, names in other scripts. */
export function generatedDataset(seed = 20261207): Dataset {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const countries = ['VE', 'RU', 'CN', 'IR', 'US', 'BR'];
  const entities = Array.from({ length: GENERATED_NODES }, (_, i) => {
    const attributes: Record<string, AttrValue> = {
      population: Math.floor(next() * 100_000),
      budget: 3_000_000_000 + i * 7919,
      score: Math.round(next() * 1e6) / 1e3 + 0.125,
      active: next() < 0.5,
      город: pick(NON_LATIN),
      año: 1950 + (i % 75),
    };
    if (i % 5 !== 0) attributes.note = `note ${i}: ${pick(NON_LATIN)} & <${i}> "quoted"`;
    return {
      id: `n${i}`,
      type: pick(ENTITY_TYPE_IDS),
      label: i % 3 === 0 ? `${pick(NON_LATIN)} ${i}` : `Entity ${i}`,
      country: i % 4 === 0 ? undefined : pick(countries),
      ...(i % 7 === 0 ? { role: `rôle ${i}`, description: `описание ${i}` } : {}),
      ...(i % 6 === 0 ? { size: 5 + (i % 20) } : {}),
      attributes,
    };
  });
  const pairs = new Set<string>();
  const relations: DatasetInput['relations'] = [];
  while (relations.length < GENERATED_EDGES) {
    const s = Math.floor(next() * GENERATED_NODES);
    const t = Math.floor(next() * GENERATED_NODES);
    if (s === t || pairs.has(`${s}>${t}`)) continue;
    pairs.add(`${s}>${t}`);
    const i = relations.length;
    const attributes: Record<string, AttrValue> = {
      amount: Math.round(next() * 1e8) / 100,
      count: Math.floor(next() * 50),
      confirmed: next() < 0.3,
      big: 2 ** 40 + i,
      備考: pick(NON_LATIN),
    };
    if (i % 4 !== 0) attributes.remarque = `été ${i}`;
    const day = `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    relations.push({
      id: `r${i}`,
      type: pick(RELATION_TYPE_IDS),
      source: `n${s}`,
      target: `n${t}`,
      ...(i % 3 === 0
        ? { date: day }
        : i % 5 === 0
          ? { date: { from: '2024-10-11', to: day, text: 'from mid-October 2024' } }
          : {}),
      ...(i % 9 === 0 ? { dateText: `vers ${day}` } : {}),
      ...(i % 8 === 0 ? { label: pick(NON_LATIN), weight: (i % 10) + 0.5 } : {}),
      attributes,
    });
  }
  return datasetSchema.parse({ title: 'Generated graph — граф', sources: [], entities, relations });
}

export function generatedCase(): ReadersCase {
  const dataset = generatedDataset();
  const positions = new Map(
    dataset.entities.map((e, i) => [e.id, { x: (i % 40) * 12.5, y: (Math.floor(i / 40) + 1) * -7.25 }]),
  );
  return caseOf('a generated graph of 1,000 entities', dataset, {
    positions,
    colourOf: (e) => ENTITY_TYPES[e.type as 'person']?.color,
  });
}

/** What a reader gave, reduced to the fields all readers share. */
export interface ReadView {
  directed: boolean;
  nodes: {
    id: string;
    label?: unknown;
    color?: string;
    x?: unknown;
    y?: unknown;
    size?: unknown;
    attributes: Record<string, unknown>;
  }[];
  edges: {
    id?: unknown;
    source: string;
    target: string;
    directed?: boolean;
    label?: unknown;
    weight?: unknown;
    attributes: Record<string, unknown>;
  }[];
}

export const hex = (r: unknown, g: unknown, b: unknown) =>
  `#${[r, g, b].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;

/** Removes the named fields from a reader's record and returns them apart. */
export function split(
  record: Record<string, unknown>,
  fields: string[],
): [Record<string, unknown>, Record<string, unknown>] {
  const attributes = { ...record };
  const taken: Record<string, unknown> = {};
  for (const f of fields) {
    if (f in attributes) taken[f] = attributes[f];
    delete attributes[f];
  }
  return [taken, attributes];
}

const object = (bag: Map<string, AttrValue>) => Object.fromEntries(bag);

/**
 * Compares a reader's view with what the app holds. `filled`: the reader gives every item every column and fills
 * the missing with a blank (igraph: NaN, '' or false), so a value the app does not hold may read as that blank.
 */
export function expectSameGraph(
  read: ReadView,
  held: ImportedGraph,
  options: { filled?: boolean; edgeIds?: boolean } = {},
) {
  const blank = (v: unknown) => v === null || v === '' || v === false;
  const attributesOf = (got: Record<string, unknown>, want: Record<string, unknown>) =>
    options.filled ? Object.fromEntries(Object.entries(got).filter(([k, v]) => k in want || !blank(v))) : got;

  expect(read.nodes).toHaveLength(held.nodes.length);
  expect(read.edges).toHaveLength(held.edges.length);
  expect(read.directed).toBe(held.edges.every((e) => e.directed));
  const nodes = new Map(read.nodes.map((n) => [n.id, n]));
  for (const node of held.nodes) {
    const got = nodes.get(node.id);
    expect(got, `node ${node.id}`).toBeDefined();
    const want = object(node.attributes);
    expect({ id: node.id, label: got!.label, attributes: attributesOf(got!.attributes, want) }).toEqual({
      id: node.id,
      label: node.label,
      attributes: want,
    });
    if (node.color !== undefined) expect(got!.color).toBe(node.color);
    if (node.x !== undefined) expect([got!.x, got!.y]).toEqual([node.x, node.y]);
    if (node.size !== undefined) expect(got!.size).toBe(node.size);
  }
  // Edges by id where the reader keeps ids, else by their ends (the test graphs have no parallel links).
  const key = (e: { id?: unknown; source: string; target: string }) =>
    options.edgeIds === false ? `${e.source}>${e.target}` : String(e.id);
  const edges = new Map(read.edges.map((e) => [key(e), e]));
  for (const edge of held.edges) {
    const got = edges.get(key(edge));
    expect(got, `edge ${edge.id ?? ''} ${edge.source} → ${edge.target}`).toBeDefined();
    const want = object(edge.attributes);
    expect({
      source: got!.source,
      target: got!.target,
      directed: got!.directed ?? read.directed,
      label: got!.label,
      weight: got!.weight,
      attributes: attributesOf(got!.attributes, want),
    }).toEqual({
      source: edge.source,
      target: edge.target,
      directed: edge.directed,
      label: edge.label,
      weight: edge.weight,
      attributes: want,
    });
  }
}
