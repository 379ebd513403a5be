// CSV edge lists with an optional nodes file (RFC 4180 via papaparse): guesses the column roles, reports which
// lines are odd, and never builds row objects keyed by header names (a "__proto__" column is just a column).
import Papa from 'papaparse';
import { ImportError, MAX_EDGES, MAX_NODES } from './types';
import type { ImportedEdge, ImportedGraph, ImportedNode } from './types';
import { GraphBuilder, finiteOr, guard, normaliseColour, quote, renamer, requireText } from './shared';
import type { Warnings } from './shared';

/** Column names (as in the header) for each edge field; all but source and target are optional. */
export interface CsvMapping {
  source: string;
  target: string;
  id?: string;
  /** Read into the attribute "type" (the relation type). */
  type?: string;
  label?: string;
  weight?: string;
  directed?: string;
}

export interface CsvInspection {
  columns: string[];
  delimiter: string;
  mapping: CsvMapping;
  /** False when source and target were not found by name: a UI should ask the user to confirm the mapping. */
  confident: boolean;
  /** The first few data rows, for a preview. */
  sample: string[][];
  warnings: string[];
}

export interface CsvOptions {
  nodesText?: string;
  mapping?: CsvMapping;
  /** With a nodes file: create nodes for edge ends it lacks instead of refusing. */
  createMissingNodes?: boolean;
  /** Direction of edges whose row does not say (default true). */
  defaultDirected?: boolean;
}

interface Row {
  cells: string[];
  line: number;
}

