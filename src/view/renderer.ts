// What each renderer (cytoscape for story-sized graphs, the canvas for big ones) offers the view that picks
// between them (graphView.ts). The view keeps what must survive a switch: listeners and remembered drawings.
import type { StoryGraph } from '../model/graph';
import type { Visibility } from '../model/filters';
import type { Neighbourhood, Selection } from '../model/selection';
import type { LayoutName } from './layouts';
import type { NodeEncoding } from './appearance';
import type { ImageExportOptions } from './imageExport';
import type { LayoutProgress } from './workerLayout';

export interface RendererCallbacks {
  onSelect(selection: Selection | null): void;
  /** A node was double-clicked (or Enter pressed on the selected one): add its neighbours to the view. */
  onExpand(id: string): void;
  onLayoutProgress(progress: LayoutProgress): void;
}

export interface Renderer {
  /** Draws the graph; `known` positions (an earlier drawing of it) win over the file's, and skip the layout. */
  setGraph(
    graph: StoryGraph,
    layout: LayoutName,
    known?: Map<string, { x: number; y: number }>,
    encoding?: NodeEncoding,
  ): void;
  /** Redraws every node with the encoding's colour, shape, size and label (an appearance change). */
  setEncoding(encoding: NodeEncoding): void;
  setVisibility(visibility: Visibility): void;
  runLayout(name: LayoutName): void;
  cancelLayout(): void;
  fit(): void;
  zoomBy(factor: number): void;
  showSelection(selection: Selection | null, neighbours: Neighbourhood, center: boolean): void;
  exportPng(options: ImageExportOptions): Promise<Blob>;
  /** Gets ready for an image export that may follow (the export dialog opened); optional. */
  prepareExport?(): void;
  exportSvg(options: ImageExportOptions): string;
  renderedPosition(id: string): { x: number; y: number } | null;
  /** How wide a node is drawn on screen, in pixels (tests read it). */
  renderedSize(id: string): number | null;
  /** The graph keys drawn highlighted around the selection (what a user sees lit up; tests read it). */
  highlightedKeys(): { nodes: string[]; edges: string[] };
  positions(): Map<string, { x: number; y: number }>;
  destroy(): void;
}
