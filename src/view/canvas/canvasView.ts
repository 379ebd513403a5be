// The renderer for big graphs: the scene's typed arrays drawn on one 2D canvas (draw.ts), with pan, zoom,
// select and drag handled here. cytoscape's per-element styles, caches and events cost seconds at 10k+ nodes on a
// machine without a GPU; this draws 10k nodes and 20k edges in tens of milliseconds (bench/README.md).
import type { StoryGraph } from '../../model/graph';
import { layoutFailedMessage, type LayoutName } from '../../appearance/layouts';
import type { Renderer, RendererCallbacks } from '../renderer';
import { mark } from '../marks';
import {
  cameraRest,
  centredOnPick,
  clampZoom,
  FIT_PADDING_WITHOUT_NAMES,
  fitViewport,
  zoomedAbout,
  ZOOM_LIMITS,
} from '../framing';
import {
  applyVisibilityChanges,
  buildScene,
  patchScene,
  restyleEdges,
  restyleScene,
  elementCentre,
  highlightOf,
  shownBounds,
  type Scene,
} from '../scene';
import { applyLayout, startSceneLayout, type SceneLayoutRun } from '../layout/sceneLayout';
import { CONTEXT } from '../edgeFlags';
import { drawScene, drawsInTwoLayers } from './draw';
import { createNodeLayer } from './nodeLayer';
import { createSpecks, createSpecksPalette, nodesAreSpecks } from './specks';
import { canDrawSpecksInWorker, createSpecksInWorker, type SpecksPicture } from './specksInWorker';
import { firstPictureRequested, firstPictureSettled } from '../firstPicture';
import { placeSimple } from '../layout/simpleLayouts';
import { attachCanvasInput } from './canvasInput';
import { makeGraphSurface } from '../graphSurface';
import { drawPins, pinnedPositions, restorePinned } from './pins';
import { drawBadges, type DrawnBadge } from '../badges';
import { animateCamera, cameraFor, cameraOf, panFor, type Camera } from '../../appearance/camera';
import { ONE_PIXEL_RATIO_PAST_NODES, SNAPSHOT_MIN_ELEMENTS, SPECKS_FROM_NODES } from '../../model/thresholds';
import type { Highlight, Viewport } from '../types';

/** How long a pan or zoom must rest before the real drawing replaces the moved snapshot. */
const SETTLE_MS = 160;
/**
 * Node sets changing again within this time (a brush drag, playback) are drawn quickly (quickNodes.ts), and the full
 * drawing follows once they have not changed for as long.
 */
const MOTION_MS = 250;

