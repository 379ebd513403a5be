// Our exports read by NetworkX (read_gexf of the GEXF 1.2draft export, read_graphml) and igraph (Read_GraphML), as
// their users open them; `npm test` installs Debian's python3-networkx and python3-igraph first where it can
// (scripts/ensure-python-readers.mjs). Each read is compared with what the app holds, attribute by attribute.
import { describe, expect, it } from 'vitest';
import { expectSameGraph, generatedCase, hex, split, storyCase, type ReadView } from './cases';
import { pythonReaders, readWithPython, type PythonRead } from './python';

const cases = [storyCase(), generatedCase()];
const SLOW = { timeout: 120_000 };

/** Numbers that are missing read as NaN in igraph (null here) and are left out, like any other missing field. */
const present = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined && v !== ''));

function graphmlView(read: PythonRead): ReadView {
  return {
    directed: read.directed,
    nodes: read.nodes.map((n) => {
      const [fields, attributes] = split(n.data, ['id', 'label', 'x', 'y', 'size', 'r', 'g', 'b']);
      const f = present(fields);
      const colour = f.r === undefined ? undefined : hex(f.r, f.g, f.b);
      return { id: n.id, label: f.label, x: f.x, y: f.y, size: f.size, color: colour, attributes };
    }),
    edges: read.edges.map((e) => {
      const [fields, attributes] = split(e.data, ['id', 'label', 'weight']);
      const f = present(fields);
      return { id: f.id ?? e.key, source: e.source, target: e.target, label: f.label, weight: f.weight, attributes };
    }),
  };
}

function networkxGexfView(read: PythonRead): ReadView {
  return {
    directed: read.directed,
    nodes: read.nodes.map((n) => {
      const [fields, attributes] = split(n.data, ['label', 'viz']);
      const viz = (fields.viz ?? {}) as {
        color?: Record<string, number>;
        position?: Record<string, number>;
        size?: number;
      };
      const colour = viz.color && hex(viz.color.r, viz.color.g, viz.color.b);
      return {
        id: n.id,
        label: fields.label,
        color: colour,
        x: viz.position?.x,
        y: viz.position?.y,
        size: viz.size,
        attributes,
      };
    }),
    edges: read.edges.map((e) => {
      const [fields, attributes] = split(e.data, ['id', 'label', 'weight', 'start', 'end']);
      return { ...fields, source: e.source, target: e.target, attributes };
    }),
  };
}

describe('the Python readers', () => {
  it('are installed (NetworkX and igraph); if not, this says what to install', SLOW, () => {
    const found = pythonReaders();
    expect(found.networkx).toMatch(/^\d+\.\d+/);
    expect(found.igraph).toMatch(/^\d+\.\d+/);
  });
});

describe.each(cases)('NetworkX and igraph read the exports of $name', (c) => {
  it('NetworkX read_gexf (GEXF 1.2draft): every node, link, label, attribute, colour, position and date', SLOW, () => {
    const [file] = c.files('gexf-1.2');
    const read = readWithPython('networkx-gexf', file!.name, file!.text);
    expectSameGraph(networkxGexfView(read), c.held);
    // Dates travel as GEXF spells, which NetworkX keeps as each link's start and end.
    const byId = new Map(read.edges.map((e) => [e.data.id, e.data]));
    for (const edge of c.held.edges)
      expect([byId.get(edge.id)?.start, byId.get(edge.id)?.end]).toEqual([edge.time?.start, edge.time?.end]);
  });

  it('NetworkX read_graphml: every node, link, label, attribute, colour and position', SLOW, () => {
    const [file] = c.files('graphml');
    // NetworkX 2.8 keeps a GraphML edge id only as a link's key in a multigraph (the story has parallel links);
    // in a plain graph it drops it, and links are matched by their ends.
    const read = readWithPython('networkx-graphml', file!.name, file!.text);
    const multigraph = read.edges.every((e) => e.key !== undefined);
    expectSameGraph(graphmlView(read), c.held, { edgeIds: multigraph });
  });

  it('igraph Read_GraphML: every node, link, label, attribute, colour and position', SLOW, () => {
    const [file] = c.files('graphml');
    expectSameGraph(graphmlView(readWithPython('igraph-graphml', file!.name, file!.text)), c.held, {
      filled: true,
    });
  });
});
