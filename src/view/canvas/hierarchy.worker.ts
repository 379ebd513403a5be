// The hierarchical layout (dagre) for big graphs, off the main thread: dagre takes tens of seconds at 10k nodes.
// cytoscape runs headless here, without styles (so every node is a point to dagre): the gaps between nodes and
// ranks are widened by the biggest node's size instead, so nothing overlaps.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';

export interface HierarchyRequest {
  /** Node diameters, model units; node i is n<i>. */
  sizes: Float32Array;
  /** source0, target0, source1…: node indexes. */
  edges: Uint32Array;
}

cytoscape.use(dagre);

self.addEventListener('message', (event: MessageEvent<HierarchyRequest>) => {
  const { sizes, edges } = event.data;
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < sizes.length; i++) elements.push({ group: 'nodes', data: { id: `n${i}` } });
  for (let k = 0; k + 1 < edges.length; k += 2) elements.push({ group: 'edges', data: { id: `e${k}`, source: `n${edges[k]}`, target: `n${edges[k + 1]}` } });
  const cy = cytoscape({ headless: true, styleEnabled: false, elements });
  let biggest = 0;
  for (const size of sizes) biggest = Math.max(biggest, size);
  const options = { name: 'dagre', animate: false, fit: false, rankDir: 'LR', nodeSep: 25 + biggest, rankSep: 110 + biggest };
  cy.layout(options as unknown as cytoscape.LayoutOptions).run();
  const positions = new Float64Array(2 * sizes.length);
  cy.nodes().forEach((node) => {
    const i = Number(node.id().slice(1));
    positions[2 * i] = node.position('x');
    positions[2 * i + 1] = node.position('y');
  });
  self.postMessage(positions, { transfer: [positions.buffer] });
});
