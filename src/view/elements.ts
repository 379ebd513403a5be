// Maps the graphology model to cytoscape element definitions: the only place that knows both shapes.
import type { ElementDefinition } from 'cytoscape';
import type { StoryGraph } from '../model/graph';
import { edgeLookOf } from './edgeLook';
import { DEFAULT_APPEARANCE, encodeNodes, type NodeEncoding } from './appearance';

/** True when the file gave every entity a position, so no layout needs to run. */
export function hasPositions(graph: StoryGraph): boolean {
  return graph.order > 0 && graph.everyNode((_key, entity) => entity.position !== undefined);
}

/**
 * Model ids can be anything a file holds ("constructor", "__proto__", quotes, a node and an edge sharing an id),
 * and layout extensions keep ids in plain objects. So cytoscape gets generated ids (n0, e0...) and every element
 * carries its model id as data.key.
 */
export interface ElementIds {
  nodes: Map<string, string>;
  edges: Map<string, string>;
}

export function toElements(
  graph: StoryGraph,
  encoding: NodeEncoding = encodeNodes(graph, DEFAULT_APPEARANCE),
): { elements: ElementDefinition[]; ids: ElementIds } {
  const styles = graph.getAttribute('styles');
  const elements: ElementDefinition[] = [];
  const ids: ElementIds = { nodes: new Map(), edges: new Map() };
  graph.forEachNode((key, entity) => {
    const id = `n${ids.nodes.size}`;
    ids.nodes.set(key, id);
    const look = encoding.look(key);
    elements.push({
      group: 'nodes',
      data: { id, key, label: look.label, color: look.colour, shape: look.shape, size: look.size, type: entity.type },
      ...(entity.position ? { position: { x: entity.position.x, y: entity.position.y } } : {}),
    });
  });
  graph.forEachEdge((key, relation, source, target) => {
    const info = styles.relation(relation.type);
    const look = edgeLookOf(relation, graph);
    // No class for what happened: the plain line is the default, and most imported edges are that.
    let classes = info.symmetric || !relation.directed ? 'symmetric' : '';
    if (look.disputed) classes += ' disputed';
    if (look.modality !== 'happened') classes += ` m-${look.modality}`;
    const id = `e${ids.edges.size}`;
    ids.edges.set(key, id);
    const ends = { source: ids.nodes.get(source)!, target: ids.nodes.get(target)! };
    elements.push({
      group: 'edges',
      data: { id, key, ...ends, label: info.label, type: relation.type, width: look.width },
      classes: classes.trim(),
    });
  });
  return { elements, ids };
}
