// Cytoscape JSON reader and writer: the three element layouts, Cytoscape desktop .cyjs, odd values, and JSON
// nested far too deep for a recursive parser.
import { describe, expect, it } from 'vitest';
import { parseCytoscapeJson, writeCytoscapeJson } from './cytoscapeJson';
import { comparable, edge, graph, node, prototypeSnapshot, importError as error } from './testing';

const CYJS = JSON.stringify({
  format_version: '1.0',
  generated_by: 'cytoscape-3.10.2',
  target_cytoscapejs_version: '~2.1',
  data: { shared_name: 'Network', name: 'Network', SUID: 52, __Annotations: [], selected: true },
  elements: {
    nodes: [
      {
        data: { id: '101', shared_name: 'A', name: 'Node A', SUID: 101, selected: false },
        position: { x: 10.5, y: -3 },
        selected: false,
      },
      { data: { id: '102', shared_name: 'B', name: 'Node B', SUID: 102, selected: false }, position: { x: 0, y: 0 } },
    ],
    edges: [
      {
        data: {
          id: '110',
          source: '101',
          target: '102',
          shared_name: 'A (pp) B',
          shared_interaction: 'pp',
          interaction: 'pp',
          SUID: 110,
        },
      },
    ],
  },
});

describe('parseCytoscapeJson', () => {
  it('reads the { elements: [...] } layout (cy.json()) with groups', () => {
    const text = JSON.stringify({
      elements: [
        { group: 'nodes', data: { id: 'a', label: 'A' }, position: { x: 1, y: 2 } },
        { group: 'nodes', data: { id: 'b', weight: 3 } },
        { group: 'edges', data: { id: 'ab', source: 'a', target: 'b', label: 'rel', weight: 0.5 } },
      ],
    });
    const g = parseCytoscapeJson(text);
    expect(g.nodes[0]).toMatchObject({ id: 'a', label: 'A', x: 1, y: 2 });
    expect(g.nodes[1]?.attributes.get('weight')).toBe(3);
    expect(g.edges[0]).toMatchObject({ id: 'ab', source: 'a', target: 'b', label: 'rel', weight: 0.5, directed: true });
  });

  it('reads the { elements: { nodes, edges } } layout and a bare array, edges listed before nodes included', () => {
    const split = parseCytoscapeJson(
      '{"elements":{"nodes":[{"data":{"id":"x"}},{"data":{"id":"y"}}],"edges":[{"data":{"source":"x","target":"y"}}]}}',
    );
    expect(split.nodes.map((n) => n.id)).toEqual(['x', 'y']);
    expect(split.edges[0]?.id).toBeUndefined();
    const bare = parseCytoscapeJson('[{"data":{"source":1,"target":2}},{"data":{"id":1}},{"data":{"id":2}}]');
    expect(bare.nodes.map((n) => n.id)).toEqual(['1', '2']);
    expect(bare.edges).toHaveLength(1);
  });

  it('reads Cytoscape desktop .cyjs: label from name, network data as graph attributes', () => {
    const g = parseCytoscapeJson(CYJS);
    expect(g.attributes.get('name')).toBe('Network');
    expect(g.attributes.get('SUID')).toBe(52);
    expect(g.attributes.get('__Annotations')).toBe('[]');
    expect(g.nodes[0]).toMatchObject({ id: '101', label: 'Node A', x: 10.5, y: -3 });
    expect(g.nodes[0]?.attributes.get('shared_name')).toBe('A');
    expect(g.edges[0]?.attributes.get('interaction')).toBe('pp');
  });

  it('reads colour and size from the style bypass, and the directed flag', () => {
    const g = parseCytoscapeJson(
      JSON.stringify({
        elements: {
          nodes: [
            { data: { id: 'a' }, style: { 'background-color': '#ABCDEF', width: 20 } },
            { data: { id: 'b' }, style: { 'background-color': 'red' } },
          ],
          edges: [
            { data: { source: 'a', target: 'b', directed: false } },
            { data: { source: 'a', target: 'b', directed: 'maybe' } },
          ],
        },
      }),
    );
    expect(g.nodes[0]).toMatchObject({ color: '#abcdef', size: 20 });
    expect(g.nodes[1]?.color).toBeUndefined();
    expect(g.edges.map((e) => e.directed)).toEqual([false, true]);
    expect(g.warnings).toHaveLength(2);
  });

  it('reads colour and size from data, and keeps other values under those names as attributes', () => {
    const g = parseCytoscapeJson(
      JSON.stringify({
        elements: {
          nodes: [{ data: { id: 'a', color: '#ABCDEF', size: 12 } }, { data: { id: 'b', color: 'red', size: 'big' } }],
          edges: [],
        },
      }),
    );
    expect(g.nodes[0]).toMatchObject({ color: '#abcdef', size: 12 });
    expect(g.nodes[0]?.attributes.size).toBe(0);
    expect([g.nodes[1]?.color, g.nodes[1]?.size]).toEqual([undefined, undefined]);
    expect(Object.fromEntries(g.nodes[1]!.attributes)).toEqual({ color: 'red', size: 'big' });
    expect(g.warnings).toEqual([]);
  });

  it('writes colour and size as data, never as a style bypass', () => {
    const text = writeCytoscapeJson(
      graph([node('a', { color: '#123456', size: 7, attributes: new Map([['color', 'own']]) })], []),
    );
    const [written] = JSON.parse(text).elements.nodes;
    expect(written).toEqual({ data: { id: 'a', color: '#123456', size: 7, color_2: 'own' } });
  });

  it('drops non-numeric and infinite positions, sizes and weights with warnings', () => {
    const g = parseCytoscapeJson(
      '[{"data":{"id":"a"},"position":{"x":"left","y":1}},{"data":{"id":"b"},"position":{"x":1e999,"y":0},"style":{"width":"wide"}},' +
        '{"data":{"source":"a","target":"b","weight":"NaN"}}]',
    );
    for (const n of g.nodes) expect([n.x, n.y, n.size]).toEqual([undefined, undefined, undefined]);
    expect(g.edges[0]?.weight).toBeUndefined();
    expect(g.warnings).toHaveLength(4);
  });

  it('treats "__proto__", "constructor" and "prototype" as ordinary ids and keys', () => {
    const before = prototypeSnapshot();
    const g = parseCytoscapeJson(
      '{"elements":[{"data":{"id":"__proto__","__proto__":{"polluted":1},"constructor":"c","prototype":"p"}},' +
        '{"data":{"id":"constructor"}},{"data":{"source":"__proto__","target":"constructor","__proto__":"x"}}]}',
    );
    expect(g.nodes.map((n) => n.id)).toEqual(['__proto__', 'constructor']);
    expect([...(g.nodes[0]?.attributes ?? [])]).toEqual([
      ['__proto__', '{"polluted":1}'],
      ['constructor', 'c'],
      ['prototype', 'p'],
    ]);
    expect(g.edges[0]?.attributes.get('__proto__')).toBe('x');
    expect(prototypeSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses missing ids, duplicate ids, missing nodes and non-Cytoscape JSON', () => {
    expect(error(() => parseCytoscapeJson('[{"data":{"label":"x"}}]')).message).toMatch(/Node #1 has no id/);
    expect(error(() => parseCytoscapeJson('[{"data":{"id":"a"}},{"data":{"id":"a"}}]')).code).toBe('duplicate-id');
    const missing = error(() =>
      parseCytoscapeJson(
        '[{"data":{"id":"a"}},{"data":{"source":"a","target":"b"}},{"data":{"source":"c","target":"a"}}]',
      ),
    );
    expect(missing).toMatchObject({ code: 'missing-node', details: { count: 2, format: 'cytoscape-json' } });
    expect(error(() => parseCytoscapeJson('{"nodes":[]}')).code).toBe('malformed');
    expect(error(() => parseCytoscapeJson('[1,2]')).message).toMatch(/Element #1 is not an object/);
    expect(error(() => parseCytoscapeJson('{"elements":[{"data":{"id":"a"}}')).code).toBe('malformed');
  });

  it('refuses JSON nested 100,000 deep with an ImportError, never a RangeError', () => {
    for (const text of [
      '['.repeat(100_000) + ']'.repeat(100_000),
      '{"elements":' + '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_001),
    ]) {
      const e = error(() => parseCytoscapeJson(text));
      expect(['too-deep', 'malformed']).toContain(e.code);
    }
    // Unbalanced too: the depth scan alone must catch it before JSON.parse.
    expect(error(() => parseCytoscapeJson('['.repeat(100_000))).code).toBe('too-deep');
  });
});

describe('writeCytoscapeJson', () => {
  it('writes .cyjs that reads back to the same graph', () => {
    const g = graph(
      [
        node('a', {
          label: 'A',
          x: 1,
          y: 2,
          color: '#00ff00',
          size: 4,
          attributes: new Map<string, string | number | boolean>([
            ['n', 1],
            ['b', true],
          ]),
        }),
        node('b', { label: '<script>alert(1)</script>' }),
      ],
      [
        edge('a', 'b', { id: 'e', label: 'l', weight: 2 }),
        edge('b', 'a', { directed: false, attributes: new Map([['s', 'x']]) }),
      ],
      new Map<string, string | number | boolean>([
        ['name', 'net'],
        ['n', 3],
      ]),
    );
    const text = writeCytoscapeJson(g);
    expect(JSON.parse(text)).toMatchObject({
      data: { name: 'net' },
      elements: { nodes: [{ data: { id: 'a' } }, {}], edges: [{}, {}] },
    });
    const back = parseCytoscapeJson(text);
    expect(comparable(back)).toEqual(comparable(g));
    expect(back.warnings).toEqual([]);
  });

  it('renames attributes that collide with element fields', () => {
    const g = graph(
      [
        node('a', {
          attributes: new Map([
            ['id', 'other'],
            ['label', 'L'],
          ]),
        }),
      ],
      [edge('a', 'a', { attributes: new Map([['source', 's']]) })],
    );
    const back = parseCytoscapeJson(writeCytoscapeJson(g));
    expect(back.nodes[0]?.label).toBeUndefined();
    expect(Object.fromEntries(back.nodes[0]?.attributes ?? [])).toEqual({ id_2: 'other', label_2: 'L' });
    expect(back.edges[0]?.attributes.get('source_2')).toBe('s');
  });
});