export function createCanvasView(container: HTMLElement, callbacks: RendererCallbacks): Renderer {
  const canvas = makeGraphSurface(document.createElement('canvas'));
  container.appendChild(canvas);
  const ctx = canvas.getContext('2d', { alpha: true })!;
  const view: Viewport = { zoom: 1, panX: 0, panY: 0, width: 0, height: 0 };
  let scene: Scene | null = null;
  let highlight: Highlight | null = null;
  let frame = 0;
  let layoutRun: SceneLayoutRun | null = null;
  let pinned: ReadonlySet<string> = new Set();
  let badges: DrawnBadge[] = [];
  let stopGlide: (() => void) | null = null;
  const cameraAtRest = cameraRest(() =>
    callbacks.onCamera(cameraOf({ x: view.panX, y: view.panY }, view.zoom, view.width, view.height)),
  );
  // Big scenes are drawn as links under a layer of nodes, and a change of links alone (a time brush) redraws only
  // the links. Every change but that one marks the nodes stale.
  const nodeLayer = createNodeLayer();
  const specks = createSpecks();
  // A huge graph seen whole is drawn in a worker when the browser has workers: the page only copies the picture.
  const specksPalette = createSpecksPalette();
  let specksOffPage = canDrawSpecksInWorker();
  const specksInWorker = createSpecksInWorker(showSpecks, () => {
    // The worker failed (it could not start, or stopped): the page draws them from now on.
    specksOffPage = false;
    invalidate();
  });
  // A new graph's first picture is still in the worker (view/firstPicture.ts: work waiting for it starts after).
  let firstPictureComing = false;
  const firstPictureHere = () => {
    if (!firstPictureComing) return;
    firstPictureComing = false;
    firstPictureSettled();
  };
  let nodesStale = true;
  // Whether nodes are drawn quickly: from the second of node changes in quick succession until they rest.
  let quickNodes = false;
  let lastNodeChange = -Infinity;
  let rest: ReturnType<typeof setTimeout> | undefined;

  /** Sizes the canvas to its container; draws unless the caller is about to. */
  function resize(paint = true): void {
    const width = container.clientWidth;
    const height = container.clientHeight;
    // One device pixel per CSS pixel on big scenes: a 2x screen would otherwise fill 4x the pixels per frame.
    const big = scene && scene.nodeKeys.length > ONE_PIXEL_RATIO_PAST_NODES;
    const ratio = big ? 1 : Math.min(window.devicePixelRatio || 1, 2);
    // The observer also reports the size setGraph has just drawn at: repainting then would only delay the frame.
    const unchanged =
      width === view.width &&
      height === view.height &&
      canvas.width === Math.max(1, Math.round(width * ratio)) &&
      canvas.height === Math.max(1, Math.round(height * ratio));
    if (unchanged) return;
    // A picture drawn in the worker comes later than the resize clears the canvas: until then the canvas shows the
    // one it had (a window being resized would otherwise stay blank, each picture too late for the next size).
    const kept = paint && specksDrawnOffPage() && takeSnapshot();
    canvas.width = Math.max(1, Math.round(width * ratio));
    canvas.height = Math.max(1, Math.round(height * ratio));
    if (kept) ctx.drawImage(snapshot, 0, 0);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    view.width = width;
    view.height = height;
    if (paint) paintNow();
  }

  const specksDrawnOffPage = () => scene !== null && !highlight && specksOffPage && nodesAreSpecks(scene, view);

  function paintNow(): void {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    pending = null;
    clearTimeout(settle);
    const ratio = canvas.width / Math.max(1, view.width);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (specksDrawnOffPage()) {
      // Drawn in the worker; the canvas keeps its picture until showSpecks copies the new one on.
      specksInWorker.request(scene!, view, canvas.width, canvas.height, specksPalette(ctx, scene!));
      nodesStale = false;
      return;
    }
    // Drawn here: a picture the worker is still drawing is out of date.
    specksInWorker.drop();
    firstPictureHere();
    if (scene) {
      // A huge graph seen whole is pixels: written straight into a buffer (specks.ts).
      if (!highlight && nodesAreSpecks(scene, view)) specks.draw(ctx, scene, view);
      else if (isBig(scene) && drawsInTwoLayers(scene, highlight))
        nodeLayer.paint(ctx, scene, view, !nodesStale, quickNodes);
      else drawScene(ctx, scene, view, highlight, null);
      drawMarks(scene);
    } else {
      ctx.clearRect(0, 0, view.width, view.height);
      badges = [];
    }
    nodesStale = false;
    keepSnapshot();
  }

  /** What is drawn over the graph: pins and badges. */
  function drawMarks(drawn: Scene): void {
    drawPins(ctx, drawn, view, pinned);
    badges = drawBadges(
      ctx,
      drawn,
      (i) => ({
        x: drawn.x[i]! * view.zoom + view.panX,
        y: drawn.y[i]! * view.zoom + view.panY,
        r: Math.max(1, drawn.radius[i]! * view.zoom),
      }),
      view,
    );
  }

  /** The worker's picture, copied on unless the scene, view or canvas changed since it was asked for. */
  function showSpecks(picture: SpecksPicture): void {
    const { bitmap } = picture;
    const current =
      picture.scene === scene &&
      !highlight &&
      picture.width === canvas.width &&
      picture.height === canvas.height &&
      picture.view.zoom === view.zoom &&
      picture.view.panX === view.panX &&
      picture.view.panY === view.panY &&
      picture.view.width === view.width;
    if (current) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(bitmap, 0, 0);
      const ratio = canvas.width / Math.max(1, view.width);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      drawMarks(scene!);
      keepSnapshot();
      mark('graphview:specks-shown', { drawMs: Math.round(picture.drawMs), helped: picture.helped });
      firstPictureHere();
    }
    bitmap.close();
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

  const isBig = (s: Scene) => s.nodeKeys.length + s.edgeKeys.length >= SNAPSHOT_MIN_ELEMENTS;

  function keepSnapshot(): void {
    drawn = scene && isBig(scene) ? { ...view } : null;
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
  function invalidate(linksOnly = false): void {
    if (!linksOnly) nodesStale = true;
    if (pending === 'moved' && frame) cancelAnimationFrame(frame);
    // A picture the worker draws is asked for at once, not at the next frame: it is drawn while the page goes on
    // with the rest of the change (React's commit, the panels), and shown when it comes.
    if (pending !== 'full') {
      if (specksDrawnOffPage()) {
        frame = 0;
        queueMicrotask(paintAsked);
      } else frame = requestAnimationFrame(paintNow);
    }
    pending = 'full';
  }

  /** A full drawing asked for by invalidate in a microtask, unless one has been made since. */
  function paintAsked(): void {
    if (pending === 'full' && frame === 0) paintNow();
  }

  /** The shown nodes changed: in the middle of a brush or playback, draw them quickly and fully once they rest. */
  function nodesMoved(): void {
    const now = performance.now();
    const moving = now - lastNodeChange < MOTION_MS;
    lastNodeChange = now;
    if (!moving) return;
    quickNodes = true;
    clearTimeout(rest);
    rest = setTimeout(() => {
      quickNodes = false;
      invalidate();
    }, MOTION_MS);
  }

  /** The viewport moved: the next frame moves the snapshot if there is one, and the real drawing waits for rest. */
  function viewportMoved(): void {
    cameraAtRest.schedule();
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
    Object.assign(view, zoomedAbout(view, factor, px, py));
    viewportMoved();
  }

  function fit(): void {
    // Layouts place nodes, then fit: whatever the fit does, the node layer is out of date.
    nodesStale = true;
    const bounds = scene && shownBounds(scene);
    if (!bounds) return;
    const corners = [
      { x: bounds.x1, y: bounds.y1 },
      { x: bounds.x2, y: bounds.y2 },
    ];
    const fitted = fitViewport(corners, view.width, view.height, FIT_PADDING_WITHOUT_NAMES, ZOOM_LIMITS, 0);
    if (!fitted) return;
    view.zoom = fitted.zoom;
    view.panX = fitted.pan.x;
    view.panY = fitted.pan.y;
    invalidate();
  }

  attachCanvasInput({
    canvas,
    view,
    scene: () => scene,
    highlight: () => highlight,
    pinned: () => pinned,
    callbacks,
    toModel,
    invalidate,
    viewportMoved,
    zoomAt,
    takeOver() {
      stopGlide?.();
      stopGlide = null;
    },
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
      const kept = pinnedPositions(current, pinned);
      applyLayout(current, run.nodes, positions);
      restorePinned(current, kept);
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
      const kept = pinnedPositions(current, pinned);
      placeSimple(current, name, view.width / Math.max(1, view.height));
      restorePinned(current, kept);
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
      scene = buildScene(graph, known, encoding);
      const placed = scene.placed;
      highlight = null;
      resize(false);
      fit();
      if (specksDrawnOffPage()) {
        // Asked of the worker at once (the page's share is a copy of the scene's arrays): it draws while the page
        // commits the new graph to every panel.
        firstPictureComing = true;
        firstPictureRequested();
        paintNow();
      }
      // A huge graph drawn on the page (0.1-0.4 s at 200,000 nodes) waits for the next frame, a task of its own: drawn
      // now, it would add to the task that commits the new graph to every panel, making one freeze of both.
      else if (graph.order >= SPECKS_FROM_NODES) invalidate();
      else paintNow();
      if (!placed) runLayout(layout);
      mark('graphview:setGraph-end', { nodes: graph.order, edges: graph.size });
    },
    patchGraph(graph, encoding) {
      if (!scene || !patchScene(scene, graph, encoding)) return false;
      mark('graphview:setGraph-start', { nodes: graph.order, edges: graph.size });
      // As setGraph: a running layout stops where it is, and the selection is shown again by the caller.
      if (stopLayout()) callbacks.onLayoutProgress({ running: false, fraction: null, cancellable: false });
      highlight = null;
      // Drawn now, as setGraph does: the edit shows in the frame that ends this task, not one frame later.
      nodesStale = true;
      paintNow();
      mark('graphview:setGraph-end', { nodes: graph.order, edges: graph.size });
      return true;
    },
    setEdgeEvidence(graph, evidence) {
      if (scene && restyleEdges(scene, graph, evidence)) invalidate(true);
    },
    setEncoding(encoding) {
      if (!scene) return;
      restyleScene(scene, encoding);
      invalidate();
    },
    setVisibility(visibility) {
      const changed = scene && applyVisibilityChanges(scene, visibility);
      if (changed && (changed.nodes || changed.edges)) invalidate(!changed.nodes);
      if (changed && changed.nodes) nodesMoved();
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
    showSelection(selection, neighbours, centre) {
      if (!scene) return;
      const marks = highlightOf(scene, selection, neighbours);
      if (!marks && !highlight) return;
      highlight = marks;
      if (marks && centre && (marks.node >= 0 || marks.edge >= 0)) {
        const { x, y } =
          marks.node >= 0 ? elementCentre(scene, 'node', marks.node) : elementCentre(scene, 'edge', marks.edge);
        Object.assign(view, centredOnPick(view, { x, y }));
      }
      invalidate();
    },
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
    contextKeys() {
      if (!scene) return { nodes: [], edges: [] };
      const drawn = scene;
      return {
        nodes: drawn.nodeKeys.filter((_k, i) => drawn.nodeShown[i] === CONTEXT),
        edges: drawn.edgeKeys.filter((_k, j) => drawn.edgeShown[j] === CONTEXT),
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
    setPositions(positions) {
      if (!scene) return;
      if (stopLayout()) callbacks.onLayoutProgress({ running: false, fraction: null, cancellable: false });
      for (const [key, p] of positions) {
        const i = scene.nodeIndex.get(key);
        if (i === undefined) continue;
        scene.x[i] = p.x;
        scene.y[i] = p.y;
      }
      invalidate();
    },
    setPinned(next) {
      // A new graph comes with a new empty set: nothing to draw again (a full drawing costs ~0.3 s at 200k).
      const unchanged = next.size === 0 && pinned.size === 0;
      pinned = next;
      if (!unchanged) invalidate();
    },
    camera: () => cameraOf({ x: view.panX, y: view.panY }, view.zoom, view.width, view.height),
    setCamera(aim, animate) {
      stopGlide?.();
      const camera = cameraFor(aim, view.width, view.height);
      const apply = (c: Camera) => {
        const zoom = clampZoom(c.zoom);
        const pan = panFor({ ...c, zoom }, view.width, view.height);
        view.zoom = zoom;
        view.panX = pan.x;
        view.panY = pan.y;
        invalidate();
      };
      const from = cameraOf({ x: view.panX, y: view.panY }, view.zoom, view.width, view.height);
      stopGlide = animate ? animateCamera(from, camera, 450, apply) : (apply(camera), null);
    },
    viewport: () => ({ ...view }),
    drawnBadges: () => badges,
    scene: () => scene,
    destroy() {
      firstPictureHere();
      stopLayout();
      stopGlide?.();
      cameraAtRest.cancel();
      observer.disconnect();
      clearTimeout(settle);
      clearTimeout(rest);
      if (frame) cancelAnimationFrame(frame);
      canvas.remove();
    },
  };
}
