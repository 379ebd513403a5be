// What each renderer (cytoscape for story-sized graphs, the canvas for big ones) offers the view that picks
// between them (graphView.ts). The view keeps what must survive a switch: listeners and remembered drawings.
import type { EdgeEvidence } from '../appearance/edgeLook';
import type { StoryGraph } from '../model/graph';
import type { Visibility } from '../model/filters';
import type { Neighbourhood, Selection } from '../model/selection';
import type { LayoutName } from '../appearance/layouts';
import type { NodeEncoding } from '../appearance/appearance';
import type { LayoutProgress } from './layout/workerLayout';
import type { Camera, Framing } from '../appearance/camera';

import type { Scene } from './scene';
import type { DrawnBadge } from './badges';
import type { DrawnLabel, Move, Point, Viewport } from './types';

export interface RendererCallbacks {
  onSelect(selection: Selection | null): void;
  /** A node was double-clicked (or Enter pressed on the selected one): add its neighbours to the view. */
  onExpand(id: string): void;
  onLayoutProgress(progress: LayoutProgress): void;
  /** The user finished dragging a node. */
  onMoved(move: Move): void;
  /** The user asked for a node's menu (right-click); `at` is where, relative to the drawing. */
  onNodeMenu(id: string, at: Point): void;
  /** The camera came to rest after a pan or zoom (debounced). */
  onCamera(camera: Camera): void;
}

/**
 * What the view does with the graph drawn, the same whichever renderer draws it: the view (graphView.ts) passes
 * these to the renderer of the moment, and adds what concerns the choice between renderers.
 */
export interface DrawingControls {
  /** Redraws every node with the encoding's colour, shape, size and label (an appearance change). */
  setEncoding(encoding: NodeEncoding): void;
  setVisibility(visibility: Visibility): void;
  runLayout(name: LayoutName): void;
  /** Stops a running layout where it is (a big graph's force layout keeps the positions it started from). */
  cancelLayout(): void;
  fit(): void;
  zoomBy(factor: number): void;
  showSelection(selection: Selection | null, neighbours: Neighbourhood, centre: boolean): void;
  /** Where an element is drawn, in pixels relative to the container (for tests and tooltips). */
  renderedPosition(id: string): { x: number; y: number } | null;
  /** How wide a node is drawn on screen, in pixels (tests read it). */
  renderedSize(id: string): number | null;
  /** The "+N" badges drawn now (badges.ts), by graph key, in pixels relative to the container. */
  drawnBadges(): DrawnBadge[];
  /** The graph keys drawn highlighted around the selection (what a user sees lit up; tests read it). */
  highlightedKeys(): { nodes: string[]; edges: string[] };
  /** The graph keys drawn faded as the filters' context (whom shown entities link to; tests read it). */
  contextKeys(): { nodes: string[]; edges: string[] };
  /** Where each node is in model coordinates, by graph key (the drawing, for undo and data export). */
  positions(): Map<string, { x: number; y: number }>;
  /** Puts the named nodes at these positions (undo, a restored view); stops a running layout. */
  setPositions(positions: ReadonlyMap<string, Point>): void;
  /** Pinned nodes stay where they are: layouts and drags leave them, and they are drawn with a pin mark. */
  setPinned(pinned: ReadonlySet<string>): void;
  /** Where the camera looks (model centre and zoom); null before a graph is drawn. */
  camera(): Camera | null;
  destroy(): void;
}

/** One renderer: cytoscape/cytoscapeView.ts or canvas/canvasView.ts. */
export interface Renderer extends DrawingControls {
  /** Draws the graph; `known` positions (an earlier drawing of it) win over the file's, and skip the layout. */
  setGraph(
    graph: StoryGraph,
    layout: LayoutName,
    known?: Map<string, { x: number; y: number }>,
    encoding?: NodeEncoding,
  ): void;
  /**
   * Draws `graph`, an edit of the graph drawn that kept every node and link in place, by changing the drawing
   * rather than building it again (positions, camera and filters stay). False, with nothing changed, when it
   * cannot (the edit added, removed or reconnected something): setGraph then draws it.
   */
  patchGraph?(graph: StoryGraph, encoding?: NodeEncoding): boolean;
  /** Draws each link's width by this evidence (under "known by": the claims out by then); null: by all of it. */
  setEdgeEvidence(graph: StoryGraph, evidence: EdgeEvidence | null): void;
  /** The node names and link captions drawn now, by graph key (tests read them); absent where none are placed. */
  drawnLabels?(): DrawnLabel[];
  /** Moves the camera there (a framing fitted whole into the drawing, camera.ts), gliding when `animate`. */
  setCamera(camera: Camera | Framing, animate: boolean): void;
  /** The camera: model to screen pixels (zoom, pan) and the drawing's size (the publication export of the view). */
  viewport(): Viewport;
  /** The canvas renderer's scene as drawn (read-only): a big graph's export need not build its own. */
  scene?(): Scene | null;
}
