// The drawing of a graph that both renderers start from: where each node begins, and its colour, shape, size and
// name (appearance.ts), each link's ends, direction, dispute mark, width, dash and caption (edgeLook.ts), in flat
// typed arrays indexed by node and edge number. The canvas renderer and the image export draw these arrays
// directly (walking memory in order instead of visiting objects); the cytoscape renderer turns them into its
// elements (elements.ts). Pure (no DOM), tested in Node.
import type { StoryGraph } from '../model/graph';
import type { Relation } from '../model/schema';
import { edgeLookOf, type EdgeEvidence, type EdgeLook } from '../appearance/edgeLook';
import type { Visibility } from '../model/filters';
import { graphNumbers, maskOf } from '../model/graphNumbers';
import { DEFAULT_APPEARANCE, encodeNodes, type NodeEncoding } from '../appearance/appearance';
import { spiralPosition } from './scale';
import { linkCentre } from './layout/layoutInput';
import type { Neighbourhood, Selection } from '../model/selection';
import { CONTEXT, EDGE_DISPUTED, EDGE_UNDIRECTED, SHOWN } from './edgeFlags';
import type { Highlight } from './types';
import { forEachInSlices, runAtOnce, runInSlices, type SlicedWork } from '../model/timeSlices';

export { CONTEXT, EDGE_DISPUTED, EDGE_UNDIRECTED, SHOWN };

export interface Scene {
  /** The graph drawn: nodes and edges are numbered in its order (model/graphNumbers.ts). */
  graph: StoryGraph;
  nodeKeys: string[];
  nodeIndex: Map<string, number>;
  x: Float64Array;
  y: Float64Array;
  /** Half the drawn size, model units. */
  radius: Float64Array;
  /** Index into `colours` / `shapes`: nodes are drawn in one path per colour. */
  colour: Uint16Array;
  colours: string[];
  shape: Uint8Array;
  shapes: string[];
  labels: string[];
  /** "+N" where N neighbours are not loaded from the server (badges.ts); empty for none. */
  badges: string[];
  edgeKeys: string[];
  edgeIndex: Map<string, number>;
  source: Uint32Array;
  target: Uint32Array;
  /** EDGE_DISPUTED | EDGE_UNDIRECTED bits. */
  edgeFlags: Uint8Array;
  /** Index into `edgeStyles`: edges are stroked in one pass per look (width, dash and modality, edgeLook.ts). */
  edgeStyle: Uint8Array;
  edgeStyles: EdgeLook[];
  /** The relation type's label, for the selected edges' captions. */
  edgeLabels: string[];
  /**
   * SHOWN where the filters show the node / edge, CONTEXT where it is shown faded for context, 0 where hidden (an
   * edge is drawn only when it and both its ends are drawn).
   */
  nodeShown: Uint8Array;
  edgeShown: Uint8Array;
  /** Whether every node had a position (an earlier drawing's or the file's): no layout need run. */
  placed: boolean;
}

/**
 * What drawing a scene reads (canvas/draw.ts, the image export): its arrays, without the graph, keys and indexes,
 * which an image worker is not sent.
 */
export type DrawnScene = Pick<
  Scene,
  | 'x'
  | 'y'
  | 'radius'
  | 'colour'
  | 'colours'
  | 'shape'
  | 'shapes'
  | 'labels'
  | 'source'
  | 'target'
  | 'edgeFlags'
  | 'edgeStyle'
  | 'edgeStyles'
  | 'edgeLabels'
  | 'nodeShown'
  | 'edgeShown'
>;

/**
 * Builds the scene. Positions come from `known` (an earlier drawing of this graph), then the file, then a
 * golden-angle spiral (instant, evenly spread) for the force layout to start from.
 */
