// The renderer for big graphs: the scene's typed arrays drawn on one 2D canvas (draw.ts), with pan, zoom,
// select and drag handled here. cytoscape's per-element styles, caches and events cost seconds at 10k+ nodes on a
// machine without a GPU; this draws 10k nodes and 20k edges in tens of milliseconds (bench/README.md).
import type { StoryGraph } from '../../model/graph';
import { layoutFailedMessage, type LayoutName } from '../layouts';
import type { ImageExportOptions } from '../imageExport';
import type { Renderer, RendererCallbacks } from '../renderer';
import { mark } from '../marks';
import { fitViewport } from '../scale';
import {
  applyVisibility,
  buildScene,
  restyleScene,
  edgeAt,
  elementCentre,
  highlightOf,
  nodeAt,
  shownBounds,
  type Scene,
} from './scene';
import { applyLayout, startSceneLayout, type SceneLayoutRun } from './sceneLayout';
import { prepareScenePng, scenePng, sceneSvg } from './sceneImage';
import { drawScene, type Highlight, type Viewport } from './draw';
import { placeSimple } from './simpleLayouts';

const ZOOM_LIMITS = { minZoom: 0.001, maxZoom: 6 };
const FIT_PADDING = 40;
/** Pointer travel (px) under which a press is a click, not a drag. */
const CLICK_SLOP = 4;
const KEY_PAN = 60;
/**
 * Scenes smaller than this are simply redrawn on every pan or zoom frame. (A count, not a measured draw time: the
 * browser records canvas calls and rasterises them later, so timing the calls says little about a frame's cost.)
 */
const SNAPSHOT_MIN_ELEMENTS = 4_000;
/** How long a pan or zoom must rest before the real drawing replaces the moved snapshot. */
const SETTLE_MS = 160;

