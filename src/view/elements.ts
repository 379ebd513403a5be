// Maps the graphology model to cytoscape element definitions: the only place that knows both shapes.
import type { ElementDefinition } from 'cytoscape';
import type { StoryGraph } from '../model/graph';
import { isDisputed } from '../model/graph';

const MIN_SIZE = 22;
const MAX_SIZE = 56;

/** True when the file gave every entity a position, so no layout needs to run. */
export function hasPositions(graph: StoryGraph): boolean {
  return graph.order > 0 && graph.everyNode((_key, entity) => entity.position !== undefined);
}

export function toElements(graph: StoryGraph): ElementDefinition[] {
  const styles = graph.getAttribute('styles');
  const maxDegree = Math.max(1, ...graph.mapNodes((key) => graph.degree(key)));
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key, entity) => {
    const info = styles.entity(entity.type);
    // Size grows with connections so the story's hubs stand out; sqrt keeps leaves readable.
    const size = entity.size ?? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(graph.degree(key) / maxDegree);
    elements.push({
      group: 'nodes',
      data: { id: key, label: entity.label, color: entity.color ?? info.color, shape: info.shape, size, type: entity.type },
      ...(entity.position ? { position: { x: entity.position.x, y: entity.position.y } } : {}),
    });
  });
  graph.forEachEdge((key, relation, source, target) => {
    const info = styles.relation(relation.type);
    const classes = [info.symmetric || !relation.directed ? 'symmetric' : '', isDisputed(relation) ? 'disputed' : ''].filter(Boolean).join(' ');
    elements.push({ group: 'edges', data: { id: key, source, target, label: info.label, type: relation.type }, classes });
  });
  return elements;
}
