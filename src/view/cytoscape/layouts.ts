// Cytoscape's options for each layout the toolbar offers (layouts.ts), and its layout extensions, registered once.
import cytoscape from 'cytoscape';
import type { LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import { HIERARCHY_GAPS, layeredLayout } from '../layout/layered';
import type { LayoutName } from '../../appearance/layouts';
import { packLayoutInput, type LayoutInput } from '../layout/layoutInput';

let registered = false;
export function registerLayoutExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}

const ANIMATION = { animate: true, animationDuration: 450, animationEasing: 'ease-in-out-cubic' } as const;

export function layoutOptions(name: LayoutName, animate: boolean): LayoutOptions {
  const motion = animate ? ANIMATION : { animate: false };
  const common = { fit: true, padding: 40, ...motion };
  switch (name) {
    case 'fcose':
      // fcose and dagre options are not in cytoscape's LayoutOptions union; the extensions read them.
      return {
        name: 'fcose',
        ...common,
        quality: 'default',
        randomize: true,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        nodeSeparation: 90,
      } as unknown as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 30,
        concentric: (n: cytoscape.NodeSingular) => n.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'hierarchical':
      return { name: 'dagre', ...common, rankDir: 'LR', ...HIERARCHY_GAPS } as unknown as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, avoidOverlap: true } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, condense: true } as LayoutOptions;
  }
}

/**
 * The hierarchical layout for graphs too big for dagre: layered.ts's positions for `nodes`, linked by `edges` (pairs
 * of indexes into `nodes`), as a preset layout, so it fits and animates like the others.
 */
export function layeredPreset(nodes: cytoscape.NodeCollection, edges: Uint32Array, animate: boolean): LayoutOptions {
  const sizes = Float32Array.from(nodes.map((n) => n.width()));
  const positions = layeredLayout(nodes.length, edges, HIERARCHY_GAPS, sizes);
  // Keyed by cytoscape id: always generated (n0, n1…), never a name from a file.
  const byId: Record<string, { x: number; y: number }> = Object.create(null) as Record<
    string,
    { x: number; y: number }
  >;
  nodes.forEach((n, i) => {
    byId[n.id()] = { x: positions[2 * i]!, y: positions[2 * i + 1]! };
  });
  return {
    name: 'preset',
    positions: byId,
    fit: true,
    padding: 40,
    ...(animate ? ANIMATION : { animate: false }),
  } as LayoutOptions;
}

/** The worker's input: the nodes' positions in collection order, and the edges between them (layoutInput.ts). */
export function layoutArrays(nodes: cytoscape.NodeCollection, edges: cytoscape.EdgeCollection): LayoutInput {
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    index.set(n.id(), i);
  });
  return packLayoutInput(
    nodes.length,
    (k) => nodes[k]!.position(),
    (visit) =>
      edges.forEach((e) => {
        visit(index.get(e.source().id()) ?? -1, index.get(e.target().id()) ?? -1);
      }),
  );
}