export function createCanvasView(container: HTMLElement, callbacks: RendererCallbacks): Renderer {
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-canvas__surface';
  canvas.tabIndex = 0;
  canvas.setAttribute(
    'aria-label',
    'Graph drawing: drag to pan, wheel or + and - to zoom, arrow keys to pan, click to select',
  );
  container.appendChild(canvas);
  const ctx = canvas.getContext('2d', { alpha: true })!;
  const view: Viewport = { zoom: 1, panX: 0, panY: 0, width: 0, height: 0 };
  let scene: Scene | null = null;
  let highlight: Highlight | null = null;
  let frame = 0;
  let layoutRun: SceneLayoutRun | null = null;

  /** Sizes the canvas to its container; draws unless the caller is about to. */
  function resize(paint = true): void {
    const width = container.clientWidth;
    const height = container.clientHeight;
    // One device pixel per CSS pixel on big scenes: a 2x screen would otherwise fill 4x the pixels per frame.
    const ratio = scene && scene.nodeKeys.length > 20_000 ? 1 : Math.min(window.devicePixelRatio || 1, 2);
    // The observer also reports the size setGraph has just drawn at: repainting then would only delay the frame.
    const unchanged =
      width === view.width &&
      height === view.height &&
      canvas.width === Math.max(1, Math.round(width * ratio)) &&
      canvas.height === Math.max(1, Math.round(height * ratio));
    if (unchanged) return;
    canvas.width = Math.max(1, Math.round(width * ratio));
    canvas.height = Math.max(1, Math.round(height * ratio));
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    view.width = width;
    view.height = height;
    if (paint) paintNow();
  }

  function paintNow(): void {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    pending = null;
    clearTimeout(settle);
    const ratio = canvas.width / Math.max(1, view.width);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (scene) drawScene(ctx, scene, view, highlight, null);
    else ctx.clearRect(0, 0, view.width, view.height);
    keepSnapshot();
  }

  // While the user pans or zooms a scene that takes a while to draw, frames move a snapshot of the last drawing
  // (one image copy) and the real drawing follows once the gesture rests: cytoscape's textureOnViewport, but the
  // snapshot is already there, so the first frame of a gesture costs nothing either.
  // The copy is taken when a gesture starts, not after every drawing: copying forces the drawing to be rasterised
  // there and then, which would add its whole cost to every filter click.
  const snapshot = document.createElement('canvas');
  let snapshotView: Viewport | null = null;
  let drawn: Viewport | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let pending: 'full' | 'moved' | null = null;

  function keepSnapshot(): void {
    drawn = scene && scene.nodeKeys.length + scene.edgeKeys.length >= SNAPSHOT_MIN_ELEMENTS ? { ...view } : null;
    snapshotView = null;
  }

  function takeSnapshot(): boolean {
    if (!drawn) return false;
    if (!snapshotView) {
      snapshot.width = canvas.width;
      snapshot.height = canvas.height;
      snapshot.getContext('2d')!.drawImage(canvas, 0, 0);
      snapshotView = drawn;
    }
    return true;
  }

  function paintSnapshot(): void {
    frame = 0;
    pending = null;
    const from = snapshotView!;
    const k = view.zoom / from.zoom;
    const ratio = canvas.width / Math.max(1, view.width);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, view.width, view.height);
    ctx.drawImage(snapshot, view.panX - from.panX * k, view.panY - from.panY * k, from.width * k, from.height * k);
  }

  /** Draws everything at the next frame; many changes within one frame draw once. */
  function invalidate(): void {
    if (pending === 'moved' && frame) cancelAnimationFrame(frame);
    if (pending !== 'full') frame = requestAnimationFrame(paintNow);
    pending = 'full';
  }

  /** The viewport moved: the next frame moves the snapshot if there is one, and the real drawing waits for rest. */
  function viewportMoved(): void {
    if (pending === 'full' || !takeSnapshot()) return invalidate();
    if (!pending) frame = requestAnimationFrame(paintSnapshot);
    pending = 'moved';
    clearTimeout(settle);
    settle = setTimeout(invalidate, SETTLE_MS);
  }

  const toModel = (clientX: number, clientY: number) => {
    const box = canvas.getBoundingClientRect();
    return { x: (clientX - box.left - view.panX) / view.zoom, y: (clientY - box.top - view.panY) / view.zoom };
  };

  function zoomAt(factor: number, px: number, py: number): void {
    const zoom = Math.min(ZOOM_LIMITS.maxZoom, Math.max(ZOOM_LIMITS.minZoom, view.zoom * factor));
    view.panX = px - ((px - view.panX) * zoom) / view.zoom;
    view.panY = py - ((py - view.panY) * zoom) / view.zoom;
    view.zoom = zoom;
    viewportMoved();
  }

  function fit(): void {
    const bounds = scene && shownBounds(scene);
    if (!bounds) return;
    const corners = [
      { x: bounds.x1, y: bounds.y1 },
      { x: bounds.x2, y: bounds.y2 },
    ];
    const fitted = fitViewport(corners, view.width, view.height, FIT_PADDING, ZOOM_LIMITS, 0);
    if (!fitted) return;
    view.zoom = fitted.zoom;
    view.panX = fitted.pan.x;
    view.panY = fitted.pan.y;
    invalidate();
  }

  // Pointer: press on a node and move to drag it; press elsewhere and move to pan; press and release to select.
  let press: { id: number; x: number; y: number; node: number; moved: boolean; dx: number; dy: number } | null = null;
  canvas.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || !scene) return;
    canvas.setPointerCapture(event.pointerId);
    const p = toModel(event.clientX, event.clientY);
    const node = nodeAt(scene, p.x, p.y, 2 / view.zoom);
    press = {
      id: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      node,
      moved: false,
      dx: node >= 0 ? scene.x[node]! - p.x : 0,
      dy: node >= 0 ? scene.y[node]! - p.y : 0,
    };
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!press || event.pointerId !== press.id || !scene) return;
    if (!press.moved && Math.hypot(event.clientX - press.x, event.clientY - press.y) < CLICK_SLOP) return;
    if (press.node >= 0) {
      const p = toModel(event.clientX, event.clientY);
      scene.x[press.node] = p.x + press.dx;
      scene.y[press.node] = p.y + press.dy;
      invalidate();
    } else {
      view.panX += event.clientX - press.x;
      view.panY += event.clientY - press.y;
      viewportMoved();
    }
    press.x = event.clientX;
    press.y = event.clientY;
    press.moved = true;
  });
  const release = (event: PointerEvent) => {
    if (!press || event.pointerId !== press.id) return;
    const clicked = !press.moved;
    press = null;
    if (clicked && scene && event.type === 'pointerup') select(event.clientX, event.clientY);
  };
  canvas.addEventListener('pointerup', release);
  canvas.addEventListener('pointercancel', release);

  function select(clientX: number, clientY: number): void {
    if (!scene) return;
    const p = toModel(clientX, clientY);
    const node = nodeAt(scene, p.x, p.y, 2 / view.zoom);
    if (node >= 0) return callbacks.onSelect({ kind: 'entity', id: scene.nodeKeys[node]! });
    const edge = edgeAt(scene, p.x, p.y, 4 / view.zoom);
    callbacks.onSelect(edge >= 0 ? { kind: 'relation', id: scene.edgeKeys[edge]! } : null);
  }

  canvas.addEventListener('dblclick', (event) => {
    if (!scene) return;
    const p = toModel(event.clientX, event.clientY);
    const node = nodeAt(scene, p.x, p.y, 2 / view.zoom);
    if (node >= 0) callbacks.onExpand(scene.nodeKeys[node]!);
  });

  canvas.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const box = canvas.getBoundingClientRect();
      // Pixel deltas from touchpads and lines from wheels: both come out at ~13% per notch.
      const delta = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaY;
      zoomAt(Math.pow(2, -delta / 500), event.clientX - box.left, event.clientY - box.top);
    },
    { passive: false },
  );

  canvas.addEventListener('keydown', (event) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [KEY_PAN, 0],
      ArrowRight: [-KEY_PAN, 0],
      ArrowUp: [0, KEY_PAN],
      ArrowDown: [0, -KEY_PAN],
    };
    const move = moves[event.key];
    if (move) {
      view.panX += move[0];
      view.panY += move[1];
      viewportMoved();
    } else if (event.key === '+' || event.key === '=') zoomAt(1.25, view.width / 2, view.height / 2);
    else if (event.key === '-') zoomAt(0.8, view.width / 2, view.height / 2);
    else if (event.key === 'Escape') callbacks.onSelect(null);
    else if (event.key === 'Enter' && highlight && highlight.node >= 0 && scene)
      callbacks.onExpand(scene.nodeKeys[highlight.node]!);
    else return;
    event.preventDefault();
  });

  const observer = new ResizeObserver(() => resize());
  observer.observe(container);
  resize();

  function stopLayout(): boolean {
    const running = layoutRun !== null;
    layoutRun?.cancel();
    layoutRun = null;
    return running;
  }

  function finishLayout(name: LayoutName, current: Scene, run: SceneLayoutRun, positions: Float64Array | null): void {
    if (layoutRun !== run) return;
    layoutRun = null;
    if (positions && scene === current) {
      applyLayout(current, run.nodes, positions);
      fit();
    }
    mark('graphview:layout-end');
    const failed = positions ? undefined : layoutFailedMessage(name);
    callbacks.onLayoutProgress({ running: false, fraction: positions ? 1 : null, cancellable: false, failed });
  }

  function runLayout(name: LayoutName): void {
    stopLayout();
    const current = scene;
    if (!current) return;
    mark('graphview:layout-start');
    if (name === 'grid' || name === 'circle' || name === 'concentric') {
      placeSimple(current, name, view.width / Math.max(1, view.height));
      fit();
      mark('graphview:layout-end');
      callbacks.onLayoutProgress({ running: false, fraction: 1, cancellable: false });
      return;
    }
    const force = name === 'fcose';
    callbacks.onLayoutProgress({ running: true, fraction: force ? 0 : null, cancellable: true });
    const run: SceneLayoutRun = startSceneLayout(
      current,
      force ? 'force' : 'hierarchical',
      (fraction) => {
        if (layoutRun === run) callbacks.onLayoutProgress({ running: true, fraction, cancellable: true });
      },
      (positions) => finishLayout(name, current, run, positions),
    );
    layoutRun = run;
  }

  return {
    setGraph(graph: StoryGraph, layout: LayoutName, known, encoding) {
      mark('graphview:setGraph-start', { nodes: graph.order, edges: graph.size });
      if (stopLayout()) callbacks.onLayoutProgress({ running: false, fraction: null, cancellable: false });
      const placed =
        known !== undefined || (graph.order > 0 && graph.everyNode((_key, entity) => entity.position !== undefined));
      scene = buildScene(graph, known, encoding);
      highlight = null;
      resize(false);
      fit();
      paintNow();
      if (!placed) runLayout(layout);
      mark('graphview:setGraph-end', { nodes: graph.order, edges: graph.size });
    },
    setEncoding(encoding) {
      if (!scene) return;
      restyleScene(scene, encoding);
      invalidate();
    },
    setVisibility(visibility) {
      if (scene && applyVisibility(scene, visibility)) invalidate();
      mark('graphview:visibility');
    },
    runLayout,
    cancelLayout() {
      if (!stopLayout()) return;
      mark('graphview:layout-end');
      callbacks.onLayoutProgress({ running: false, fraction: null, cancellable: false });
    },
    fit,
    zoomBy: (factor) => zoomAt(factor, view.width / 2, view.height / 2),
    showSelection(selection, neighbours, center) {
      if (!scene) return;
      const marks = highlightOf(scene, selection, neighbours);
      if (!marks && !highlight) return;
      highlight = marks;
      if (marks && center && (marks.node >= 0 || marks.edge >= 0)) {
        const { x, y } =
          marks.node >= 0 ? elementCentre(scene, 'node', marks.node) : elementCentre(scene, 'edge', marks.edge);
        view.zoom = Math.max(view.zoom, 1.2);
        view.panX = view.width / 2 - view.zoom * x;
        view.panY = view.height / 2 - view.zoom * y;
      }
      invalidate();
    },
    // async: "nothing to export" arrives as a rejection, as from the cytoscape view.
    async exportPng(options: ImageExportOptions) {
      return scenePng(scene, view, highlight, options);
    },
    prepareExport: prepareScenePng,
    exportSvg: (options: ImageExportOptions) => sceneSvg(scene, view, highlight, options),
    renderedSize(id) {
      const i = scene?.nodeIndex.get(id);
      return scene && i !== undefined ? scene.radius[i]! * 2 * view.zoom : null;
    },
    highlightedKeys() {
      if (!scene || !highlight) return { nodes: [], edges: [] };
      const marks = highlight;
      return {
        nodes: scene.nodeKeys.filter((_k, i) => marks.nodes[i] === 1),
        edges: scene.edgeKeys.filter((_k, j) => marks.edges[j] === 1),
      };
    },
    renderedPosition(id) {
      if (!scene) return null;
      const j = scene.edgeIndex.get(id);
      const i = scene.nodeIndex.get(id);
      if (j === undefined && i === undefined) return null;
      const { x, y } = j !== undefined ? elementCentre(scene, 'edge', j) : elementCentre(scene, 'node', i!);
      return { x: x * view.zoom + view.panX, y: y * view.zoom + view.panY };
    },
    positions() {
      const positions = new Map<string, { x: number; y: number }>();
      scene?.nodeKeys.forEach((key, i) => positions.set(key, { x: scene!.x[i]!, y: scene!.y[i]! }));
      return positions;
    },
    destroy() {
      stopLayout();
      observer.disconnect();
      clearTimeout(settle);
      if (frame) cancelAnimationFrame(frame);
      canvas.remove();
    },
  };
}
