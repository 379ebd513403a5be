// Publication exports (PNG, SVG, PDF) of what is shown, alike for both renderers: the graph is rebuilt as a canvas
// scene from the model, the one encoding and the view's positions, composed once (compose.ts) and painted
// (paint.ts) on a canvas in a worker, on svgContext.ts, or on jsPDF's context2d (loaded only when asked for).
import type { StoryGraph } from '../../model/graph';
import type { Visibility } from '../../model/filters';
import type { NodeEncoding } from '../../appearance/appearance';
import { applyVisibility, buildScene, CONTEXT, highlightOf, restyleEdges, type DrawnScene, type Scene } from '../scene';
import { EXPORT_PIXELS_FROM_ELEMENTS } from '../../model/thresholds';
import type { EdgeEvidence } from '../../appearance/edgeLook';
import { SvgContext } from '../canvas/svgContext';
import { compose, type Composition, type Frame, type Measure, type PublicationContent } from './compose';
import { paintPublication, type PaintContext } from './paint';
import type { PublicationJob } from './publication.worker';
import { canPaintInWorker, paintInWorker } from './imageWorker';
import type { Highlight, Viewport } from '../types';

export { prepareImageWorker } from './imageWorker';

export type ImageSize = { scale: number } | { width: number };

/** Largest exported image: browsers refuse canvases much past 16k pixels a side or ~250M pixels. */
export const MAX_EXPORT_SIDE = 12_000;
export const MAX_EXPORT_PIXELS = 80_000_000;

export interface PublicationRequest {
  graph: StoryGraph;
  encoding: NodeEncoding;
  /** What is shown; without `context`, the faded context is left out of the image (the dialog's choice). */
  visibility: Visibility;
  /** Where each node is drawn now (GraphView.positions()). */
  positions: Map<string, { x: number; y: number }>;
  /**
   * The canvas renderer's scene, when it draws the graph: already built with these positions, encoding and
   * visibility, so a big graph's export skips building its own (it is only read).
   */
  scene: Scene | null;
  /** Link widths by this evidence (under "known by", the claims out by then); null: by all of it. */
  edgeEvidence?: EdgeEvidence | null;
  /** The screen's viewport for the current view; null for the whole shown graph. */
  screen: Viewport | null;
  content: PublicationContent;
  /** Entities and links drawn marked, the rest faded (a path that was asked for); null: none. */
  marked: { nodes: Set<string>; edges: Set<string> } | null;
  size: ImageSize;
  /** A CSS colour, or null for transparent. */
  background: string | null;
  onProgress?: (fraction: number) => void;
}

const PAGE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** jsPDF's built-in Helvetica: a PDF carries no page fonts. */
const PDF_FONT = 'helvetica';

/** The biggest image of this shape the browser can make: scaled down to the side and area limits. */
export function largestSize(width: number, height: number): { width: number; height: number } {
  const factor = Math.min(
    1,
    MAX_EXPORT_SIDE / width,
    MAX_EXPORT_SIDE / height,
    Math.sqrt(MAX_EXPORT_PIXELS / (width * height)),
  );
  return { width: Math.floor(width * factor), height: Math.floor(height * factor) };
}

const px = (n: number) => n.toLocaleString('en');

/** The scale and pixel size a request asks for; throws, naming the largest size that works, when it is too big. */
export function pixelSize(composition: Pick<Composition, 'width' | 'height'>, size: ImageSize) {
  const scale = 'scale' in size ? size.scale : size.width / composition.width;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error('The image size must be a positive number.');
  const width = Math.max(1, Math.round(composition.width * scale));
  const height = Math.max(1, Math.round(composition.height * scale));
  if (width > MAX_EXPORT_SIDE || height > MAX_EXPORT_SIDE || width * height > MAX_EXPORT_PIXELS) {
    const largest = largestSize(width, height);
    throw new Error(
      `${px(width)} × ${px(height)} pixels is more than this browser can draw in one image. ` +
        `The largest that works is ${px(largest.width)} × ${px(largest.height)} pixels (width ${px(largest.width)}).`,
    );
  }
  return { scale, width, height };
}

/** Text measured as the browser draws it (the SVG is read back in the same browser, so the boxes agree). */
function pageMeasure(): Measure {
  const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  return (text, font) => {
    ctx.font = font;
    const m = ctx.measureText(text);
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 11);
    return {
      width: m.width,
      ascent: m.fontBoundingBoxAscent ?? size * 0.9,
      descent: m.fontBoundingBoxDescent ?? size * 0.25,
    };
  };
}

function prepare(
  request: PublicationRequest,
  family: string,
  measure: Measure,
): { scene: Scene; composition: Composition; highlight: Highlight | null } {
  let scene = request.scene;
  if (!scene) {
    scene = buildScene(request.graph, request.positions, request.encoding);
    if (request.edgeEvidence) restyleEdges(scene, request.graph, request.edgeEvidence);
    applyVisibility(scene, request.visibility);
  } else if (!request.visibility.context) scene = withoutContext(scene);
  const { marked } = request;
  const anyNode = marked?.nodes.values().next().value;
  const highlight =
    marked && anyNode !== undefined ? highlightOf(scene, { kind: 'entity', id: anyNode }, marked) : null;
  // Marked, not selected: no element gets the selection's dark outline.
  if (highlight) highlight.node = -1;
  const frame: Frame = request.screen ? { kind: 'view', screen: request.screen } : { kind: 'whole' };
  const composition = compose(scene, frame, request.content, family, measure);
  if (composition.graph.width <= 0 && frame.kind === 'whole') throw new Error('There is nothing to export.');
  return { scene, composition, highlight };
}

