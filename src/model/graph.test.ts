// The graphology model must hold any ids a file can carry, including names Object.prototype already has.
import { describe, expect, it } from 'vitest';
import { buildGraph, nodeKey } from './graph';
import { datasetSchema } from './schema';
import { computeVisibility, NO_FILTERS } from './filters';
import { neighbourhood } from './selection';

const RISKY = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'];

describe('buildGraph with hostile ids', () => {
  const dataset = datasetSchema.parse({
    title: 'Risky ids',
    entities: [...RISKY, 'plain'].map((id) => ({ id, type: 'person', label: `Label of ${id}` })),
    relations: RISKY.map((id, i) => ({ id: `r${i}`, type: 'met_with', source: 'plain', target: id })).concat([
      { id: 'back', type: 'met_with', source: 'constructor', target: '__proto__' },
    ]),
  });
  const graph = buildGraph(dataset);

  it('keeps every entity and relation, with the right ends and degrees', () => {
    expect(graph.order).toBe(RISKY.length + 1);
    expect(graph.size).toBe(RISKY.length + 1);
    expect(graph.degree(nodeKey('plain'))).toBe(RISKY.length);
    expect(graph.degree(nodeKey('constructor'))).toBe(2);
    expect(graph.getNodeAttribute(nodeKey('__proto__'), 'label')).toBe('Label of __proto__');
    expect(graph.edges(nodeKey('__proto__')).sort()).toEqual(['back', 'r1']);
  });

  it('filters and neighbourhoods work on them', () => {
    expect(computeVisibility(graph, NO_FILTERS).edges.size).toBe(RISKY.length + 1);
    const around = neighbourhood(graph, { kind: 'entity', id: nodeKey('constructor') });
    expect([...around.nodes].map((k) => graph.getNodeAttribute(k, 'id')).sort()).toEqual([
      '__proto__',
      'constructor',
      'plain',
    ]);
  });

  it('leaves Object.prototype alone', () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
  });

  it('gives ordinary ids their own key', () => {
    expect(nodeKey('maduro')).toBe('maduro');
    expect(nodeKey('constructor')).not.toBe('constructor');
  });
});
