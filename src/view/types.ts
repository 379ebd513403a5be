// Types the view's modules share: kept apart so that the modules which use them do not import one another
// for a type (scene, layouts, both renderers and the image export each need a viewport or a point).

export type Point = { x: number; y: number };

/** A node the user dragged: where it was and where it was put (for undo). */
export interface Move {
  id: string;
  from: Point;
  to: Point;
}

/** The camera as the canvas renderer and the image export use it. */
export interface Viewport {
  zoom: number;
  panX: number;
  panY: number;
  /** CSS pixels. */
  width: number;
  height: number;
}

/** What the selection highlights; marks are 1 for the neighbourhood's nodes / edges. */
export interface Highlight {
  node: number;
  edge: number;
  nodes: Uint8Array;
  edges: Uint8Array;
}

/** A name or caption as drawn (its text background), in rendered pixels relative to the container. */
export interface DrawnLabel {
  id: string;
  kind: 'node' | 'edge';
  /** The text drawn (a node's label, a link's caption). */
  text: string;
  /** Its font size on screen (px). */
  fontSize: number;
  /** The lines cytoscape drew, as it wrapped the text (absent where it does not wrap, as for link captions). */
  lines?: string[];
  left: number;
  top: number;
  width: number;
  height: number;
}