export function buildScene(
  graph: StoryGraph,
  known?: Map<string, { x: number; y: number }>,
  encoding: NodeEncoding = encodeNodes(graph, DEFAULT_APPEARANCE),
): Scene {
  const ready = known ? undefined : prepared.get(graph);
  if (ready) {
    // Made ahead in slices (prepareSceneInSlices): only the looks, which depend on the appearance, are left.
    prepared.delete(graph);
    // Styled ahead too when the appearance then was the one asked now (the default, for a graph just opened).
    if (encoding.looksKey === undefined || styledAhead.get(ready) !== encoding.looksKey) restyleScene(ready, encoding);
    return ready;
  }
  const scene = emptyScene(graph);
  let i = 0;
  let spiral = 0;
  graph.forEachNode((key, entity) => {
    placeNode(scene, i++, key, known?.get(key) ?? entity.position, () => spiralPosition(spiral++));
  });
  restyleScene(scene, encoding);
  const styleOf = edgeStyler(scene);
  const relations = new Array<Relation>(graph.size);
  let j = 0;
  graph.forEachEdge((key, relation, source, target) => {
    placeEdge(scene, j, key, relation, scene.nodeIndex.get(source)!, scene.nodeIndex.get(target)!, styleOf);
    relations[j++] = relation;
  });
  drawnRelations.set(scene, relations);
  return scene;
}

/** Scenes made ahead of their graph's first drawing, by graph; taken (and forgotten) by buildScene. */
const prepared = new WeakMap<StoryGraph, Scene>();

/**
 * Makes the scene of a graph about to be shown, in slices with the page answering between them (at 200,000
 * entities and 400,000 relations one pass takes about half a second): buildScene then only adds the looks.
 * Positions come from the file, or the spiral, as for a graph drawn the first time.
 */
export async function prepareSceneInSlices(graph: StoryGraph): Promise<void> {
  const scene = emptyScene(graph);
  // The graph's numbers (made with it by buildGraphInSlices) hold its keys, records and ends in its order: asking
  // graphology for each link's record and ends instead took about half of this pass.
  const { nodeKeys, entities, edgeKeys, relations, source, target } = graphNumbers(graph);
  let spiral = 0;
  await forEachInSlices(nodeKeys.length, (i) => {
    placeNode(scene, i, nodeKeys[i]!, entities[i]!.position, () => spiralPosition(spiral++));
  });
  const styleOf = edgeStyler(scene);
  await forEachInSlices(edgeKeys.length, (j) => {
    placeEdge(scene, j, edgeKeys[j]!, relations[j]!, source[j]!, target[j]!, styleOf);
  });
  drawnRelations.set(scene, relations);
  // The looks for the default appearance, which a graph opened is first shown in: the hand-over then skips them
  // (some 50-130 ms at 200,000 entities, in the task that commits the graph to every panel).
  const encoding = encodeNodes(graph, DEFAULT_APPEARANCE);
  await runInSlices(restyleSteps(scene, encoding));
  if (encoding.looksKey !== undefined) styledAhead.set(scene, encoding.looksKey);
  prepared.set(graph, scene);
}

/** The looks key (appearance.ts, NodeEncoding) of the looks a prepared scene was given ahead. */
const styledAhead = new WeakMap<Scene, string>();

function emptyScene(graph: StoryGraph): Scene {
  const n = graph.order;
  const m = graph.size;
  return {
    graph,
    nodeKeys: new Array<string>(n),
    nodeIndex: new Map(),
    x: new Float64Array(n),
    y: new Float64Array(n),
    radius: new Float64Array(n),
    colour: new Uint16Array(n),
    colours: [],
    shape: new Uint8Array(n),
    shapes: [],
    labels: new Array<string>(n),
    badges: new Array<string>(n),
    edgeKeys: new Array<string>(m),
    edgeIndex: new Map(),
    source: new Uint32Array(m),
    target: new Uint32Array(m),
    edgeFlags: new Uint8Array(m),
    edgeStyle: new Uint8Array(m),
    edgeStyles: [],
    edgeLabels: new Array<string>(m),
    nodeShown: new Uint8Array(n).fill(1),
    edgeShown: new Uint8Array(m).fill(1),
    placed: true,
  };
}

/** Node number i: its key and position (`spiral` gives one to a node that has none). */
function placeNode(
  scene: Scene,
  i: number,
  key: string,
  position: { x: number; y: number } | undefined,
  spiral: () => { x: number; y: number },
): void {
  scene.nodeKeys[i] = key;
  scene.nodeIndex.set(key, i);
  let p = position;
  if (!p) {
    p = spiral();
    scene.placed = false;
  }
  scene.x[i] = p.x;
  scene.y[i] = p.y;
}

