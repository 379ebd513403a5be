// PNG and SVG images of a canvas scene: the same drawing code as the screen (draw.ts), on an OffscreenCanvas in a
// worker (or a page canvas where there is none) or on svgContext.ts, for the current view or the whole shown graph.
import type { ImageExportOptions } from '../imageExport';
import { drawScene, type Highlight, type Viewport } from './draw';
import { shownBounds, type Scene } from './scene';
import { SvgContext } from './svgContext';
import type { SceneImageReply, SceneImageRequest } from './sceneImage.worker';

/** Largest exported image: browsers refuse canvases much past 16k pixels a side or ~250M pixels. */
export const MAX_EXPORT_SIDE = 12_000;
export const MAX_EXPORT_PIXELS = 80_000_000;
const MARGIN = 30;

/** The viewport of the image: the screen's scaled, or the whole shown graph's at `scale` (smaller if it would not fit). */
export function exportViewport(scene: Scene, screen: Viewport, scale: number, full: boolean): Viewport | null {
  if (!full)
    return {
      zoom: screen.zoom * scale,
      panX: screen.panX * scale,
      panY: screen.panY * scale,
      width: screen.width * scale,
      height: screen.height * scale,
    };
  const bounds = shownBounds(scene);
  if (!bounds) return null;
  const w = bounds.x2 - bounds.x1 + 2 * MARGIN;
  const h = bounds.y2 - bounds.y1 + 2 * MARGIN;
  // Very big drawings are scaled down to what a browser can hold in one image.
  const zoom = Math.min(scale, MAX_EXPORT_SIDE / w, MAX_EXPORT_SIDE / h, Math.sqrt(MAX_EXPORT_PIXELS / (w * h)));
  return {
    zoom,
    panX: (MARGIN - bounds.x1) * zoom,
    panY: (MARGIN - bounds.y1) * zoom,
    width: Math.ceil(w * zoom),
    height: Math.ceil(h * zoom),
  };
}

function targetOf(
  scene: Scene | null,
  screen: Viewport,
  { scale, full }: ImageExportOptions,
): { scene: Scene; view: Viewport } {
  const view = scene && exportViewport(scene, screen, scale, full);
  if (!scene || !view) throw new Error('There is nothing to export.');
  return { scene, view };
}

const TOO_LARGE = 'The browser could not make the image (it may be too large).';

/** Draws on a canvas of the page: for browsers without OffscreenCanvas in workers. */
function pngOnPage(
  scene: Scene,
  view: Viewport,
  width: number,
  height: number,
  highlight: Highlight | null,
  background: string | null,
): Promise<Blob> {
  const image = document.createElement('canvas');
  image.width = width;
  image.height = height;
  drawScene(image.getContext('2d')!, scene, view, highlight, background);
  return new Promise<Blob>((resolve, reject) => {
    image.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(TOO_LARGE))), 'image/png');
  });
}

/**
 * The image worker is kept for a while after an export, and started when the export dialog opens
 * (prepareScenePng): starting a worker and loading its module took 30–230 ms of each export on the bench machine.
 */
const WORKER_IDLE_MS = 30_000;

interface ImageWorker {
  worker: Worker;
  /** Replies awaited, by request id (the dialog asks for one image at a time, but nothing else has to). */
  waiting: Map<number, (reply: SceneImageReply) => void>;
  idle?: ReturnType<typeof setTimeout>;
}
let imageWorker: ImageWorker | null = null;
let lastRequest = 0;

function stopWorker(state: ImageWorker): void {
  clearTimeout(state.idle);
  state.worker.terminate();
  if (imageWorker === state) imageWorker = null;
}

/** Ends the worker WORKER_IDLE_MS after its last reply; it holds a module and, until collected, the last image. */
function restartIdleTimer(state: ImageWorker): void {
  clearTimeout(state.idle);
  if (state.waiting.size === 0) state.idle = setTimeout(() => stopWorker(state), WORKER_IDLE_MS);
}

function startWorker(): ImageWorker {
  if (imageWorker) return imageWorker;
  const state: ImageWorker = {
    worker: new Worker(new URL('./sceneImage.worker.ts', import.meta.url), { type: 'module' }),
    waiting: new Map(),
  };
  state.worker.addEventListener('message', (event: MessageEvent<SceneImageReply>) => {
    const settle = state.waiting.get(event.data.id);
    state.waiting.delete(event.data.id);
    settle?.(event.data);
    restartIdleTimer(state);
  });
  state.worker.addEventListener('error', (event) => {
    stopWorker(state);
    const message = event.message || 'the image worker stopped';
    for (const [id, settle] of state.waiting) settle({ id, ok: false, message });
  });
  imageWorker = state;
  return state;
}

const workersAvailable = () => typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined';

/** Starts the image worker ahead of an export, so that the click does not wait for it. */
export function prepareScenePng(): void {
  if (workersAvailable()) restartIdleTimer(startWorker());
}

/** Draws in a worker, so a big graph's image does not hold the page (see sceneImage.worker.ts). */
function pngInWorker(request: Omit<SceneImageRequest, 'id'>): Promise<Blob> {
  const state = startWorker();
  clearTimeout(state.idle);
  const id = ++lastRequest;
  return new Promise<Blob>((resolve, reject) => {
    state.waiting.set(id, (reply) => {
      if (reply.ok) resolve(reply.blob);
      else reject(new Error(`${TOO_LARGE} (${reply.message})`));
    });
    state.worker.postMessage({ ...request, id });
  });
}

export function scenePng(
  current: Scene | null,
  screen: Viewport,
  highlight: Highlight | null,
  options: ImageExportOptions,
): Promise<Blob> {
  const { scene, view } = targetOf(current, screen, options);
  const width = Math.max(1, Math.round(view.width));
  const height = Math.max(1, Math.round(view.height));
  if (!workersAvailable()) return pngOnPage(scene, view, width, height, highlight, options.background);
  // Keys and indexes stay behind: drawing does not use them, and copying 150k of them would cost the page.
  const drawable: Scene = { ...scene, nodeKeys: [], edgeKeys: [], nodeIndex: new Map(), edgeIndex: new Map() };
  return pngInWorker({ scene: drawable, view, width, height, highlight, background: options.background });
}

export function sceneSvg(
  current: Scene | null,
  screen: Viewport,
  highlight: Highlight | null,
  options: ImageExportOptions,
): string {
  const { scene, view } = targetOf(current, screen, options);
  const svg = new SvgContext(view.width, view.height);
  drawScene(svg as unknown as CanvasRenderingContext2D, scene, view, highlight, options.background);
  return svg.toString();
}
