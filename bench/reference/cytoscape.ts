// Reference page: plain cytoscape.js with its default options, the same graph and the same controls.
import cytoscape from 'cytoscape';
import { colourOf, loadGraph, mountControls, placeMissing } from './common';

const graph = await loadGraph();
placeMissing(graph);
performance.mark('graphview:setGraph-start', { detail: { nodes: graph.nodes.length, edges: graph.edges.length } });
const cy = cytoscape({
  container: document.getElementById('graph'),
  style: [
    { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(color)' } },
    { selector: '.hidden', style: { display: 'none' } },
  ],
  elements: [
    ...graph.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.label, country: n.country, color: colourOf(n.country) },
      position: { x: n.x!, y: n.y! },
    })),
    ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
  ],
  layout: { name: 'preset' },
});
performance.mark('graphview:setGraph-end', { detail: { nodes: graph.nodes.length, edges: graph.edges.length } });

mountControls(graph, {
  filter(country) {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('hidden', country !== null && n.data('country') !== country);
      });
    });
  },
  layout() {
    // cose, cytoscape's own force layout, runs on the main thread and is quadratic: only small graphs try it.
    if (graph.nodes.length > 2000) return Promise.resolve();
    const layout = cy.layout({ name: 'cose', animate: false });
    const done = layout.promiseOn('layoutstop');
    layout.run();
    return done.then(() => undefined);
  },
  exportPng: {
    graph: () => cy.png({ output: 'blob-promise', full: true, scale: 2 }),
    view: () => cy.png({ output: 'blob-promise', full: false, scale: 2 }),
  },
});
