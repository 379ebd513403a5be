// Turns the scene (scene.ts: the drawing both renderers start from) into cytoscape element definitions, so the
// cytoscape renderer draws the very positions, colours, shapes, sizes, names and line looks the canvas renderer
// draws. The only place that knows both shapes.
import type { ElementDefinition } from 'cytoscape';
import { EDGE_DISPUTED, EDGE_UNDIRECTED } from './edgeFlags';
import type { Scene } from './scene';

/**
 * Model ids can be anything a file holds ("constructor", "__proto__", quotes, a node and an edge sharing an id),
 * and layout extensions keep ids in plain objects. So cytoscape gets generated ids (n0, e0...) and every element
 * carries its model id as data.key.
 */
export interface ElementIds {
  nodes: Map<string, string>;
  edges: Map<string, string>;
}

/** Cytoscape ids by number, so the ids of node i and edge j are `n${i}` and `e${j}`. */
export function toElements(scene: Scene): { elements: ElementDefinition[]; ids: ElementIds } {
  const { graph } = scene;
  const elements: ElementDefinition[] = [];
  const ids: ElementIds = { nodes: new Map(), edges: new Map() };
  scene.nodeKeys.forEach((key, i) => {
    const id = `n${i}`;
    ids.nodes.set(key, id);
    const data = {
      id,
      key,
      label: scene.labels[i],
      color: scene.colours[scene.colour[i]!],
      shape: scene.shapes[scene.shape[i]!],
      size: scene.radius[i]! * 2,
      type: graph.getNodeAttribute(key, 'type'),
    };
    elements.push({ group: 'nodes', data, position: { x: scene.x[i]!, y: scene.y[i]! } });
  });
  scene.edgeKeys.forEach((key, j) => {
    const id = `e${j}`;
    ids.edges.set(key, id);
    const look = scene.edgeStyles[scene.edgeStyle[j]!]!;
    const flags = scene.edgeFlags[j]!;
    // No class for what happened: the plain line is the default, and most imported edges are that.
    const classes = [
      flags & EDGE_UNDIRECTED ? 'symmetric' : '',
      flags & EDGE_DISPUTED ? 'disputed' : '',
      look.modality !== 'happened' ? `m-${look.modality}` : '',
    ];
    const ends = { source: `n${scene.source[j]}`, target: `n${scene.target[j]}` };
    const data = {
      id,
      key,
      ...ends,
      label: scene.edgeLabels[j],
      type: graph.getEdgeAttribute(key, 'type'),
      width: look.width,
    };
    elements.push({ group: 'edges', data, classes: classes.filter(Boolean).join(' ') });
  });
  return { elements, ids };
}
