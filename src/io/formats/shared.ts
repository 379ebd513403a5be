// Helpers every format shares: input checks, error wrapping, number/colour/boolean parsing, warnings, and a
// builder that enforces the graph-wide rules (unique node ids, size limits, edges only between known nodes).
import { ImportError, MAX_EDGES, MAX_NODES, MAX_TEXT_LENGTH } from './types';
import type { AttrValue, Attributes, FormatId, ImportedEdge, ImportedGraph, ImportedNode } from './types';

/** Beyond this many, warnings stop being useful to a person and only cost memory. */
const MAX_WARNINGS = 100;

/** Ids and values can be megabytes long in a hostile file; messages quote only the start. */
export function quote(value: string, max = 60): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}

/** A value's own property, never an inherited one (so "constructor" or "__proto__" cannot leak in). */
export function own(object: object, key: string): unknown {
  return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** File signatures as they look after decoding as UTF-8 (bytes ≥ 0x80 become U+FFFD) or as Latin-1. */
const MAGIC: [string[], string][] = [
  [['\uFFFDPNG', '\x89PNG'], 'PNG image'],
  [['\uFFFD\uFFFD\uFFFD', '\xFF\xD8\xFF'], 'JPEG image'],
  [['GIF87a', 'GIF89a'], 'GIF image'],
  [['%PDF-'], 'PDF document'],
  [['PK\u0003\u0004', 'PK\u0005\u0006'], 'ZIP archive, e.g. an .xlsx spreadsheet or a .gephi project'],
  [['\u001F\uFFFD', '\u001F\x8B'], 'gzip archive'],
];

/** Throws 'not-text' for binary content: a text decoder turns it into noise that would only confuse parsers. */
export function assertText(text: string): void {
  for (const [pattern, kind] of MAGIC) {
    if (pattern.some((p) => text.startsWith(p)))
      throw new ImportError('not-text', `This looks like a binary file (${kind}), not a graph file`);
  }
  if (text.includes('\0'))
    throw new ImportError('not-text', 'This looks like a binary file (it contains NUL bytes), not a graph file');
  // Invalid UTF-8 decodes to U+FFFD: a few happen in Latin-1 files, a quarter of the text means binary.
  const sample = text.slice(0, 4096);
  let invalid = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) invalid++;
  if (sample.length >= 64 && invalid > sample.length / 4) {
    throw new ImportError('not-text', 'This looks like a binary file (most of it is not valid text), not a graph file');
  }
}

/** Common entry checks; returns the text without a byte-order mark. */
export function requireText(text: unknown, format?: FormatId): string {
  if (typeof text !== 'string') throw new ImportError('not-text', 'Expected the text of a file.', { format });
  if (text.length > MAX_TEXT_LENGTH) {
    throw new ImportError(
      'too-large',
      `The file is too large to import (over ${MAX_TEXT_LENGTH / 1024 / 1024} MB of text).`,
      { format },
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ImportError('empty', 'The file is empty.', { format });
  assertText(body);
  return body;
}

/** Turns anything thrown inside a parser into an ImportError, so callers need to handle one type only. */
export function toImportError(error: unknown, format?: FormatId): ImportError {
  if (error instanceof ImportError) {
    if (format && !error.details?.format) error.details = { ...error.details, format };
    return error;
  }
  let message = 'unknown error';
  try {
    message = error instanceof Error ? error.message : String(error);
  } catch {
    // An exotic thrown value whose toString throws: keep the generic message.
  }
  if (error instanceof RangeError && /call stack|too much recursion/i.test(message)) {
    return new ImportError('too-deep', 'The file is nested too deeply to read safely.', { format });
  }
  return new ImportError('malformed', `The file could not be read: ${message.slice(0, 200)}`, { format });
}

export function guard<T>(format: FormatId, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw toImportError(error, format);
  }
}

/** Collects warnings, keeping the first hundred and counting the rest. */
export class Warnings {
  private readonly list: string[] = [];
  private dropped = 0;
  add(message: string): void {
    if (this.list.length < MAX_WARNINGS) this.list.push(message);
    else this.dropped++;
  }
  result(): string[] {
    return this.dropped > 0 ? [...this.list, `…and ${this.dropped} more warnings.`] : [...this.list];
  }
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Strict decimal parse: Number() would accept '', '0x1f' and ' ' as numbers. Non-finite results are undefined. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** A finite number from a JSON value or a numeric string, else undefined. */
export function toFinite(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return parseNumber(value);
  return undefined;
}

export function parseBoolean(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'true' || t === '1' || t === 'yes') return true;
  if (t === 'false' || t === '0' || t === 'no') return false;
  return undefined;
}

/** '#rgb', '#rrggbb' or '#rrggbbaa' (alpha dropped: the model has none) → '#rrggbb'. */
export function normaliseColour(text: string): string | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(text.trim());
  if (!m?.[1]) return undefined;
  const hex = m[1].toLowerCase();
  if (hex.length === 3) return `#${hex[0]}${hex[0]}${hex[1]}${hex[1]}${hex[2]}${hex[2]}`;
  return `#${hex.slice(0, 6)}`;
}

