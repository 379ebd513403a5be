// Hostile input across all formats: DTDs and entity bombs, malformed and truncated XML, absurd nesting, empty and
// binary files, prototype-polluting names, HTML in labels, and graphs over the size limits.
import { describe, expect, it } from 'vitest';
import {
  MAX_EDGES,
  MAX_NODES,
  detectFormat,
  parseCsv,
  parseCytoscapeJson,
  parseGexf,
  parseGraphFile,
  parseGraphml,
  writeCsv,
  writeCytoscapeJson,
  writeGexf,
  writeGraphml,
} from './index';
import type { ImportedGraph } from './index';
import { comparable, edge, graph, node, prototypeSnapshot, importError as error } from './testing';
import { outlineJson } from './json';

const UNSAFE = 'refused: the file declares a DOCTYPE/entities, which can expand to huge sizes or reach other files';
const xmlParsers = { gexf: parseGexf, graphml: parseGraphml };
const allParsers: Record<string, (text: string) => ImportedGraph> = {
  ...xmlParsers,
  cytoscape: parseCytoscapeJson,
  csv: (t) => parseCsv(t),
  any: (t) => parseGraphFile(t),
};

describe.each(Object.entries(xmlParsers))('%s: XML hazards', (name, parse) => {
  const root = name;
  const bombs = {
    'billion laughs': `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><${root}><graph><node id="&lol2;"/></graph></${root}>`,
    'external entity (XXE)': `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><${root}><graph><node id="&xxe;"/></graph></${root}>`,
    'bare DOCTYPE': `<!DOCTYPE ${root} SYSTEM "http://example.com/x.dtd"><${root}/>`,
    'ENTITY without DOCTYPE, lower case, truncated': `<${root}><!entity x "y"`,
  };
  it.each(Object.entries(bombs))('refuses %s before parsing', (_label, text) => {
    const e = error(() => parse(text));
    expect(e.code).toBe('unsafe');
    expect(e.message).toBe(UNSAFE);
  });

  it('reports malformed and truncated XML with a line number', () => {
    const text = `<?xml version="1.0"?>\n<${root}>\n<graph>\n<node id="a">\n</graph>\n</${root}>`;
    const e = error(() => parse(text));
    expect(e.code).toBe('malformed');
    expect(e.message).toMatch(/line \d+/);
    expect(e.details?.line).toBeGreaterThan(1);
    const truncated = error(() => parse(`<${root}>\n<graph>\n<node id="a"/>\n<node id="b`));
    expect(truncated.code).toBe('malformed');
    expect(error(() => parse('<a><b></a>')).code).toBe('malformed');
    expect(error(() => parse('not xml at all')).code).toBe('malformed');
  });

  it('refuses XML nested 100,000 deep', () => {
    const text = `<${root}>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</${root}>`;
    expect(error(() => parse(text)).code).toBe('too-deep');
  });

  it('refuses element and attribute names the XML library treats as dangerous, as unsafe', () => {
    expect(error(() => parse(`<${root}><graph><__proto__/></graph></${root}>`)).code).toBe('unsafe');
    expect(error(() => parse(`<${root}><graph><node id="a" constructor="x"/></graph></${root}>`)).code).toBe('unsafe');
  });
});

