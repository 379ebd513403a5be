// What the user has selected, and the neighbourhood the view highlights around it.
import type { StoryGraph } from './graph';

export type Selection = { kind: 'entity'; id: string } | { kind: 'relation'; id: string };

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
  }
  return { nodes, edges };
}

export function selectionExists(graph: StoryGraph, selection: Selection | null): boolean {
  if (!selection) return false;
  return selection.kind === 'entity' ? graph.hasNode(selection.id) : graph.hasEdge(selection.id);
}
