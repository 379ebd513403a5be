// cytoscape-fcose ships without type declarations.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const ext: Ext;
  export default ext;
}
// graphology-layout-forceatlas2's iteration step and helpers are plain CommonJS modules without declarations.
declare module 'graphology-layout-forceatlas2/iterate' {
  const iterate: (settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array) => void;
  export default iterate;
}
declare module 'graphology-layout-forceatlas2/helpers' {
  import type Graph from 'graphology';
  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: () => number,
  ): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
}
declare module 'graphology-layout-forceatlas2/defaults' {
  const defaults: Record<string, unknown>;
  export default defaults;
}
