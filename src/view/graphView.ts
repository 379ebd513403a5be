// The view behind a small framework-free interface: create it on a container, feed it a graph, visibility and
// selection, and destroy it. React only holds the handle (see ui/GraphCanvas). It picks the renderer per graph:
// cytoscape with every detail for story-sized graphs, the canvas renderer for big ones (see bench/README.md for
// why), and remembers each graph's drawing so restoring an earlier graph shows the same picture.
import type { EdgeEvidence } from '../appearance/edgeLook';
import type { StoryGraph } from '../model/graph';
import type { Visibility } from '../model/filters';
import type { Selection } from '../model/selection';
import type { LayoutName } from '../appearance/layouts';
import type { NodeEncoding } from '../appearance/appearance';
import type { LayoutProgress } from './layout/workerLayout';
import type { DrawingControls, Renderer, RendererCallbacks } from './renderer';
import { framingAround, framingOf, isFraming, type Camera, type Framing } from '../appearance/camera';
import type { Scene } from './scene';
import { createCanvasView } from './canvas/canvasView';
import { isLarge } from './scale';
import { placeNewNodes } from './layout/placeNewNodes';
import { loadCytoscapeRenderer, loadedCytoscapeRenderer } from './cytoscape/loader';
import type { DrawnLabel, Move, Point, Viewport } from './types';

export type { LayoutProgress } from './layout/workerLayout';
export type { Move, Point } from './types';
export type { Camera, Framing } from '../appearance/camera';

/** The renderers' callbacks (renderer.ts), optional but for onSelect; the camera comes as the part of the model in view. */
export type GraphViewCallbacks = Pick<RendererCallbacks, 'onSelect'> &
  Partial<Omit<RendererCallbacks, 'onSelect' | 'onCamera'>> & {
    /** Called when the camera comes to rest after a pan or zoom, with the part of the model in view. */
    onCamera?(framing: Framing): void;
  };

/** 'auto' draws big graphs on the canvas; the others force one renderer (for comparisons in the benchmark). */
export type RendererChoice = 'auto' | 'cytoscape' | 'canvas';

/** The view: the drawing controls of whichever renderer draws the graph, and the choice between renderers. */
export interface GraphView extends DrawingControls {
  /** Draws the graph, its nodes as `encoding` says (by default: coloured by type, sized by degree). */
  setGraph(graph: StoryGraph, layout: LayoutName, encoding?: NodeEncoding, editOf?: StoryGraph): void;
  /** Draws each link's width by this evidence (under "known by": the claims out by then); null: by all of it. */
  setEdgeEvidence(evidence: EdgeEvidence | null): void;
  /** Listens to layout progress (as GraphViewCallbacks.onLayoutProgress); returns the function that stops listening. */
  onLayoutProgress(listener: (progress: LayoutProgress) => void): () => void;
  /** The node names and link captions drawn now, by graph key, in pixels relative to the container (tests). */
  drawnLabels(): DrawnLabel[];
  /** Moves the camera; `keep`: entities (a link's path or selection) to show whole, widening the view if need be. */
  setCamera(camera: Camera | Framing, animate: boolean, keep?: ReadonlySet<string>): void;
  /** The camera (model to screen pixels) and the drawing's size; null before a graph is drawn. */
  viewport(): Viewport | null;
  /** The scene the canvas renderer draws (not to be changed), or null under cytoscape. */
  scene(): Scene | null;
  /** Which renderer draws the current graph. */
  renderer(): 'cytoscape' | 'canvas' | null;
}

