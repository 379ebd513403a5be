// Table-driven over the real sample files in ../shared/samples: counts checked against an independent count of
// the file's tags or JSON elements, a few values spot-checked, then write → parse must give the same graph.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat, parseGraphFile, writeCytoscapeJson, writeGexf, writeGraphml } from './index';
import type { FormatId, ImportedGraph } from './index';
import { parseGexf } from './gexf';
import { parseGraphml } from './graphml';
import { parseCytoscapeJson } from './cytoscapeJson';
import { comparable } from './testing';
import { sharedDir } from '../../../scripts/sharedDir';

const SAMPLES = sharedDir('samples', process.env.SAMPLES_DIR);

function countTags(text: string, tag: string): number {
  return (text.match(new RegExp(`<${tag}[\\s/>]`, 'g')) ?? []).length;
}

function countJson(text: string): { nodes: number; edges: number } {
  const json = JSON.parse(text) as unknown;
  const list = (Array.isArray(json) ? json : []) as { group?: string; data: { source?: unknown } }[];
  const isEdge = (e: (typeof list)[number]) => (e.group ? e.group === 'edges' : e.data.source !== undefined);
  return { nodes: list.filter((e) => !isEdge(e)).length, edges: list.filter(isEdge).length };
}

interface Sample {
  file: string;
  format: FormatId;
  expected: (text: string) => { nodes: number; edges: number };
  write: (g: ImportedGraph) => string;
  parse: (text: string) => ImportedGraph;
  check: (g: ImportedGraph) => void;
}

const samples: Sample[] = [
  {
    file: 'les_miserables.gexf',
    format: 'gexf',
    expected: (t) => ({ nodes: countTags(t, 'node'), edges: countTags(t, 'edge') }),
    write: writeGexf,
    parse: parseGexf,
    check: (g) => {
      const myriel = g.nodes.find((n) => n.id === '0.0');
      expect(myriel).toMatchObject({ label: 'Myriel', x: 268.72385, y: 91.18155, size: 22.714287, color: '#d8482d' });
      expect(myriel?.attributes.get('Authority')).toBe(0.01880342);
      expect(g.edges.find((e) => e.id === '1')).toMatchObject({
        source: '2.0',
        target: '0.0',
        weight: 8,
        directed: true,
      });
      expect(g.attributes.get('creator')).toBe('ofNodesAndEdges.com');
    },
  },
  {
    file: 'miserables.graphml',
    format: 'graphml',
    expected: (t) => ({ nodes: countTags(t, 'node'), edges: countTags(t, 'edge') }),
    write: writeGraphml,
    parse: parseGraphml,
    check: (g) => {
      const valjean = g.nodes.find((n) => n.id === '11');
      expect(valjean).toMatchObject({ label: 'Valjean', x: -87.93029, y: 6.8120565, size: 100, color: '#f55b5b' });
      expect(valjean?.attributes.get('Modularity Class')).toBe(1);
      expect(g.edges.find((e) => e.id === '1')).toMatchObject({ source: '2', target: '0', weight: 8, directed: false });
    },
  },
  {
    file: 'cytoscape-cose-demo.json',
    format: 'cytoscape-json',
    expected: countJson,
    write: writeCytoscapeJson,
    parse: parseCytoscapeJson,
    check: (g) => {
      const pcna = g.nodes.find((n) => n.id === '605755');
      expect(pcna).toMatchObject({ label: 'PCNA', x: 481.0169597039117, y: 384.8210888234145 });
      expect(pcna?.attributes.get('query')).toBe(true);
      expect(pcna?.attributes.get('idInt')).toBe(605755);
      const e0 = g.edges.find((e) => e.id === 'e0');
      expect(e0).toMatchObject({ source: '611408', target: '605755', weight: 0.0055478187 });
      expect(e0?.attributes.get('group')).toBe('coexp');
    },
  },
];

describe.each(samples)('sample $file', (sample) => {
  const path = join(SAMPLES, sample.file);
  const present = existsSync(path);
  if (!present) console.warn(`Skipping ${sample.file}: not found at ${path} (the shared samples folder is absent).`);
  const text = present ? readFileSync(path, 'utf8') : '';

  it.skipIf(!present)('is detected from its content', () => {
    expect(detectFormat(text)).toBe(sample.format);
    expect(detectFormat(text, 'renamed.txt')).toBe(sample.format);
  });

  it.skipIf(!present)('has as many nodes and edges as the file holds, with the expected values', () => {
    const g = parseGraphFile(text, sample.file);
    expect(g.format).toBe(sample.format);
    const expected = sample.expected(text);
    expect(expected.nodes).toBeGreaterThan(0);
    expect({ nodes: g.nodes.length, edges: g.edges.length }).toEqual(expected);
    sample.check(g);
    for (const n of g.nodes)
      for (const v of [n.x, n.y, n.size]) if (v !== undefined) expect(Number.isFinite(v)).toBe(true);
  });

  it.skipIf(!present)('survives write → parse unchanged', () => {
    const g = sample.parse(text);
    const again = sample.parse(sample.write(g));
    expect(comparable(again)).toEqual(comparable(g));
    expect(again.warnings).toEqual([]);
  });
});
