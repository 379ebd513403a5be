// What the user has selected, and the neighbourhood the view highlights around it. A source is selected from the
// evidence panels; the graph then highlights what would lose its support if that source were wrong.
import type { StoryGraph } from './graph';
import { dependantsOf } from './evidence';

export type Selection =
  { kind: 'entity'; id: string } | { kind: 'relation'; id: string } | { kind: 'source'; id: string };

export interface Neighbourhood {
  nodes: Set<string>;
  edges: Set<string>;
}

/** The selected element, its adjacent relations and the entities at their other ends. */
export function neighbourhood(graph: StoryGraph, selection: Selection | null): Neighbourhood {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (!selection) return { nodes, edges };
  if (selection.kind === 'entity' && graph.hasNode(selection.id)) {
    nodes.add(selection.id);
    graph.forEachEdge(selection.id, (edge, _attrs, source, target) => {
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    });
  } else if (selection.kind === 'relation' && graph.hasEdge(selection.id)) {
    edges.add(selection.id);
    nodes.add(graph.source(selection.id));
    nodes.add(graph.target(selection.id));
  } else if (selection.kind === 'source') {
    const index = graph.getAttribute('sourceIndex');
    if (!index.byId.has(selection.id)) return { nodes, edges };
    const { unsupported } = dependantsOf(
      selection.id,
      graph.mapEdges((_k, r) => r),
      index,
    );
    for (const edge of unsupported) {
      if (!graph.hasEdge(edge)) continue;
      edges.add(edge);
      nodes.add(graph.source(edge));
      nodes.add(graph.target(edge));
    }
  }
  return { nodes, edges };
}
