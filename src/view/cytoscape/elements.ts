// Turns the scene (scene.ts: the drawing both renderers start from) into cytoscape element definitions, so the
// cytoscape renderer draws the very positions, colours, shapes, sizes, names and line looks the canvas renderer
// draws. The only place that knows both shapes.
import type { ElementDefinition } from 'cytoscape';
import { EDGE_DISPUTED, EDGE_UNDIRECTED } from '../edgeFlags';
import type { Scene } from '../scene';

/**
 * Model ids can be anything a file holds ("constructor", "__proto__", quotes, a node and an edge sharing an id),
 * and layout extensions keep ids in plain objects. So cytoscape gets generated ids (n0, e0...) and every element
 * carries its model id as data.key.
 */
export interface ElementIds {
  nodes: Map<string, string>;
  edges: Map<string, string>;
}

/** What cytoscape's stylesheet reads of node i (stylesheet.ts): its look and its model key and type. */
export function nodeData(scene: Scene, i: number) {
  const key = scene.nodeKeys[i]!;
  return {
    id: `n${i}`,
    key,
    label: scene.labels[i],
    color: scene.colours[scene.colour[i]!],
    shape: scene.shapes[scene.shape[i]!],
    size: scene.radius[i]! * 2,
    type: scene.graph.getNodeAttribute(key, 'type'),
  };
}

/** The classes that give edge j its line in cytoscape's stylesheet: direction, dispute and modality. */
export function edgeClasses(scene: Scene, j: number): string {
  const flags = scene.edgeFlags[j]!;
  const { modality } = scene.edgeStyles[scene.edgeStyle[j]!]!;
  // No class for what happened: the plain line is the default, and most imported edges are that.
  const classes = [
    flags & EDGE_UNDIRECTED ? 'symmetric' : '',
    flags & EDGE_DISPUTED ? 'disputed' : '',
    modality !== 'happened' ? `m-${modality}` : '',
  ];
  return classes.filter(Boolean).join(' ');
}

/** Cytoscape ids by number: node i is `n${i}` and edge j is `e${j}`. */
export function toElements(scene: Scene): { elements: ElementDefinition[]; ids: ElementIds } {
  const elements: ElementDefinition[] = [];
  const ids: ElementIds = { nodes: new Map(), edges: new Map() };
  scene.nodeKeys.forEach((key, i) => {
    const data = nodeData(scene, i);
    ids.nodes.set(key, data.id);
    elements.push({ group: 'nodes', data, position: { x: scene.x[i]!, y: scene.y[i]! } });
  });
  scene.edgeKeys.forEach((key, j) => {
    const id = `e${j}`;
    ids.edges.set(key, id);
    const data = {
      id,
      key,
      source: `n${scene.source[j]}`,
      target: `n${scene.target[j]}`,
      label: scene.edgeLabels[j],
      type: scene.graph.getEdgeAttribute(key, 'type'),
      width: scene.edgeStyles[scene.edgeStyle[j]!]!.width,
    };
    elements.push({ group: 'edges', data, classes: edgeClasses(scene, j) });
  });
  return { elements, ids };
}
