// GEXF reader and writer on small inline files: 1.2 and 1.3 colours, typed attributes and defaults, edge types,
// hierarchy, bad numbers, and the graph-wide rules (unique ids, known edge ends).
import { describe, expect, it } from 'vitest';
import { parseGexf, writeGexf } from './gexf';
import { comparable, edge, graph, node, importError as error } from './testing';

const GEXF_13 = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="2024-01-01"><creator>Tester</creator><description>A &amp; B</description></meta>
  <graph defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="age" type="integer"/>
      <attribute id="1" title="score" type="double"/>
      <attribute id="2" title="member" type="boolean"><default>false</default></attribute>
      <attribute id="3" title="tags" type="liststring"/>
      <attribute id="4" type="string"/>
    </attributes>
    <attributes class="edge"><attribute id="k" title="kind" type="string"/></attributes>
    <nodes>
      <node id="a" label="Alice &lt;script&gt;alert(1)&lt;/script&gt;">
        <attvalues>
          <attvalue for="0" value="42"/><attvalue for="1" value="-1.5e3"/><attvalue for="2" value="true"/>
          <attvalue for="3" value="x|y"/><attvalue for="4" value="untitled"/>
        </attvalues>
        <viz:color hex="#FF8800"/><viz:size value="12.5"/><viz:position x="1" y="-2" z="0"/>
      </node>
      <node id="b" label="Bob"><viz:color r="0" g="128" b="255" a="0.5"/></node>
      <node id="c"/>
    </nodes>
    <edges>
      <edge source="a" target="b" weight="2.5" label="knows"><attvalues><attvalue for="k" value="friend"/></attvalues></edge>
      <edge id="e2" source="b" target="c" type="directed"/>
      <edge id="e3" source="c" target="a" type="mutual"/>
    </edges>
  </graph>
