// Writes a graph as two RFC 4180 CSV files (nodes and edges) that parseCsv reads back, with cells that a
// spreadsheet would run as formulas neutralised.
import type { AttrValue, Attributes, ImportedGraph } from './types';
import { normaliseColour, renamer } from './shared';

/** Fixed leading columns. Every one is always written, so the reader's exact-name match always finds them. */
export const CSV_NODE_COLUMNS = ['id', 'label', 'x', 'y', 'size', 'color'];
/** "type" holds the attribute "type" (the relation type), which parseCsv reads back as that attribute. */
export const CSV_EDGE_COLUMNS = ['source', 'target', 'directed', 'id', 'label', 'weight', 'type'];

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Spreadsheet programs run a cell starting with = + - @ tab or CR as a formula (CSV injection), so such cells get a
 * leading apostrophe. Plain numbers such as -12.5 are left alone: they are data, not formulas. parseCsv does NOT
 * remove the apostrophe (it cannot tell it from real data), so the CSV round trip is exact only for cells that
 * do not start with those characters.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/**
 * Quotes a cell holding a quote, a line break, edge spaces (which some readers trim) or any delimiter a reader
 * might detect (so a header full of semicolons cannot pass for a semicolon file). NUL characters are removed:
 * readers, ours included, take them as a sign of a binary file.
 */
export function csvCell(value: string): string {
  const safe = neutraliseCell(value.replace(/\0/g, ''));
  return /[",;|\t\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function text(value: AttrValue | undefined): string {
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
  return String(value);
}

function num(value: number | undefined): string {
  return value !== undefined && Number.isFinite(value) ? String(value) : '';
}

/** Attribute names in first-seen order. */
function namesOf(bags: Attributes[]): string[] {
  const names = new Set<string>();
  for (const bag of bags) for (const name of bag.keys()) names.add(name);
  return [...names];
}

function lines(rows: string[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * CSV has no types: attribute values are written as text and read back as strings, and an empty cell means "no
 * value". Graph attributes are not written. A user attribute named like a fixed column becomes name_2.
 */
export function writeCsv(g: ImportedGraph): { nodes: string; edges: string } {
  const nodeNames = namesOf(g.nodes.map((n) => n.attributes));
  const nodeRename = renamer(nodeNames, (n) => CSV_NODE_COLUMNS.includes(n));
  const nodeRows = [[...CSV_NODE_COLUMNS, ...nodeNames.map(nodeRename)]];
  for (const n of g.nodes) {
    const placed = n.x !== undefined && n.y !== undefined && Number.isFinite(n.x) && Number.isFinite(n.y);
    nodeRows.push([
      n.id,
      n.label ?? '',
      placed ? num(n.x) : '',
      placed ? num(n.y) : '',
      num(n.size),
      (n.color && normaliseColour(n.color)) || '',
      ...nodeNames.map((name) => text(n.attributes.get(name))),
    ]);
  }

  const edgeNames = namesOf(g.edges.map((e) => e.attributes)).filter((n) => n !== 'type');
  const edgeRename = renamer(edgeNames, (n) => CSV_EDGE_COLUMNS.includes(n));
  const edgeRows = [[...CSV_EDGE_COLUMNS, ...edgeNames.map(edgeRename)]];
  for (const e of g.edges) {
    edgeRows.push([
      e.source,
      e.target,
      String(e.directed),
      e.id ?? '',
      e.label ?? '',
      num(e.weight),
      text(e.attributes.get('type')),
      ...edgeNames.map((name) => text(e.attributes.get(name))),
    ]);
  }
  return { nodes: lines(nodeRows), edges: lines(edgeRows) };
}