/** The screen's scene without its faded context (a copy: the screen's own is only read). */
function withoutContext(scene: Scene): Scene {
  if (!scene.nodeShown.includes(CONTEXT) && !scene.edgeShown.includes(CONTEXT)) return scene;
  const drop = (shown: Uint8Array) => shown.map((s) => (s === CONTEXT ? 0 : s));
  return { ...scene, nodeShown: drop(scene.nodeShown), edgeShown: drop(scene.edgeShown) };
}

export function publicationSvg(request: PublicationRequest): string {
  const { scene, composition, highlight } = prepare(request, PAGE_FONT, pageMeasure());
  const { scale, width, height } = pixelSize(composition, request.size);
  const svg = new SvgContext(width, height);
  paintPublication(svg as unknown as PaintContext, scene, composition, scale, request.background, { highlight });
  return svg.toString();
}

/**
 * A PNG made in the image worker; null when `signal` aborted it (the worker is ended, and with it the work).
 */
export async function publicationPng(request: PublicationRequest, signal?: AbortSignal): Promise<Blob | null> {
  const { scene, composition, highlight } = prepare(request, PAGE_FONT, pageMeasure());
  const { scale, width, height } = pixelSize(composition, request.size);
  const { drawn, transfer } = paintJob(scene, highlight);
  const job: PublicationJob = { ...drawn, composition, scale, width, height, background: request.background };
  if (!canPaintInWorker()) return pngOnPage(job);
  return paintInWorker(job, transfer, request.onProgress, signal).catch((error: Error) => {
    throw new Error(`${NOT_MADE} (${error.message}).`);
  });
}

/**
 * What the worker paints from: copies of the scene's arrays, handed over rather than copied again on the way (the
 * graph, keys, indexes and names stay behind: painting does not use them, the composition carries the names it
 * writes), and whether the graph is written as pixels.
 */
export function paintJob(
  scene: Scene,
  highlight: Highlight | null,
): { drawn: Pick<PublicationJob, 'scene' | 'highlight' | 'pixels'>; transfer: Transferable[] } {
  const transfer: Transferable[] = [];
  const copy = <T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(array: T): T => {
    const copied = array.slice() as T;
    transfer.push(copied.buffer);
    return copied;
  };
  const arrays: DrawnScene = {
    x: copy(scene.x),
    y: copy(scene.y),
    radius: copy(scene.radius),
    colour: copy(scene.colour),
    colours: scene.colours,
    shape: copy(scene.shape),
    shapes: scene.shapes,
    labels: [],
    source: copy(scene.source),
    target: copy(scene.target),
    edgeFlags: copy(scene.edgeFlags),
    edgeStyle: copy(scene.edgeStyle),
    edgeStyles: scene.edgeStyles,
    edgeLabels: [],
    nodeShown: copy(scene.nodeShown),
    edgeShown: copy(scene.edgeShown),
  };
  const marked = highlight && { ...highlight, nodes: copy(highlight.nodes), edges: copy(highlight.edges) };
  const pixels = drawnElements(scene) >= EXPORT_PIXELS_FROM_ELEMENTS;
  return { drawn: { scene: arrays, highlight: marked, pixels }, transfer };
}

/** The entities and links an image draws (shown or faded context). */
function drawnElements(scene: Scene): number {
  let n = 0;
  for (let i = 0; i < scene.nodeShown.length; i++) if (scene.nodeShown[i]) n++;
  for (let j = 0; j < scene.edgeShown.length; j++) if (scene.edgeShown[j]) n++;
  return n;
}

const NOT_MADE = 'The browser could not make the image';

function pngOnPage({ scene, composition, scale, width, height, background, highlight }: PublicationJob): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  paintPublication(canvas.getContext('2d')!, scene, composition, scale, background, { highlight });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`${NOT_MADE}.`))), 'image/png'),
  );
}

/** A vector PDF of one page sized to the drawing (1 CSS pixel = 1 point); jsPDF loads only now. */
export async function publicationPdf(request: PublicationRequest): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const probe = new jsPDF({ unit: 'pt', format: [100, 100] });
  const measure: Measure = (text, font) => {
    // context2d.measureText scales for pixel units; the font's own widths at its size are what is drawn in points.
    probe.context2d.font = font;
    const size = probe.getFontSize();
    return { width: probe.getStringUnitWidth(text) * size, ascent: size * 0.8, descent: size * 0.25 };
  };
  const { scene, composition, highlight } = prepare(request, PDF_FONT, measure);
  const { width, height } = composition;
  const pdf = new jsPDF({
    unit: 'pt',
    format: [width, height],
    orientation: width > height ? 'landscape' : 'portrait',
  });
  paintPublication(pdf.context2d as unknown as PaintContext, scene, composition, 1, request.background, { highlight });
  return pdf.output('blob');
}