</gexf>`;

describe('parseGexf', () => {
  it('reads GEXF 1.3 typed attributes, defaults, hex and rgb colours, size and position', () => {
    const g = parseGexf(GEXF_13);
    expect(g.format).toBe('gexf');
    const [a, b, c] = g.nodes;
    expect(a).toMatchObject({
      id: 'a',
      label: 'Alice <script>alert(1)</script>',
      color: '#ff8800',
      size: 12.5,
      x: 1,
      y: -2,
    });
    expect([...(a?.attributes ?? [])]).toEqual([
      ['age', 42],
      ['score', -1500],
      ['member', true],
      ['tags', 'x|y'],
      ['4', 'untitled'],
    ]);
    expect(b?.color).toBe('#0080ff');
    expect(b?.attributes.get('member')).toBe(false);
    expect(c?.label).toBeUndefined();
    expect(g.attributes.get('creator')).toBe('Tester');
    expect(g.attributes.get('description')).toBe('A & B');
    expect(g.attributes.get('lastmodifieddate')).toBe('2024-01-01');
    expect(g.warnings).toEqual([]);
  });

  it('reads edge type, default direction, label, weight and optional ids', () => {
    const { edges } = parseGexf(GEXF_13);
    expect(edges.map((e) => [e.id, e.directed])).toEqual([
      [undefined, false],
      ['e2', true],
      ['e3', false],
    ]);
    expect(edges[0]).toMatchObject({ label: 'knows', weight: 2.5 });
    expect(edges[0]?.attributes.get('kind')).toBe('friend');
  });

  it('reads GEXF 1.2 and 1.1 files with rgb colours and no prefix on viz elements', () => {
    const text = `<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph defaultedgetype="directed"><nodes>
      <node id="1" label="one"><color r="255" g="0" b="0"/><position x="3.5" y="4"/></node><node id="2"/></nodes>
      <edges><edge id="0" source="1" target="2"/></edges></graph></gexf>`;
    const g = parseGexf(text);
    expect(g.nodes[0]).toMatchObject({ color: '#ff0000', x: 3.5, y: 4 });
    expect(g.edges[0]?.directed).toBe(true);
  });

  it('drops NaN, infinite and non-numeric positions, sizes and weights with warnings', () => {
    const text = `<gexf version="1.3" xmlns:viz="v"><graph><nodes>
      <node id="a"><viz:position x="NaN" y="1"/><viz:size value="Infinity"/></node>
      <node id="b"><viz:position x="1e999" y="2"/><viz:size value="big"/><viz:color r="300" g="0" b="0"/></node></nodes>
      <edges><edge source="a" target="b" weight="heavy"/></edges></graph></gexf>`;
    const g = parseGexf(text);
    for (const n of g.nodes) expect([n.x, n.y, n.size, n.color]).toEqual([undefined, undefined, undefined, undefined]);
    expect(g.edges[0]?.weight).toBeUndefined();
    expect(g.warnings.length).toBe(6);
    expect(g.warnings.join('\n')).toMatch(/not a finite number/);
  });

  it('keeps a value that does not fit its declared type as text, with a warning', () => {
    const text = `<gexf><graph><attributes class="node"><attribute id="n" title="n" type="float"/></attributes>
      <nodes><node id="a"><attvalues><attvalue for="n" value="n/a"/></attvalues></node></nodes></graph></gexf>`;
    const g = parseGexf(text);
    expect(g.nodes[0]?.attributes.get('n')).toBe('n/a');
    expect(g.warnings[0]).toMatch(/not a finite number; kept as text/);
  });

  it('flattens hierarchical graphs and keeps the first value of dynamic attributes', () => {
    const text = `<gexf><graph><attributes class="node"><attribute id="0" title="v" type="string"/></attributes><nodes>
      <node id="p"><attvalues><attvalue for="0" value="1" start="1"/><attvalue for="0" value="2" start="2"/></attvalues>
        <nodes><node id="c1"/><node id="c2"/></nodes></node></nodes></graph></gexf>`;
    const g = parseGexf(text);
    expect(g.nodes.map((n) => n.id)).toEqual(['p', 'c1', 'c2']);
    expect(g.nodes[0]?.attributes.get('v')).toBe('1');
    expect(g.warnings.join('\n')).toMatch(/flattened/);
  });

  it('refuses duplicate node ids, naming the id', () => {
    const e = error(() => parseGexf('<gexf><graph><nodes><node id="x"/><node id="x"/></nodes></graph></gexf>'));
    expect(e.code).toBe('duplicate-id');
    expect(e.message).toContain('"x"');
  });

  it('refuses edges to missing nodes with a count and examples', () => {
    const e = error(() =>
      parseGexf(
        '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="m1"/><edge source="m2" target="a"/></edges></graph></gexf>',
      ),
    );
    expect(e.code).toBe('missing-node');
    expect(e.details?.count).toBe(2);
    expect(e.message).toMatch(/2 edges refer to nodes.*"m1", "m2"/);
  });

  it('refuses a file that is not GEXF, or has no graph', () => {
    expect(error(() => parseGexf('<graphml/>')).message).toMatch(/not a GEXF file/);
    expect(error(() => parseGexf('<gexf version="1.3"/>')).code).toBe('malformed');
  });
});

describe('writeGexf', () => {
  const sample = graph(
    [
      node('a', {
        label: 'A & <b>"quoted"</b>',
        x: -1.5,
        y: 2e-7,
        size: 3,
        color: '#0a0b0c',
        attributes: new Map<string, string | number | boolean>([
          ['n', 1],
          ['s', 'x'],
          ['b', true],
        ]),
      }),
      node('b', {
        label: '',
        attributes: new Map<string, string | number | boolean>([
          ['n', 'not a number'],
          ['big', 2 ** 40],
          ['f', 0.1],
        ]),
      }),
    ],
    [
      edge('a', 'b', { id: 'e', label: 'l', weight: 0.5 }),
      edge('b', 'a', { directed: false, attributes: new Map([['w', 1]]) }),
    ],
    new Map<string, string | number | boolean>([
      ['creator', 'me'],
      ['description', 'd'],
      ['other', 1],
    ]),
  );

  it('writes a file that reads back to the same graph, types included', () => {
    for (const version of ['1.2', '1.3'] as const) {
      const back = parseGexf(writeGexf(sample, { version }));
      const expected = comparable(sample);
      expected.attributes = [
        ['creator', 'me'],
        ['description', 'd'],
      ];
      expect(comparable(back)).toEqual(expected);
      expect(back.warnings).toEqual([]);
    }
  });

  it('declares one column per name and type, with integer, long and double as fitting', () => {
    const text = writeGexf(sample);
    expect(text).toContain('title="n" type="integer"');
    expect(text).toContain('title="n" type="string"');
    expect(text).toContain('title="big" type="long"');
    expect(text).toContain('title="f" type="double"');
  });

  it('removes characters XML 1.0 cannot carry and keeps tabs, newlines and CRs exactly', () => {
    const g = graph([node('x\u0001y', { label: 'tab\there\r\nline\u0000\uFFFF\uD800end' })], []);
    const back = parseGexf(writeGexf(g));
    expect(back.nodes[0]).toMatchObject({ id: 'xy', label: 'tab\there\r\nlineend' });
  });

  it('gives each attribute its name as id, so readers keying columns by id name them alike', () => {
    const text = writeGexf(sample);
    expect(text).toContain('<attribute id="big" title="big" type="long"/>');
    expect(text).toContain('<attvalue for="big" value="1099511627776"/>');
  });

  it('gives another id where the name cannot be one: empty, taken by another type, or a field readers fill', () => {
    const g = graph(
      [
        node('a', {
          attributes: new Map<string, string | number | boolean>([
            ['', 'blank'],
            ['n', 1],
            ['label', 'own label'],
            ['a&"b', 'x'],
          ]),
        }),
        node('b', { attributes: new Map<string, string | number | boolean>([['n', 'one']]) }),
      ],
      [],
    );
    const text = writeGexf(g);
    expect(text).toContain('<attribute id="n" title="n" type="integer"/>');
    expect(text).toMatch(/<attribute id="\d+" title="n" type="string"\/>/);
    expect(text).toMatch(/<attribute id="\d+" title="" type="string"\/>/);
    expect(text).toContain('<attribute id="label_2" title="label" type="string"/>');
    expect(text).toContain('<attribute id="a&amp;&quot;b" title="a&amp;&quot;b" type="string"/>');
    expect(comparable(parseGexf(text))).toEqual(comparable(g));
  });
});
