// GraphML reader and writer on small inline files: for="all" keys, defaults, mixed direction, parallel edges,
// yEd graphics, nested graphs, and key ids such as "__proto__" that broke graphology-graphml.
import { describe, expect, it } from 'vitest';
import { parseGraphml, writeGraphml } from './graphml';
import { comparable, edge, graph, node, prototypeSnapshot, importError as error } from './testing';

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="name" for="all" attr.name="name" attr.type="string"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <key id="n" for="node" attr.name="count" attr.type="int"><default>7</default></key>
  <key id="ok" for="node" attr.name="ok" attr.type="boolean"/>
  <key id="t" for="graph" attr.name="title" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <data key="t">Test graph</data>
    <node id="a"><data key="name">Alpha</data><data key="n">3</data><data key="ok">true</data></node>
    <node id="b"><data key="name">Beta</data></node>
    <edge source="a" target="b"><data key="w">1.5</data><data key="name">first</data></edge>
    <edge source="a" target="b" directed="true"><data key="w">2</data></edge>
    <edge id="e3" source="b" target="a" directed="false"/>
  </graph>
</graphml>`;

describe('parseGraphml', () => {
  it('reads for="all" keys, defaults, typed values and graph data', () => {
    const g = parseGraphml(GRAPHML);
    expect(g.attributes.get('title')).toBe('Test graph');
    expect(g.nodes.map((n) => [...n.attributes])).toEqual([
      [
        ['name', 'Alpha'],
        ['count', 3],
        ['ok', true],
      ],
      [
        ['name', 'Beta'],
        ['count', 7],
      ],
    ]);
    expect(g.edges[0]?.attributes.get('name')).toBe('first');
    expect(g.warnings).toEqual([]);
  });

  it('keeps parallel edges and mixes edgedefault with per-edge direction', () => {
    const { edges } = parseGraphml(GRAPHML);
    expect(edges.map((e) => [e.source, e.target, e.directed, e.weight, e.id])).toEqual([
      ['a', 'b', false, 1.5, undefined],
      ['a', 'b', true, 2, undefined],
      ['b', 'a', false, undefined, 'e3'],
    ]);
  });

  it('reads label, position, size and colour from Gephi-style data (r, g, b) and hex colours', () => {
    const text = `<graphml><key id="l" for="node" attr.name="label"/><key id="x" for="node" attr.name="x" attr.type="float"/>
      <key id="y" for="node" attr.name="y" attr.type="float"/><key id="r" for="node" attr.name="r" attr.type="int"/>
      <key id="g" for="node" attr.name="g" attr.type="int"/><key id="b" for="node" attr.name="b" attr.type="int"/>
      <key id="c" for="node" attr.name="color"/><key id="s" for="node" attr.name="size" attr.type="double"/>
      <graph><node id="1"><data key="l">One</data><data key="x">1.5</data><data key="y">-2</data><data key="r">255</data><data key="g">0</data><data key="b">16</data></node>
      <node id="2"><data key="c">#ABC</data><data key="s">NaN</data><data key="r">7</data></node></graph></graphml>`;
    const g = parseGraphml(text);
    expect(g.nodes[0]).toMatchObject({ label: 'One', x: 1.5, y: -2, color: '#ff0010' });
    expect(g.nodes[0]?.attributes.size).toBe(0);
    expect(g.nodes[1]?.color).toBe('#aabbcc');
    expect(g.nodes[1]?.size).toBeUndefined();
    // A lone r is not a colour: it stays an attribute.
    expect(g.nodes[1]?.attributes.get('r')).toBe(7);
    expect(g.warnings.join('\n')).toMatch(/size: "NaN" is not a finite number/);
  });

  it('reads a minimal yEd file: label, geometry and fill; other yfiles payloads are ignored', () => {
    const text = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d0" yfiles.type="nodegraphics"/>
  <key for="edge" id="d1" yfiles.type="edgegraphics"/>
  <key for="graphml" id="d2" yfiles.type="resources"/>
  <key attr.name="description" attr.type="string" for="node" id="d3"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d3">first</data><data key="d0"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="10.5" y="-20.0"/>
      <y:Fill color="#FFCC00" transparent="false"/><y:NodeLabel alignment="center"> Hello
      <y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel></y:NodeLabel><y:Shape type="rectangle"/></y:ShapeNode></data></node>
    <node id="n1"><data key="d0"><y:ShapeNode><y:NodeLabel>World</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"><data key="d1"><y:PolyLineEdge><y:Arrows source="none" target="standard"/></y:PolyLineEdge></data></edge>
  </graph>
  <data key="d2"><y:Resources/></data>
</graphml>`;
    const g = parseGraphml(text);
    expect(g.nodes[0]).toMatchObject({ id: 'n0', label: 'Hello', x: 10.5, y: -20, color: '#ffcc00' });
    expect([...(g.nodes[0]?.attributes ?? [])]).toEqual([['description', 'first']]);
    expect(g.nodes[1]).toMatchObject({ label: 'World' });
    expect(g.edges[0]).toMatchObject({ source: 'n0', target: 'n1', directed: true });
    expect(g.edges[0]?.attributes.size).toBe(0);
    expect(g.warnings).toEqual([]);
  });

  it('flattens nested graphs with a warning and skips hyperedges', () => {
    const text = `<graphml><graph edgedefault="directed"><node id="outer"><graph edgedefault="undirected">
      <node id="outer::a"/><node id="outer::b"/><edge source="outer::a" target="outer::b"/></graph></node>
      <edge source="outer" target="outer::a"/><hyperedge><endpoint node="outer"/></hyperedge></graph></graphml>`;
    const g = parseGraphml(text);
    expect(g.nodes.map((n) => n.id)).toEqual(['outer', 'outer::a', 'outer::b']);
    expect(g.edges.map((e) => e.directed)).toEqual([false, true]);
    expect(g.warnings.join('\n')).toMatch(/nested graphs .* flattened[\s\S]*hyperedges were skipped/);
  });

  it('uses Maps for keys: key ids and names like __proto__ are plain data (graphology-graphml pollution)', () => {
    const before = prototypeSnapshot();
    const text = `<graphml><key id="__proto__" for="__proto__" attr.name="__proto__" attr.type="string"/>
      <key id="constructor" for="node" attr.name="polluted" attr.type="string"><default>yes</default></key>
      <graph><node id="__proto__"><data key="__proto__">x</data></node><node id="constructor"/><node id="prototype"/>
      <edge source="__proto__" target="constructor"/></graph></graphml>`;
    const g = parseGraphml(text);
    expect(g.nodes.map((n) => n.id)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(g.nodes[0]?.attributes.get('__proto__')).toBe('x');
    expect(g.nodes[1]?.attributes.get('polluted')).toBe('yes');
    expect(prototypeSnapshot()).toEqual(before);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('warns about undeclared keys and reads them as text', () => {
    const g = parseGraphml('<graphml><graph><node id="a"><data key="mystery">5</data></node></graph></graphml>');
    expect(g.nodes[0]?.attributes.get('mystery')).toBe('5');
    expect(g.warnings[0]).toMatch(/not declared/);
  });

  it('refuses duplicate node ids and edges to missing nodes', () => {
    expect(error(() => parseGraphml('<graphml><graph><node id="a"/><node id="a"/></graph></graphml>')).code).toBe(
      'duplicate-id',
    );
    const e = error(() =>
      parseGraphml('<graphml><graph><node id="a"/><edge source="a" target="zz"/></graph></graphml>'),
    );
    expect(e.code).toBe('missing-node');
    expect(e.details).toMatchObject({ count: 1, format: 'graphml' });
    expect(e.message).toContain('"zz"');
  });

  it('refuses an edge without source, and files that are not GraphML', () => {
    expect(error(() => parseGraphml('<graphml><graph><edge target="a"/></graph></graphml>')).message).toMatch(
      /no source or target/,
    );
    expect(error(() => parseGraphml('<gexf/>')).message).toMatch(/not a GraphML file/);
  });
});

describe('writeGraphml', () => {
  it('writes typed keys that read back to the same graph, with mixed direction', () => {
    const g = graph(
      [
        node('a', {
          label: 'A',
          x: 1,
          y: 2,
          size: 5,
          color: '#102030',
          attributes: new Map<string, string | number | boolean>([
            ['k', 1],
            ['m', 'text'],
          ]),
        }),
        node('b', {
          attributes: new Map<string, string | number | boolean>([
            ['k', 'one'],
            ['flag', false],
          ]),
        }),
      ],
      [
        edge('a', 'b', { id: 'e1', weight: 3, label: '<&>' }),
        edge('a', 'b', { directed: false }),
        edge('b', 'b', { directed: false }),
      ],
      new Map<string, string | number | boolean>([
        ['title', 'T'],
        ['year', 2024],
      ]),
    );
    const text = writeGraphml(g);
    expect(text).toContain('edgedefault="undirected"');
    expect(text).toContain('attr.name="k" attr.type="int"');
    expect(text).toContain('attr.name="k" attr.type="string"');
    const back = parseGraphml(text);
    expect(comparable(back)).toEqual(comparable(g));
    expect(back.warnings).toEqual([]);
  });

  it('renames user attributes that would be read as fields (label, x, weight...)', () => {
    const g = graph(
      [
        node('a', {
          label: 'real',
          attributes: new Map<string, string | number | boolean>([
            ['label', 'attr'],
            ['X', 'ten'],
            ['label_2', 'taken'],
          ]),
        }),
      ],
      [edge('a', 'a', { attributes: new Map([['weight', 'heavy']]) })],
    );
    const back = parseGraphml(writeGraphml(g));
    expect(back.nodes[0]?.label).toBe('real');
    expect(Object.fromEntries(back.nodes[0]?.attributes ?? [])).toEqual({
      label_3: 'attr',
      X_2: 'ten',
      label_2: 'taken',
    });
    expect(back.edges[0]?.attributes.get('weight_2')).toBe('heavy');
  });
});