describe('prototype pollution through GEXF', () => {
  it('keeps __proto__, constructor and prototype as ids, titles and values', () => {
    const before = prototypeSnapshot();
    const g = parseGexf(`<gexf><graph defaultedgetype="directed"><attributes class="node">
      <attribute id="__proto__" title="__proto__" type="string"/><attribute id="constructor" title="polluted" type="boolean"/></attributes>
      <nodes><node id="__proto__" label="constructor"><attvalues><attvalue for="__proto__" value="prototype"/><attvalue for="constructor" value="true"/></attvalues></node>
      <node id="constructor"/><node id="prototype"/></nodes><edges><edge id="__proto__" source="__proto__" target="prototype"/></edges></graph></gexf>`);
    expect(g.nodes.map((n) => n.id)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect([...(g.nodes[0]?.attributes ?? [])]).toEqual([
      ['__proto__', 'prototype'],
      ['polluted', true],
    ]);
    expect(g.edges[0]?.id).toBe('__proto__');
    expect(prototypeSnapshot()).toEqual(before);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe.each(Object.entries(allParsers))('%s: empty and binary input', (_name, parse) => {
  it.each(['', '   ', '\n\t\r\n ', '\uFEFF', '\uFEFF  \n'])('refuses %j as empty', (text) => {
    expect(error(() => parse(text)).code).toBe('empty');
  });

  it.each([
    ['\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'PNG image'],
    ['PK\u0003\u0004\u0014\u0000\u0006\u0000', 'ZIP archive'],
    ['%PDF-1.7\n%\uFFFD\uFFFD\n1 0 obj', 'PDF document'],
    ['source,target\na,b\u0000\n', 'NUL bytes'],
  ])('refuses binary content %#', (text, kind) => {
    const e = error(() => parse(text));
    expect(e.code).toBe('not-text');
    expect(e.message).toContain(kind);
  });

  it('refuses a value that is not a string', () => {
    expect(error(() => parse(undefined as unknown as string)).code).toBe('not-text');
  });
});

describe('HTML in labels', () => {
  const html = '<script>alert("x")</script><img src=x onerror=alert(1)> & &amp;';
  const g = graph(
    [node('n1', { label: html, attributes: new Map([['bio', html]]) }), node('n2', { label: '<b>bold</b>' })],
    [edge('n1', 'n2', { label: html })],
  );
  const writers: Record<string, () => ImportedGraph> = {
    gexf: () => parseGexf(writeGexf(g)),
    graphml: () => parseGraphml(writeGraphml(g)),
    cytoscape: () => parseCytoscapeJson(writeCytoscapeJson(g)),
    csv: () => {
      const { nodes, edges } = writeCsv(g);
      return parseCsv(edges, { nodesText: nodes });
    },
  };
  it.each(Object.entries(writers))('stays a verbatim string through %s', (_name, roundTrip) => {
    const back = roundTrip();
    expect(back.nodes[0]?.label).toBe(html);
    expect(back.nodes[0]?.attributes.get('bio')).toBe(html);
    expect(back.edges[0]?.label).toBe(html);
    expect(comparable(back)).toEqual(comparable(g));
  });
});

describe('size limits', () => {
  it(`refuses more than MAX_NODES (${MAX_NODES}) nodes`, () => {
    const ids = Array.from({ length: MAX_NODES + 1 }, (_, i) => `n${i}`);
    expect(error(() => parseCsv('source,target\nn0,n1\n', { nodesText: `id\n${ids.join('\n')}\n` })).code).toBe(
      'too-large',
    );
    const json = `[${ids.map((id) => `{"data":{"id":"${id}"}}`).join(',')}]`;
    expect(error(() => parseCytoscapeJson(json)).code).toBe('too-large');
    const xml = `<graphml><graph>${ids.map((id) => `<node id="${id}"/>`).join('')}</graph></graphml>`;
    expect(error(() => parseGraphml(xml)).code).toBe('too-large');
    // Heavy inputs, not a speed test: a generous limit so a busy machine does not fail it.
  }, 30_000);

  it(`refuses more than MAX_EDGES (${MAX_EDGES}) edges`, () => {
    const e = error(() => parseCsv(`source,target\n${'a,b\n'.repeat(MAX_EDGES + 1)}`));
    expect(e.code).toBe('too-large');
    // 1,200,000 (thresholds.ts): the 1,000,000 relations of issue 22's biggest graph, with a fifth more room.
    expect(e.message).toMatch(/more than 1,200,000 rows/);
  }, 30_000);
});

describe('detectFormat and parseGraphFile', () => {
  it('detects from content first, with the file name only as a tie-breaker', () => {
    expect(detectFormat('<?xml version="1.0"?>\n<!-- c --><gexf version="1.3"/>', 'x.graphml')).toBe('gexf');
    expect(detectFormat('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>', 'x.gexf')).toBe('graphml');
    expect(detectFormat('<ns:graphml/>')).toBe('graphml');
    expect(detectFormat('{"elements":[]}', 'a.csv')).toBe('cytoscape-json');
    expect(detectFormat('[{"data":{"id":"a"}}]')).toBe('cytoscape-json');
    expect(detectFormat('{"title":"x","entities":[],"relations":[]}')).toBe('project-json');
    expect(detectFormat('{"data":{"elements":1},"relations":[]}')).toBe('project-json');
    expect(detectFormat('\uFEFFsource;target\na;b')).toBe('csv');
    expect(detectFormat('a\tb\n')).toBe('csv');
    expect(detectFormat('<root/>', 'g.gexf')).toBe('gexf');
    expect(detectFormat('<root/>')).toBeNull();
    expect(detectFormat('{"nodes":[]}')).toBeNull();
    expect(detectFormat('{"nodes":[]}', 'x.cyjs')).toBe('cytoscape-json');
    expect(detectFormat('single column', 'list.csv')).toBe('csv');
    expect(detectFormat('hello')).toBeNull();
    expect(detectFormat('   ')).toBeNull();
  });

  it('stops reading JSON once the keys decide the format, leaving the depth check to the parser', () => {
    const deep = `{"elements":${'['.repeat(200)}${']'.repeat(200)}}`;
    const early = outlineJson(deep, 200, (keys) => keys.has('elements'));
    expect(early).toMatchObject({ complete: false, depth: 1 });
    expect(outlineJson(deep)).toMatchObject({ complete: true, depth: 201 });
    expect(detectFormat(deep)).toBe('cytoscape-json');
    expect(error(() => parseGraphFile(deep)).code).toBe('too-deep');
    // Unrecognised JSON is still read to the end, so nesting is reported rather than "unknown format".
    expect(error(() => detectFormat(`{"x":${'['.repeat(200)}${']'.repeat(200)}}`)).code).toBe('too-deep');
    expect(error(() => detectFormat(`[{"x":1},${'['.repeat(200)}${']'.repeat(200)}]`)).code).toBe('too-deep');
  });

  it('throws not-text for binary content, naming the kind', () => {
    const e = error(() => detectFormat('\uFFFDPNG\r\n\u001a\n'));
    expect(e).toMatchObject({
      code: 'not-text',
      message: 'This looks like a binary file (PNG image), not a graph file',
    });
  });

  it('dispatches to the right parser and refuses project JSON and unknown formats as unsupported', () => {
    expect(parseGraphFile('source,target\na,b\n').format).toBe('csv');
    expect(parseGraphFile('[{"data":{"id":"a"}}]').format).toBe('cytoscape-json');
    expect(error(() => parseGraphFile('{"entities":[],"relations":[]}')).code).toBe('unsupported');
    expect(error(() => parseGraphFile('hello')).code).toBe('unsupported');
    expect(error(() => parseGraphFile('')).code).toBe('empty');
  });
});