export function rgbToColour(r: number | undefined, g: number | undefined, b: number | undefined): string | undefined {
  const parts = [r, g, b];
  if (!parts.every((v) => v !== undefined && Number.isInteger(v) && v >= 0 && v <= 255)) return undefined;
  return `#${parts.map((v) => (v as number).toString(16).padStart(2, '0')).join('')}`;
}

export function colourToRgb(colour: string): [number, number, number] | undefined {
  const hex = normaliseColour(colour);
  if (!hex) return undefined;
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

const ID_AND_LABEL = new Set(['id', 'label']);

/**
 * `data.color` (a hex colour) and `data.size` (a finite number) as the node's look. Another value under those names
 * is some tool's column, kept as an attribute: `fields` says which keys were taken as fields.
 */
export function nodeLook(data: Record<string, unknown>): { color?: string; size?: number; fields: Set<string> } {
  const rawColour = own(data, 'color');
  const rawSize = own(data, 'size');
  const colour = typeof rawColour === 'string' ? normaliseColour(rawColour) : undefined;
  const size = typeof rawSize === 'number' && Number.isFinite(rawSize) ? rawSize : undefined;
  if (colour === undefined && size === undefined) return { fields: ID_AND_LABEL };
  const fields = new Set(ID_AND_LABEL);
  if (colour !== undefined) fields.add('color');
  if (size !== undefined) fields.add('size');
  return { color: colour, size, fields };
}

export type ValueKind = 'string' | 'number' | 'boolean';

/** Reads text declared as `kind`; a value that does not fit is kept as text (no data lost) with a warning. */
export function typedValue(raw: string, kind: ValueKind, where: string, warnings: Warnings): AttrValue {
  if (kind === 'number') {
    const n = parseNumber(raw);
    if (n !== undefined) return n;
    warnings.add(`${where}: ${quote(raw)} is not a finite number; kept as text.`);
    return raw;
  }
  if (kind === 'boolean') {
    const b = parseBoolean(raw);
    if (b !== undefined) return b;
    warnings.add(`${where}: ${quote(raw)} is not true or false; kept as text.`);
    return raw;
  }
  return raw;
}

/**
 * Writers name their own fields (label, x, weight...) next to user attributes; an attribute whose name would be
 * read back as one of those fields is renamed to name_2 (name_3...), the same rule the CSV reader uses for
 * duplicate headers. Returns the renaming function.
 */
export function renamer(names: Iterable<string>, isReserved: (name: string) => boolean): (name: string) => string {
  const taken = new Set(names);
  const renamed = new Map<string, string>();
  for (const name of taken) {
    if (!isReserved(name)) continue;
    let k = 2;
    while (taken.has(`${name}_${k}`) || isReserved(`${name}_${k}`)) k++;
    const fresh = `${name}_${k}`;
    taken.add(fresh);
    renamed.set(name, fresh);
  }
  return (name) => renamed.get(name) ?? name;
}

/** A typed attribute column for writers: GEXF and GraphML declare one per (name, type). */
export interface Column {
  /** columnKey() of the values it holds. */
  key: string;
  name: string;
  kind: ValueKind;
  /** 'int' | 'long' | 'double' for numbers (GraphML spelling; GEXF maps int → integer). */
  numberType: 'int' | 'long' | 'double';
}

/**
 * Groups attribute values into typed columns. A name holding numbers on some items and text on others gets one
 * column per type, so each value keeps its type through the file.
 */
export function collectColumns(bags: Iterable<Attributes>, rename: (name: string) => string = (n) => n): Column[] {
  const columns = new Map<string, Column>();
  for (const bag of bags) {
    for (const [name, value] of bag) {
      const renamed = rename(name);
      const key = columnKey(renamed, value);
      if (key === undefined) continue;
      const kind = typeof value as ValueKind;
      let column = columns.get(key);
      if (!column) {
        column = { key, name: renamed, kind, numberType: 'int' };
        columns.set(key, column);
      }
      if (typeof value === 'number' && column.numberType !== 'double') {
        if (!Number.isSafeInteger(value)) column.numberType = 'double';
        else if (Math.abs(value) > 2 ** 31 - 1) column.numberType = 'long';
      }
    }
  }
  return [...columns.values()];
}

/** Finds the column collectColumns made for one attribute value; undefined for values no file can hold. */
export function columnKey(name: string, value: AttrValue): string | undefined {
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  return `${typeof value}:${name}`;
}

/** A finite number or undefined; anything else is reported, so no NaN reaches the graph. */
export function finiteOr(raw: unknown, where: string, warnings: Warnings): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const value = toFinite(raw);
  if (value === undefined)
    warnings.add(`${where}: ${quote(String(raw).slice(0, 60))} is not a finite number; dropped.`);
  return value;
}

