// The neutral graph that every format parser produces and every writer takes, plus the one error type they throw.
// Callers (UI, model mapping) depend only on this file, never on the details of a particular format.

export type AttrValue = string | number | boolean;
/** Attribute bags are Map-based so keys like "__proto__" are plain data. */
export type Attributes = Map<string, AttrValue>;

/** When a node or edge exists, as ISO days ("2009-01-05"); a missing end is open. */
export interface TimeSpan {
  start?: string;
  end?: string;
}

export interface ImportedNode {
  id: string;
  label?: string;
  attributes: Attributes;
  x?: number;
  y?: number;
  /** Always '#rrggbb', lower case, when present. */
  color?: string;
  size?: number;
  time?: TimeSpan;
}

export interface ImportedEdge {
  id?: string;
  source: string;
  target: string;
  directed: boolean;
  label?: string;
  weight?: number;
  attributes: Attributes;
  time?: TimeSpan;
}

export type FormatId = 'gexf' | 'graphml' | 'cytoscape-json' | 'csv';

export interface ImportedGraph {
  format: FormatId;
  nodes: ImportedNode[];
  edges: ImportedEdge[];
  attributes: Attributes;
  warnings: string[];
}

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-text'
  | 'malformed'
  | 'unsafe'
  | 'unsupported'
  | 'duplicate-id'
  | 'missing-node'
  | 'invalid-value'
  | 'too-deep';

export interface ImportErrorDetails {
  format?: FormatId;
  line?: number;
  count?: number;
}

/** The only exception the parsers throw; `message` is written for the person who chose the file. */
export class ImportError extends Error {
  constructor(
    public code: ImportErrorCode,
    message: string,
    public details?: ImportErrorDetails,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** The import's caps, defined with the other size thresholds: beyond them an import is refused early. */
export { MAX_EDGES, MAX_NODES } from '../../model/thresholds';
/** 256 Mi characters: larger texts are refused before any parsing work. */
export const MAX_TEXT_LENGTH = 256 * 1024 * 1024;
