// Maps the graphology model to cytoscape element definitions: the only place that knows both shapes.
import type { ElementDefinition } from 'cytoscape';
import type { StoryGraph } from '../model/graph';
import { isDisputed } from '../model/graph';
import { entityTypeInfo, relationTypeInfo } from '../model/vocabulary';

const MIN_SIZE = 22;
const MAX_SIZE = 56;

export function toElements(graph: StoryGraph): ElementDefinition[] {
  const maxDegree = Math.max(1, ...graph.mapNodes((key) => graph.degree(key)));
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key, entity) => {
    const info = entityTypeInfo(entity.type);
    // Size grows with connections so the story's hubs stand out; sqrt keeps leaves readable.
    const size = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(graph.degree(key) / maxDegree);
    elements.push({
      group: 'nodes',
      data: { id: key, label: entity.label, color: info.color, shape: info.shape, size, type: entity.type },
    });
  });
  graph.forEachEdge((key, relation, source, target) => {
    const info = relationTypeInfo(relation.type);
    const classes = [info.symmetric ? 'symmetric' : '', isDisputed(relation) ? 'disputed' : ''].filter(Boolean).join(' ');
    elements.push({ group: 'edges', data: { id: key, source, target, label: info.label, type: relation.type }, classes });
  });
  return elements;
}
