// Test helpers for the format layer: a comparable view of a graph (Maps become sorted pairs, -0 becomes 0) and
// builders for small graphs. Used by the *.test.ts files only.
import { expect } from 'vitest';
import {
  ImportError,
  type AttrValue,
  type Attributes,
  type ImportedEdge,
  type ImportedGraph,
  type ImportedNode,
} from './types';

export interface Comparable {
  nodes: unknown[];
  edges: unknown[];
  attributes: [string, AttrValue][];
}

const zero = (v: number | undefined) => (v === 0 ? 0 : v);
const value = (v: AttrValue): AttrValue => (typeof v === 'number' ? (zero(v) as number) : v);

export function pairs(bag: Attributes): [string, AttrValue][] {
  return [...bag]
    .map(([k, v]): [string, AttrValue] => [k, value(v)])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Field-by-field view for toEqual; order of nodes and edges matters, order of attributes does not. */
export function comparable(g: ImportedGraph): Comparable {
  return {
    nodes: g.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      x: zero(n.x),
      y: zero(n.y),
      color: n.color,
      size: zero(n.size),
      attributes: pairs(n.attributes),
    })),
    edges: g.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      directed: e.directed,
      label: e.label,
      weight: zero(e.weight),
      attributes: pairs(e.attributes),
    })),
    attributes: pairs(g.attributes),
  };
}

export function graph(nodes: ImportedNode[], edges: ImportedEdge[], attributes: Attributes = new Map()): ImportedGraph {
  return { format: 'gexf', nodes, edges, attributes, warnings: [] };
}

export function node(id: string, extra: Partial<ImportedNode> = {}): ImportedNode {
  return { id, attributes: new Map(), ...extra };
}

export function edge(source: string, target: string, extra: Partial<ImportedEdge> = {}): ImportedEdge {
  return { source, target, directed: true, attributes: new Map(), ...extra };
}

/** Maps every string (ids, labels, attribute names and text values) through `f`. */
export function mapStrings(g: ImportedGraph, f: (s: string) => string): ImportedGraph {
  const bag = (b: Attributes): Attributes => new Map([...b].map(([k, v]) => [f(k), typeof v === 'string' ? f(v) : v]));
  return {
    ...g,
    attributes: bag(g.attributes),
    nodes: g.nodes.map((n) => ({
      ...n,
      id: f(n.id),
      label: n.label === undefined ? undefined : f(n.label),
      attributes: bag(n.attributes),
    })),
    edges: g.edges.map((e) => ({
      ...e,
      id: e.id === undefined ? undefined : f(e.id),
      source: f(e.source),
      target: f(e.target),
      label: e.label === undefined ? undefined : f(e.label),
      attributes: bag(e.attributes),
    })),
  };
}

/** Object.prototype must stay untouched by any parse: the snapshot to compare against. */
export function prototypeSnapshot(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

/** Runs what must fail and returns its ImportError (with a message); fails the test on any other outcome. */
export function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).message).not.toBe('');
    return e as ImportError;
  }
  throw new Error('expected an ImportError');
}