interface Table {
  header: string[];
  rows: Row[];
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t', '|'];

/** Counts candidate delimiters outside quotes on the first non-blank line (the header); the most frequent wins. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let inQuotes = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (started) break;
    } else if (!inQuotes && DELIMITERS.includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
    if (c.trim() !== '') started = true;
  }
  let best = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** Repeated header names become name_2, name_3... so every column keeps its data. */
function dedupeHeader(cells: string[], what: string, warnings: Warnings): string[] {
  const taken = new Set(cells);
  const seen = new Set<string>();
  return cells.map((name) => {
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    let k = 2;
    while (taken.has(`${name}_${k}`)) k++;
    const fresh = `${name}_${k}`;
    taken.add(fresh);
    seen.add(fresh);
    warnings.add(`The ${what} has the column ${quote(name)} more than once; the repeat is read as ${quote(fresh)}.`);
    return fresh;
  });
}

function readTable(text: string, what: string, warnings: Warnings, limit: number, preview = 0): Table {
  const delimiter = detectDelimiter(text);
  const newline = text.includes('\n') ? '\n' : '\r';
  const rows: Row[] = [];
  let cursor = 0;
  let line = 1;
  let failure: ImportError | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    preview,
    step: (result, parser) => {
      if (failure) return;
      // The row starts where the previous one ended; counting newlines on the way gives true line numbers
      // even when quoted cells span several lines.
      const rowLine = line;
      for (let i = cursor; i < result.meta.cursor; i++) if (text[i] === newline) line++;
      cursor = result.meta.cursor;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        failure = new ImportError('malformed', `The ${what}, line ${rowLine}: a quoted cell is never closed.`, {
          format: 'csv',
          line: rowLine,
        });
        parser.abort();
        return;
      }
      if (result.errors.length)
        warnings.add(`The ${what}, line ${rowLine}: ${result.errors[0]?.message ?? 'unreadable row'}.`);
      const cells = result.data;
      const blank = cells.every((c) => c === '') || (cells.length === 1 && cells[0]?.trim() === '');
      if (blank) return;
      rows.push({ cells, line: rowLine });
      if (rows.length > limit + 1) {
        failure = new ImportError(
          'too-large',
          `The ${what} has more than ${limit.toLocaleString('en')} rows, more than this app can show.`,
          {
            format: 'csv',
          },
        );
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
  const first = rows.shift();
  if (!first) throw new ImportError('empty', `The ${what} is empty.`, { format: 'csv' });
  return { header: dedupeHeader(first.cells, what, warnings), rows, delimiter };
}

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

const EDGE_SYNONYMS: Record<keyof CsvMapping, string[]> = {
  source: ['source', 'src', 'from', 'sourceid', 'sourcenode', 'fromid', 'start', 'node1', 'subject'],
  target: ['target', 'tgt', 'dst', 'to', 'destination', 'targetid', 'targetnode', 'toid', 'end', 'node2', 'object'],
  id: ['id', 'edgeid', 'key'],
  label: ['label', 'edgelabel', 'name', 'title'],
  weight: ['weight', 'value', 'strength'],
  type: ['type', 'relation', 'relationtype', 'kind', 'interaction', 'predicate', 'category', 'edgetype'],
  directed: ['directed', 'isdirected', 'direction'],
};
const NODE_SYNONYMS = {
  id: ['id', 'nodeid', 'node', 'key', 'name'],
  label: ['label', 'name', 'title'],
  x: ['x'],
  y: ['y'],
  size: ['size'],
  color: ['color', 'colour'],
};

/** A column by exact name first (what our writer produces), then by loosely matched synonym. */
function findColumn(header: string[], names: string[], used: Set<string>): string | undefined {
  for (const match of [(h: string, n: string) => h === n, (h: string, n: string) => norm(h) === n]) {
    for (const n of names) {
      const hit = header.find((h) => !used.has(h) && match(h, n));
      if (hit !== undefined) {
        used.add(hit);
        return hit;
      }
    }
  }
  return undefined;
}

function guessMapping(table: Table): { mapping: CsvMapping; confident: boolean } {
  const used = new Set<string>();
  const found: Partial<Record<keyof CsvMapping, string>> = {};
  for (const role of ['source', 'target', 'directed', 'id', 'label', 'weight', 'type'] as const) {
    found[role] = findColumn(table.header, EDGE_SYNONYMS[role], used);
  }
  // Gephi's edge tables call the direction column "Type" (Directed/Undirected): read it as direction.
  if (found.directed === undefined && found.type !== undefined) {
    const index = table.header.indexOf(found.type);
    const values = table.rows.slice(0, 200).map((r) => (r.cells[index] ?? '').trim().toLowerCase());
    if (
      values.some((v) => v !== '') &&
      values.every((v) => v === '' || v === 'directed' || v === 'undirected' || v === 'mutual')
    ) {
      [found.directed, found.type] = [found.type, undefined];
    }
  }
  const confident = found.source !== undefined && found.target !== undefined;
  const free = table.header.filter((h) => !used.has(h));
  const source = found.source ?? free.shift() ?? table.header[0] ?? '';
  const target = found.target ?? free.find((h) => h !== source) ?? '';
  const mapping: CsvMapping = { source, target };
  for (const role of ['id', 'type', 'label', 'weight', 'directed'] as const)
    if (found[role] !== undefined) mapping[role] = found[role];
  return { mapping, confident };
}

function requireTwoColumns(table: Table): void {
  if (table.header.length < 2) {
    throw new ImportError(
      'malformed',
      'The edges file needs two different columns for the source and the target of each edge.',
      { format: 'csv' },
    );
  }
}

/** Reads the header and guesses the column roles, for a column-mapping step in the UI. */
export function inspectCsv(text: string): CsvInspection {
  return guard('csv', () => {
    const warnings = new GraphBuilder('csv').warnings;
    const table = readTable(requireText(text, 'csv'), 'edges file', warnings, MAX_EDGES, 201);
    requireTwoColumns(table);
    const { mapping, confident } = guessMapping(table);
    return {
      columns: table.header,
      delimiter: table.delimiter,
      mapping,
      confident,
      sample: table.rows.slice(0, 5).map((r) => r.cells),
      warnings: warnings.result(),
    };
  });
}

/** Semicolon files usually come from locales that write 1,5 for one and a half. */
function numberCell(
  cell: string | undefined,
  delimiter: string,
  where: string,
  warnings: Warnings,
): number | undefined {
  if (cell === undefined || cell.trim() === '') return undefined;
  const text = delimiter === ';' && /^\s*[+-]?\d+,\d+\s*$/.test(cell) ? cell.replace(',', '.') : cell;
  return finiteOr(text, where, warnings);
}

function directedCell(cell: string | undefined, fallback: boolean, where: string, warnings: Warnings): boolean {
  const t = (cell ?? '').trim().toLowerCase();
  if (t === '') return fallback;
  if (['true', 'yes', 'y', '1', 'directed', '->'].includes(t)) return true;
  if (['false', 'no', 'n', '0', 'undirected', 'mutual', '--'].includes(t)) return false;
  warnings.add(`${where}: ${quote(t)} does not say directed or undirected; used the default.`);
  return fallback;
}

function raggedWarning(rows: Row[], width: number, what: string, warnings: Warnings): void {
  const odd = rows.filter((r) => r.cells.length !== width).map((r) => r.line);
  if (odd.length === 0) return;
  const lines = odd.slice(0, 10).join(', ') + (odd.length > 10 ? '…' : '');
  const s = odd.length === 1 ? ' has' : 's have';
  warnings.add(
    `In the ${what}, ${odd.length} row${s} a different number of cells than the header (line${odd.length === 1 ? '' : 's'} ${lines}); missing cells were read as empty, extra ones ignored.`,
  );
}

function readNodes(text: string, builder: GraphBuilder): void {
  const { warnings } = builder;
  const table = readTable(requireText(text, 'csv'), 'nodes file', warnings, MAX_NODES);
  const used = new Set<string>();
  let idColumn = findColumn(table.header, NODE_SYNONYMS.id, used);
  if (idColumn === undefined) {
    idColumn = table.header[0] ?? '';
    used.add(idColumn);
    warnings.add(`The nodes file has no "id" column; used the first column, ${quote(idColumn)}.`);
  }
  const col = (names: string[]) => {
    const name = findColumn(table.header, names, used);
    return name === undefined ? -1 : table.header.indexOf(name);
  };
  const label = col(NODE_SYNONYMS.label);
  const [x, y, size] = [col(NODE_SYNONYMS.x), col(NODE_SYNONYMS.y), col(NODE_SYNONYMS.size)] as const;
  const colourColumn = col(NODE_SYNONYMS.color);
  const idIndex = table.header.indexOf(idColumn);
  const attributeColumns = table.header.flatMap((name, i) => (used.has(name) ? [] : [[name, i] as const]));
  raggedWarning(table.rows, table.header.length, 'nodes file', warnings);
  for (const { cells, line } of table.rows) {
    const id = cells[idIndex] ?? '';
    if (id === '')
      throw new ImportError('malformed', `The nodes file, line ${line}: the row has no id.`, { format: 'csv', line });
    const what = `Nodes file, line ${line}`;
    const node: ImportedNode = { id, attributes: new Map() };
    const cell = (i: number) => (i < 0 ? undefined : cells[i]);
    if (cell(label)) node.label = cell(label);
    const nx = numberCell(cell(x), table.delimiter, `${what}, x`, warnings);
    const ny = numberCell(cell(y), table.delimiter, `${what}, y`, warnings);
    const ns = numberCell(cell(size), table.delimiter, `${what}, size`, warnings);
    if (nx !== undefined && ny !== undefined) Object.assign(node, { x: nx, y: ny });
    if (ns !== undefined) node.size = ns;
    const colourText = cell(colourColumn);
    if (colourText) {
      const c = normaliseColour(colourText);
      if (c) node.color = c;
      else warnings.add(`${what}: colour ${quote(colourText)} is not a hex colour; dropped.`);
    }
    for (const [name, i] of attributeColumns) if (cells[i]) node.attributes.set(name, cells[i]);
    builder.addNode(node, line);
  }
}

/**
 * Every attribute comes back as text (CSV has no types); empty cells mean "no value". Without a nodes file the
 * nodes are the edge ends, in order of first appearance.
 */
export function parseCsv(edgesText: string, options: CsvOptions = {}): ImportedGraph {
  return guard('csv', () => {
    const builder = new GraphBuilder('csv');
    const { warnings } = builder;
    const table = readTable(requireText(edgesText, 'csv'), 'edges file', warnings, MAX_EDGES);
    requireTwoColumns(table);
    const guess = options.mapping ? { mapping: options.mapping, confident: true } : guessMapping(table);
    const { mapping } = guess;
    if (mapping.source === mapping.target) {
      throw new ImportError(
        'invalid-value',
        'The source and the target of each edge must come from two different columns.',
        { format: 'csv' },
      );
    }
    if (!guess.confident)
      warnings.add(
        `Guessed that column ${quote(mapping.source)} holds the sources and ${quote(mapping.target)} the targets.`,
      );
    for (const [role, name] of Object.entries(mapping) as [string, string | undefined][]) {
      if (name !== undefined && !table.header.includes(name)) {
        throw new ImportError(
          'invalid-value',
          `The column ${quote(name)} chosen as ${role} is not in the edges file.`,
          { format: 'csv' },
        );
      }
    }
    if (options.nodesText !== undefined) readNodes(options.nodesText, builder);

    const index = (name: string | undefined) => (name === undefined ? -1 : table.header.indexOf(name));
    const [si, ti, ii, li] = [
      index(mapping.source),
      index(mapping.target),
      index(mapping.id),
      index(mapping.label),
    ] as const;
    const [wi, di, yi] = [index(mapping.weight), index(mapping.directed), index(mapping.type)] as const;
    const roles = new Set([si, ti, ii, li, wi, di, yi]);
    // The type column is stored as "type"; a different column that is itself called "type" yields that name.
    const rename = renamer(table.header, (name) => name === 'type' && yi >= 0);
    const attributeColumns = table.header.flatMap((name, i) => (roles.has(i) ? [] : [[rename(name), i] as const]));
    raggedWarning(table.rows, table.header.length, 'edges file', warnings);
    for (const { cells, line } of table.rows) {
      const [source, target] = [cells[si] ?? '', cells[ti] ?? ''];
      if (source === '' || target === '') {
        throw new ImportError(
          'malformed',
          `The edges file, line ${line}: the row has no ${source === '' ? 'source' : 'target'}.`,
          { format: 'csv', line },
        );
      }
      const what = `Edges file, line ${line}`;
      const edge: ImportedEdge = {
        source,
        target,
        directed: directedCell(cells[di], options.defaultDirected ?? true, what, warnings),
        attributes: new Map(),
      };
      if (ii >= 0 && cells[ii]) edge.id = cells[ii];
      if (li >= 0 && cells[li]) edge.label = cells[li];
      const weight = numberCell(wi >= 0 ? cells[wi] : undefined, table.delimiter, `${what}, weight`, warnings);
      if (weight !== undefined) edge.weight = weight;
      if (yi >= 0 && cells[yi]) edge.attributes.set('type', cells[yi]);
      for (const [name, i] of attributeColumns) if (cells[i]) edge.attributes.set(name, cells[i]);
      builder.addEdge(edge);
    }
    const withNodes = options.nodesText !== undefined;
    return builder.finish({
      missing: !withNodes ? 'create-quietly' : options.createMissingNodes ? 'create' : 'error',
      where: withNodes ? 'the nodes file' : undefined,
    });
  });
}