/** Collects nodes and edges while enforcing the rules common to all formats. */
export class GraphBuilder {
  readonly nodes: ImportedNode[] = [];
  readonly edges: ImportedEdge[] = [];
  readonly attributes: Attributes = new Map();
  readonly warnings = new Warnings();
  private readonly nodeIds = new Set<string>();
  private readonly edgeIds = new Set<string>();
  private duplicateEdgeIds = 0;

  constructor(readonly format: FormatId) {}

  hasNode(id: string): boolean {
    return this.nodeIds.has(id);
  }

  addNode(node: ImportedNode, line?: number): void {
    if (this.nodeIds.has(node.id)) {
      throw new ImportError('duplicate-id', `Two nodes have the id ${quote(node.id)}; node ids must be unique.`, {
        format: this.format,
        line,
      });
    }
    if (this.nodes.length >= MAX_NODES) {
      throw new ImportError(
        'too-large',
        `The graph has more than ${MAX_NODES.toLocaleString('en')} nodes, more than this app can show.`,
        {
          format: this.format,
        },
      );
    }
    this.nodeIds.add(node.id);
    this.nodes.push(node);
  }

  addEdge(edge: ImportedEdge): void {
    if (this.edges.length >= MAX_EDGES) {
      throw new ImportError(
        'too-large',
        `The graph has more than ${MAX_EDGES.toLocaleString('en')} edges, more than this app can show.`,
        {
          format: this.format,
        },
      );
    }
    if (edge.id !== undefined) {
      // Edges are never looked up by id, so a repeated id is repairable: the later edge simply gets none.
      if (this.edgeIds.has(edge.id)) {
        if (this.duplicateEdgeIds++ === 0)
          this.warnings.add(
            `Edge id ${quote(edge.id)} is used more than once; later edges with a repeated id were given none.`,
          );
        delete edge.id;
      } else this.edgeIds.add(edge.id);
    }
    this.edges.push(edge);
  }

  /** Edges must join known nodes: either refuse (listing examples), or create the missing nodes. */
  finish(options: { missing?: 'error' | 'create' | 'create-quietly'; where?: string } = {}): ImportedGraph {
    const create = options.missing === 'create' || options.missing === 'create-quietly';
    const missing = new Set<string>();
    let count = 0;
    for (const edge of this.edges) {
      // Checked before building a list: this runs for every edge of every file, and almost every edge is fine.
      if (this.nodeIds.has(edge.source) && this.nodeIds.has(edge.target)) continue;
      const absent = [edge.source, edge.target].filter((id) => !this.nodeIds.has(id));
      count++;
      for (const id of absent) {
        if (create && !this.nodeIds.has(id)) this.addNode({ id, attributes: new Map() });
        missing.add(id);
      }
    }
    if (count > 0 && !create) {
      const examples = [...missing]
        .slice(0, 3)
        .map((id) => quote(id, 40))
        .join(', ');
      const s = count === 1 ? ' refers' : 's refer';
      throw new ImportError(
        'missing-node',
        `${count} edge${s} to nodes that are not in ${options.where ?? 'the file'} (e.g. ${examples}).`,
        {
          format: this.format,
          count,
        },
      );
    }
    if (count > 0 && options.missing === 'create')
      this.warnings.add(
        `${missing.size} nodes named by edges were missing from ${options.where ?? 'the file'} and were created.`,
      );
    return {
      format: this.format,
      nodes: this.nodes,
      edges: this.edges,
      attributes: this.attributes,
      warnings: this.warnings.result(),
    };
  }
}
