// Our exports read by the JavaScript readers users open them with: graphology-gexf (how Gephi Lite opens GEXF) for
// both GEXF versions, and cytoscape.js headless for Cytoscape JSON with its style file, with no warning.
import { afterEach, describe, expect, it, vi } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexfWithGraphology } from 'graphology-gexf';
import cytoscape from 'cytoscape';
import { expectSameGraph, generatedCase, hex, split, storyCase, type ReadView } from './cases';

const cases = [storyCase(), generatedCase()];

function graphologyView(text: string): ReadView {
  const graph = parseGexfWithGraphology(Graph, text);
  const rgb = (color: unknown) => {
    const m = /^rgb\((\d+),(\d+),(\d+)\)$/.exec(String(color));
    return m ? hex(m[1], m[2], m[3]) : undefined;
  };
  return {
    directed: graph.type === 'directed',
    nodes: graph.mapNodes((id, data) => {
      const [fields, attributes] = split(data, ['label', 'color', 'size', 'x', 'y', 'z']);
      return { id, ...fields, color: rgb(fields.color), attributes };
    }),
    edges: graph.mapEdges((id, data, source, target, _s, _t, undirected) => {
      const [fields, attributes] = split(data, ['label', 'weight']);
      return { id, source, target, directed: !undirected, ...fields, attributes };
    }),
  };
}

describe.each(cases)('graphology-gexf (Gephi Lite) reads the GEXF exports of $name', (c) => {
  for (const format of ['gexf', 'gexf-1.2'] as const) {
    it(`${format}: every node, link, label, attribute by its name, colour and position`, { timeout: 60_000 }, () => {
      const [file] = c.files(format);
      expectSameGraph(graphologyView(file!.text), c.held);
    });
  }
});

describe.each(cases)('cytoscape.js headless reads the Cytoscape JSON export of $name', (c) => {
  afterEach(() => vi.restoreAllMocks());

  it(
    'with its style file, every element, attribute, colour and size as data, and not one warning',
    { timeout: 60_000 },
    () => {
      const warn = vi.spyOn(console, 'warn');
      const [network, styleFile] = c.files('cytoscape-json');
      expect(styleFile!.name).toBe('graph-style.json');
      const json = JSON.parse(network!.text);
      const [style] = JSON.parse(styleFile!.text);
      // The preset layout keeps the positions in the file (headless cytoscape.js otherwise runs the null layout).
      const cy = cytoscape({
        headless: true,
        styleEnabled: true,
        layout: { name: 'preset' },
        elements: json.elements,
        style: style.style,
      });
      expect(warn).not.toHaveBeenCalled();
      expect(json.elements.nodes.some((n: object) => 'style' in n)).toBe(false);

      const view: ReadView = {
        directed: cy.edges().every((e) => e.data('directed') === true),
        nodes: cy.nodes().map((n) => {
          const [fields, attributes] = split(n.data(), ['id', 'label', 'color', 'size']);
          return { id: n.id(), ...fields, x: n.position('x'), y: n.position('y'), attributes } as ReadView['nodes'][0];
        }),
        edges: cy.edges().map((e) => {
          const [fields, attributes] = split(e.data(), ['id', 'source', 'target', 'directed', 'label', 'weight']);
          return { ...fields, source: e.source().id(), target: e.target().id(), attributes } as ReadView['edges'][0];
        }),
      };
      expectSameGraph(view, c.held);

      // The style file draws what the app drew: each node's colour and size come from its data, arrows on links.
      const rgbOf = (color: string) => `rgb(${[1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)).join(',')})`;
      for (const node of c.held.nodes) {
        const drawn = cy.getElementById(node.id);
        if (node.color) expect(drawn.style('background-color')).toBe(rgbOf(node.color));
        if (node.size) expect(drawn.style('width')).toBe(`${node.size}px`);
      }
      expect(cy.edges()[0]!.style('target-arrow-shape')).toBe('triangle');
      // A disputed link is drawn no wider than any link its sources agree on, whatever its origins.
      const width = (e: cytoscape.EdgeSingular) => Number.parseFloat(e.style('width'));
      const disputed = cy.edges().filter((e) => e.data('disputed') === true);
      const agreed = cy.edges().filter((e) => e.data('disputed') !== true);
      if (c.name === 'the bundled story') expect(disputed.length).toBeGreaterThan(0);
      if (disputed.nonempty())
        expect(Math.max(...disputed.map(width))).toBeLessThanOrEqual(Math.min(...agreed.map(width)));
      expect(warn).not.toHaveBeenCalled();
      cy.destroy();
    },
  );
});

describe('cytoscape.js headless', () => {
  it('warns, as the check above expects it would, for a style bypass like the one our export used to write', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cy = cytoscape({
      headless: true,
      elements: [{ data: { id: 'a' }, style: { 'background-color': '#123456' } }],
    });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`style` bypass'));
    cy.destroy();
  });
});