/** Link number j: its key, its ends' node numbers, and its look. */
function placeEdge(
  scene: Scene,
  j: number,
  key: string,
  relation: Relation,
  source: number,
  target: number,
  styleOf: (look: EdgeLook) => number,
): void {
  scene.edgeKeys[j] = key;
  scene.edgeIndex.set(key, j);
  scene.source[j] = source;
  scene.target[j] = target;
  lookEdge(scene, j, relation, scene.graph, styleOf);
}

/** The relation each link of a scene was drawn from, by link number: what patchScene compares an edit with. */
const drawnRelations = new WeakMap<Scene, readonly Relation[]>();

/**
 * Makes the scene draw `graph`, an edit of the graph it draws that kept every node and link where it was (same
 * keys, same order, same ends: a renamed entity, a changed claim), without building it again: positions, what is
 * shown and the arrays stay; names, colours and sizes come from the encoding, and the links whose relation changed
 * get their look again (every link when the sources or the vocabulary changed, since evidence and type labels
 * follow from them). Returns false, changing nothing, when the edit added, removed or reconnected anything.
 */
export function patchScene(
  scene: Scene,
  graph: StoryGraph,
  encoding: NodeEncoding = encodeNodes(graph, DEFAULT_APPEARANCE),
): boolean {
  if (graph.order !== scene.nodeKeys.length || graph.size !== scene.edgeKeys.length) return false;
  let i = 0;
  if (!graph.everyNode((key) => scene.nodeKeys[i++] === key)) return false;
  let j = 0;
  const sameEdges = graph.everyEdge((key, _relation, source, target) => {
    const k = j++;
    return (
      scene.edgeKeys[k] === key &&
      scene.source[k] === scene.nodeIndex.get(source) &&
      scene.target[k] === scene.nodeIndex.get(target)
    );
  });
  if (!sameEdges) return false;
  const before = scene.graph;
  // The relations drawn, kept aside: reading the earlier graph could make it build its tables again (graphEdit.ts).
  const drawn = drawnRelations.get(scene);
  const everyEdge =
    !drawn ||
    before.getAttribute('sources') !== graph.getAttribute('sources') ||
    before.getAttribute('styles') !== graph.getAttribute('styles');
  const styleOf = edgeStyler(scene);
  const relations = new Array<Relation>(graph.size);
  j = 0;
  graph.forEachEdge((_key, relation) => {
    const k = j++;
    relations[k] = relation;
    if (everyEdge || drawn[k] !== relation) lookEdge(scene, k, relation, graph, styleOf);
  });
  drawnRelations.set(scene, relations);
  scene.graph = graph;
  restyleScene(scene, encoding);
  return true;
}

/** Link number j's direction, dispute mark, look and caption, from its relation. */
function lookEdge(
  scene: Scene,
  j: number,
  relation: Relation,
  graph: StoryGraph,
  styleOf: (look: EdgeLook) => number,
): void {
  const info = graph.getAttribute('styles').relation(relation.type);
  const look = edgeLookOf(relation, graph);
  scene.edgeFlags[j] =
    (look.disputed ? EDGE_DISPUTED : 0) | (info.symmetric || !relation.directed ? EDGE_UNDIRECTED : 0);
  scene.edgeStyle[j] = styleOf(look);
  scene.edgeLabels[j] = info.label;
}

/** The scene's style number for a look, adding the look the first time it is seen. */
function edgeStyler(scene: Scene): (look: EdgeLook) => number {
  // Looks are shared objects, a few dozen at most (edgeLook.ts): one map lookup per edge.
  const styleOfLook = new Map<EdgeLook, number>(scene.edgeStyles.map((look, i) => [look, i]));
  return (look) => {
    let style = styleOfLook.get(look);
    if (style === undefined) {
      style = scene.edgeStyles.length;
      scene.edgeStyles.push(look);
      styleOfLook.set(look, style);
    }
    return style;
  };
}

/**
 * Draws each link by the evidence `evidence` gives it (under "known by", only the claims out by then), or by its
 * whole evidence again when null. Returns whether any link changed.
 */
export function restyleEdges(scene: Scene, graph: StoryGraph, evidence: EdgeEvidence | null): boolean {
  const styleOf = edgeStyler(scene);
  let changed = false;
  scene.edgeKeys.forEach((key, j) => {
    const style = styleOf(edgeLookOf(graph.getEdgeAttributes(key), graph, evidence ?? undefined));
    if (scene.edgeStyle[j] !== style) {
      scene.edgeStyle[j] = style;
      changed = true;
    }
  });
  return changed;
}