export function createGraphView(
  container: HTMLElement,
  callbacks: GraphViewCallbacks,
  choice: RendererChoice = 'auto',
): GraphView {
  const listeners = new Set<(progress: LayoutProgress) => void>();
  if (callbacks.onLayoutProgress) listeners.add(callbacks.onLayoutProgress);
  const rendererCallbacks = {
    onSelect: (selection: Selection | null) => callbacks.onSelect(selection),
    onExpand: (id: string) => callbacks.onExpand?.(id),
    onLayoutProgress: (progress: LayoutProgress) => listeners.forEach((listener) => listener(progress)),
    onMoved: (move: Move) => callbacks.onMoved?.(move),
    onCamera: (camera: Camera) => {
      const drawn = active?.renderer.viewport();
      if (drawn) callbacks.onCamera?.(framingOf(camera, drawn.width, drawn.height));
    },
    onNodeMenu: (id: string, at: Point) => callbacks.onNodeMenu?.(id, at),
  };
  const remembered = new WeakMap<StoryGraph, Map<string, { x: number; y: number }>>();
  /** Which graph each edited graph was made from (an undo goes back to it). */
  const editedFrom = new WeakMap<StoryGraph, StoryGraph>();
  let active: { kind: 'cytoscape' | 'canvas'; renderer: Renderer } | null = null;
  let shownGraph: StoryGraph | null = null;
  /** A graph waiting for the cytoscape renderer's code; what it was asked meanwhile is applied once it is drawn. */
  let waiting: {
    graph: StoryGraph;
    layout: LayoutName;
    encoding?: NodeEncoding;
    visibility?: Visibility;
    selection?: Parameters<Renderer['showSelection']>;
    positions?: ReadonlyMap<string, Point>;
    pinned?: ReadonlySet<string>;
    camera?: Camera | Framing;
    keep?: ReadonlySet<string>;
  } | null = null;
  let destroyed = false;

  function kindFor(graph: StoryGraph): 'cytoscape' | 'canvas' {
    // A big graph is always the canvas renderer's: cytoscape has no mode for it (asking for it by name draws a
    // story-sized graph only).
    if (isLarge(graph.order, graph.size)) return 'canvas';
    return choice === 'auto' ? 'cytoscape' : choice;
  }

  function rendererOf(kind: 'cytoscape' | 'canvas'): Renderer {
    if (active?.kind === kind) return active.renderer;
    active?.renderer.destroy();
    const renderer =
      kind === 'canvas'
        ? createCanvasView(container, rendererCallbacks)
        : loadedCytoscapeRenderer()!.createCytoscapeView(container, rendererCallbacks);
    active = { kind, renderer };
    return renderer;
  }

  function draw(graph: StoryGraph, layout: LayoutName, encoding?: NodeEncoding): void {
    rendererOf(kindFor(graph)).setGraph(graph, layout, remembered.get(graph), encoding);
  }

  function waitForCytoscape(graph: StoryGraph, layout: LayoutName, encoding?: NodeEncoding): void {
    // The outgoing drawing goes now: taps on it would select elements of a graph no longer in the app.
    active?.renderer.destroy();
    active = null;
    waiting = { graph, layout, encoding };
    loadCytoscapeRenderer().then(
      () => {
        if (destroyed || waiting?.graph !== graph) return;
        // The layout too: one chosen while the code was loading wins over the one the graph came with.
        const { visibility, selection, layout: chosen, encoding: latest, positions, pinned, camera, keep } = waiting;
        waiting = null;
        draw(graph, chosen, latest);
        const renderer = active?.renderer;
        if (visibility) renderer?.setVisibility(visibility);
        if (positions) renderer?.setPositions(positions);
        if (pinned) renderer?.setPinned(pinned);
        if (selection) renderer?.showSelection(...selection);
        if (camera && renderer) renderer.setCamera(keeping(renderer, camera, keep), false);
      },
      (error: unknown) => {
        if (destroyed || waiting?.graph !== graph) return;
        waiting = null;
        const failed = `The drawing code could not be loaded (${(error as Error).message}). Reload the page to try again.`;
        rendererCallbacks.onLayoutProgress({ running: false, fraction: null, cancellable: false, failed });
      },
    );
  }

  return {
    setGraph(graph, layout, encoding, editOf) {
      // Remember where the outgoing graph's nodes were, so restoring it shows the same picture.
      const outgoing = shownGraph && active && !waiting ? active.renderer.positions() : null;
      if (shownGraph && outgoing) remembered.set(shownGraph, outgoing);
      // An edit of the drawn graph (or an undo back to it) keeps the drawing: same positions, same camera; new
      // entities are put beside what they link to.
      const related = shownGraph !== null && (editOf === shownGraph || editedFrom.get(shownGraph) === graph);
      if (editOf) editedFrom.set(graph, editOf);
      // An edit that kept every node and link in place (a renamed entity, a changed claim) changes the drawing in
      // place: building a 50,000-node drawing again would take far longer than the edit.
      const patched =
        editOf === shownGraph &&
        outgoing !== null &&
        active!.kind === kindFor(graph) &&
        (active!.renderer.patchGraph?.(graph, encoding) ?? false);
      if (patched) {
        shownGraph = graph;
        return;
      }
      const camera = related && outgoing ? active!.renderer.camera() : null;
      if (related && outgoing && !remembered.has(graph)) remembered.set(graph, placeNewNodes(graph, outgoing));
      shownGraph = graph;
      waiting = null;
      if (kindFor(graph) === 'cytoscape' && !loadedCytoscapeRenderer()) waitForCytoscape(graph, layout, encoding);
      else draw(graph, layout, encoding);
      if (camera && !waiting) active?.renderer.setCamera(camera, false);
    },
    setEncoding(encoding) {
      if (waiting) waiting.encoding = encoding;
      else active?.renderer.setEncoding(encoding);
    },
    setVisibility(visibility) {
      if (waiting) waiting.visibility = visibility;
      else active?.renderer.setVisibility(visibility);
    },
    setEdgeEvidence(evidence) {
      if (shownGraph && !waiting) active?.renderer.setEdgeEvidence(shownGraph, evidence);
    },
    runLayout(name) {
      if (waiting) waiting.layout = name;
      else active?.renderer.runLayout(name);
    },
    cancelLayout: () => active?.renderer.cancelLayout(),
    onLayoutProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fit: () => active?.renderer.fit(),
    zoomBy: (factor) => active?.renderer.zoomBy(factor),
    showSelection(selection, neighbours, centre) {
      if (waiting) waiting.selection = [selection, neighbours, centre];
      else active?.renderer.showSelection(selection, neighbours, centre);
    },
    renderedPosition: (id) => active?.renderer.renderedPosition(id) ?? null,
    drawnLabels: () => active?.renderer.drawnLabels?.() ?? [],
    drawnBadges: () => (waiting ? [] : (active?.renderer.drawnBadges() ?? [])),
    highlightedKeys: () => active?.renderer.highlightedKeys() ?? { nodes: [], edges: [] },
    contextKeys: () => active?.renderer.contextKeys() ?? { nodes: [], edges: [] },
    renderedSize: (id) => active?.renderer.renderedSize(id) ?? null,
    positions: () => active?.renderer.positions() ?? new Map(),
    setPositions(positions) {
      if (waiting) waiting.positions = positions;
      else active?.renderer.setPositions(positions);
    },
    setPinned(pinned) {
      if (waiting) waiting.pinned = pinned;
      else active?.renderer.setPinned(pinned);
    },
    camera: () =>
      waiting
        ? waiting.camera && !isFraming(waiting.camera)
          ? waiting.camera
          : null
        : (active?.renderer.camera() ?? null),
    setCamera(camera, animate, keep) {
      if (waiting) Object.assign(waiting, { camera, keep });
      else active?.renderer.setCamera(keeping(active.renderer, camera, keep), animate);
    },
    viewport: () => active?.renderer.viewport() ?? null,
    scene: () => (waiting ? null : (active?.renderer.scene?.() ?? null)),
    renderer: () => active?.kind ?? null,
    destroy() {
      destroyed = true;
      waiting = null;
      active?.renderer.destroy();
      active = null;
      listeners.clear();
    },
  };
}

/** The camera asked for, widened where needed to show every entity in `keep` whole. */
function keeping(renderer: Renderer, aim: Camera | Framing, keep: ReadonlySet<string> | undefined): Camera | Framing {
  if (!keep || keep.size === 0) return aim;
  const { width, height } = renderer.viewport();
  const positions = renderer.positions();
  const points = [...keep].flatMap((id) => positions.get(id) ?? []);
  return framingAround(isFraming(aim) ? aim : framingOf(aim, width, height), points);
}