/** Gives every node the colour, shape, size and label of the encoding (on building, and when the appearance changes). */
export function restyleScene(scene: Scene, encoding: NodeEncoding): void {
  runAtOnce(restyleSteps(scene, encoding));
}

/** How many nodes are styled between two looks at the clock, when styled in slices. */
const RESTYLE_STEP = 512;

function* restyleSteps(scene: Scene, encoding: NodeEncoding): SlicedWork<void> {
  scene.colours.length = 0;
  scene.shapes.length = 0;
  const colourIndex = new Map<string, number>();
  const shapeIndex = new Map<string, number>();
  const intern = (table: Map<string, number>, list: string[], value: string) => {
    let i = table.get(value);
    if (i === undefined) {
      i = list.length;
      list.push(value);
      table.set(value, i);
    }
    return i;
  };
  const keys = scene.nodeKeys;
  for (let i = 0; i < keys.length; i++) {
    const look = encoding.look(keys[i]!);
    scene.radius[i] = look.size / 2;
    scene.colour[i] = intern(colourIndex, scene.colours, look.colour);
    scene.shape[i] = intern(shapeIndex, scene.shapes, look.shape);
    scene.labels[i] = look.label;
    scene.badges[i] = look.badge;
    if (i % RESTYLE_STEP === RESTYLE_STEP - 1) yield;
  }
}

/** Applies the filters' result; returns whether anything changed (nothing to redraw otherwise). */
export function applyVisibility(scene: Scene, visibility: Visibility): boolean {
  const changed = applyVisibilityChanges(scene, visibility);
  return changed.nodes || changed.edges;
}

/** The node sets last applied to each scene: a time brush hands the same ones back at every step. */
const appliedNodes = new WeakMap<Scene, { nodes: ReadonlySet<string>; context?: ReadonlySet<string> }>();

/** Applies the filters' result; says whether nodes and whether edges changed (a change of edges alone is cheaper to draw). */
export function applyVisibilityChanges(
  scene: Scene,
  { nodes, edges, context }: Visibility,
): {
  nodes: boolean;
  edges: boolean;
} {
  let nodesChanged = false;
  const applied = appliedNodes.get(scene);
  // Sets the filters made come with a mask by number: a filter click or a brush step then reads 600,000 items at
  // 200k without a key lookup. Other sets (an ego view's) are turned into masks through their own keys.
  const nodeIn = membership(nodes, scene.graph, scene.nodeKeys, scene.nodeIndex);
  const edgeIn = membership(edges, scene.graph, scene.edgeKeys, scene.edgeIndex);
  const nodeInContext = context ? membership(context.nodes, scene.graph, scene.nodeKeys, scene.nodeIndex) : null;
  const edgeInContext = context ? membership(context.edges, scene.graph, scene.edgeKeys, scene.edgeIndex) : null;
  // Sets are never changed once made (model/filters.ts), so the same ones mean the same nodes.
  if (!applied || applied.nodes !== nodes || applied.context !== context?.nodes) {
    const { nodeShown } = scene;
    for (let i = 0; i < nodeShown.length; i++) {
      const shown = nodeIn[i] ? SHOWN : nodeInContext?.[i] ? CONTEXT : 0;
      if (nodeShown[i] !== shown) {
        nodeShown[i] = shown;
        nodesChanged = true;
      }
    }
    appliedNodes.set(scene, context ? { nodes, context: context.nodes } : { nodes });
  }
  let edgesChanged = false;
  const { nodeShown, edgeShown, source, target } = scene;
  for (let j = 0; j < edgeShown.length; j++) {
    const ends = nodeShown[source[j]!] && nodeShown[target[j]!];
    const shown = !ends ? 0 : edgeIn[j] ? SHOWN : edgeInContext?.[j] ? CONTEXT : 0;
    if (edgeShown[j] !== shown) {
      edgeShown[j] = shown;
      edgesChanged = true;
    }
  }
  return { nodes: nodesChanged, edges: edgesChanged };
}

/** 1 per item number in the set: the filters' own mask when they made it for this graph, else one made by key. */
function membership(
  set: ReadonlySet<string>,
  graph: StoryGraph,
  keys: readonly string[],
  index: ReadonlyMap<string, number>,
): Uint8Array {
  const mask = maskOf(set, graph);
  if (mask && mask.length === keys.length) return mask;
  const made = new Uint8Array(keys.length);
  // Through the set's own keys when the scene has its index (an ego view's few keys), else key by key.
  if (index.size === keys.length)
    for (const key of set) {
      const i = index.get(key);
      if (i !== undefined) made[i] = 1;
    }
  else for (let i = 0; i < keys.length; i++) if (set.has(keys[i]!)) made[i] = 1;
  return made;
}

/** The topmost shown node whose disc contains the model point (later nodes are drawn on top), or -1. */
export function nodeAt(scene: Scene, x: number, y: number, slack = 0): number {
  for (let i = scene.nodeKeys.length - 1; i >= 0; i--) {
    if (!scene.nodeShown[i]) continue;
    const dx = scene.x[i]! - x;
    const dy = scene.y[i]! - y;
    const r = scene.radius[i]! + slack;
    if (dx * dx + dy * dy <= r * r) return i;
  }
  return -1;
}

/** The shown edge nearest the model point within `tolerance`, or -1. */
export function edgeAt(scene: Scene, x: number, y: number, tolerance: number): number {
  let best = -1;
  let bestDistance = tolerance * tolerance;
  for (let j = 0; j < scene.edgeKeys.length; j++) {
    if (!scene.edgeShown[j]) continue;
    const s = scene.source[j]!;
    const t = scene.target[j]!;
    const d = segmentDistanceSquared(x, y, scene.x[s]!, scene.y[s]!, scene.x[t]!, scene.y[t]!);
    if (d <= bestDistance) {
      bestDistance = d;
      best = j;
    }
  }
  return best;
}

function segmentDistanceSquared(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  const cx = ax + t * dx - px;
  const cy = ay + t * dy - py;
  return cx * cx + cy * cy;
}

/** Model-space bounds of the shown nodes, their discs included; null when nothing is shown. */
export function shownBounds(
  scene: Pick<Scene, 'x' | 'y' | 'radius' | 'nodeShown'>,
): { x1: number; y1: number; x2: number; y2: number } | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let i = 0; i < scene.x.length; i++) {
    if (!scene.nodeShown[i]) continue;
    const r = scene.radius[i]!;
    x1 = Math.min(x1, scene.x[i]! - r);
    y1 = Math.min(y1, scene.y[i]! - r);
    x2 = Math.max(x2, scene.x[i]! + r);
    y2 = Math.max(y2, scene.y[i]! + r);
  }
  return Number.isFinite(x1) ? { x1, y1, x2, y2 } : null;
}

/** A node's position, or an edge's midpoint, in model coordinates. */
export function elementCentre(scene: Scene, kind: 'node' | 'edge', index: number): { x: number; y: number } {
  if (kind === 'node') return { x: scene.x[index]!, y: scene.y[index]! };
  const s = scene.source[index]!;
  const t = scene.target[index]!;
  return linkCentre({ x: scene.x[s]!, y: scene.y[s]! }, { x: scene.x[t]!, y: scene.y[t]! });
}

/** What to highlight for a selection: it and its neighbourhood, by index; null when the selection is not in the scene. */
export function highlightOf(scene: Scene, selection: Selection | null, neighbours: Neighbourhood): Highlight | null {
  if (!selection || (selection.kind === 'source' && neighbours.edges.size === 0)) return null;
  // A source is no element of the scene: only what leans on it is marked.
  const index =
    selection.kind === 'source'
      ? -1
      : (selection.kind === 'entity' ? scene.nodeIndex : scene.edgeIndex).get(selection.id);
  if (index === undefined) return null;
  const marks: Highlight = {
    node: selection.kind === 'entity' ? index : -1,
    edge: selection.kind === 'relation' ? index : -1,
    nodes: new Uint8Array(scene.nodeKeys.length),
    edges: new Uint8Array(scene.edgeKeys.length),
  };
  for (const key of neighbours.nodes) {
    const i = scene.nodeIndex.get(key);
    if (i !== undefined) marks.nodes[i] = 1;
  }
  for (const key of neighbours.edges) {
    const j = scene.edgeIndex.get(key);
    if (j !== undefined) marks.edges[j] = 1;
  }
  return marks;
}
