// Draws a scene on a 2D canvas in a few batched paths: one stroke per edge colour, one fill per node colour.
// This is what keeps big graphs fluid without a GPU: the cost is the pixels, not a per-element style or cache.
import type { DrawnScene } from '../scene';
import type { Highlight, Viewport } from '../types';
import { traceShape } from './shapes';
import { CONTEXT, EDGE_DISPUTED, EDGE_UNDIRECTED, SHOWN } from '../edgeFlags';
import {
  DISPUTED_COLOR,
  EDGE_COLOR,
  HIGHLIGHT_COLOR,
  SELECTED_COLOR,
  CONTEXT_ALPHA,
  FADED_ALPHA,
} from '../../appearance/colours';
import { BORDERS_BELOW_NODES_ON_SCREEN } from '../../model/thresholds';

/** Zoom at and above which node labels show (cytoscape's 11px font at a 10px minimum, as the small view). */
export const LABEL_ZOOM = 10 / 11;
const MAX_LABELS = 600;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const EDGE_CHUNK = 1000;
/** Below this drawn radius (px) of a typical node, white borders are skipped: they double the fill work and do not show. */
const BORDER_MIN_RADIUS = 4;
const TYPICAL_RADIUS = 11;

/** Whether nodes get their white borders at this zoom with this many drawn (marked ones always do). */
export const nodeBorders = (zoom: number, drawn: number, marked = false) =>
  marked || (zoom * TYPICAL_RADIUS >= BORDER_MIN_RADIUS && drawn < BORDERS_BELOW_NODES_ON_SCREEN);

export function drawScene(
  ctx: CanvasRenderingContext2D,
  scene: DrawnScene,
  view: Viewport,
  highlight: Highlight | null,
  background: string | null,
): void {
  ctx.save();
  ctx.clearRect(0, 0, view.width, view.height);
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, view.width, view.height);
  }
  // What is shown for context only (the far ends of a country filter's links) goes underneath, faded.
  let context: number[] = [];
  if (scene.nodeShown.includes(CONTEXT)) {
    ctx.globalAlpha = highlight ? FADED_ALPHA : CONTEXT_ALPHA;
    drawEdges(ctx, scene, view, null, false, CONTEXT);
    context = drawNodes(ctx, scene, view, null, false, CONTEXT);
  }
  ctx.globalAlpha = highlight ? FADED_ALPHA : 1;
  drawEdges(ctx, scene, view, highlight, false);
  const onScreen = drawNodes(ctx, scene, view, highlight, false);
  ctx.globalAlpha = 1;
  if (highlight) {
    drawEdges(ctx, scene, view, highlight, true);
    drawNodes(ctx, scene, view, highlight, true);
  }
  drawLabels(ctx, scene, view, highlight, onScreen, context);
  ctx.restore();
}

/**
 * Whether drawScene would draw only links, then nodes and their names over them (no highlight, nothing faded for
 * context): the nodes and names can then be drawn apart, as a layer over the links (canvas/nodeLayer.ts).
 */
export function drawsInTwoLayers(scene: DrawnScene, highlight: Highlight | null): boolean {
  return highlight === null && !scene.nodeShown.includes(CONTEXT);
}

/** The links, as drawScene draws them when drawsInTwoLayers. */
export function drawLinkLayer(ctx: CanvasRenderingContext2D, scene: DrawnScene, view: Viewport): void {
  drawEdges(ctx, scene, view, null, false);
}

/** The nodes and their names, as drawScene draws them over the links when drawsInTwoLayers. */
export function drawNodeLayer(ctx: CanvasRenderingContext2D, scene: DrawnScene, view: Viewport): void {
  drawLabels(ctx, scene, view, null, drawNodes(ctx, scene, view, null, false));
}

/**
 * What drawScene draws over the faded rest when something is marked (a path): the marked links with their arrows,
 * the marked nodes and their names. For a drawing whose faded rest was made otherwise (publication/pixelGraph.ts).
 */
export function drawMarkedLayer(
  ctx: CanvasRenderingContext2D,
  scene: DrawnScene,
  view: Viewport,
  highlight: Highlight,
): void {
  ctx.save();
  ctx.globalAlpha = 1;
  drawEdges(ctx, scene, view, highlight, true);
  drawNodes(ctx, scene, view, highlight, true);
  drawLabels(ctx, scene, view, highlight, []);
  ctx.restore();
}

/** The names of the given on-screen nodes, as drawNodeLayer writes them (over a quick node drawing, quickNodes.ts). */
export function drawNodeLabels(
  ctx: CanvasRenderingContext2D,
  scene: DrawnScene,
  view: Viewport,
  onScreen: number[],
): void {
  drawLabels(ctx, scene, view, null, onScreen);
}

const sx = (scene: DrawnScene, view: Viewport, i: number) => scene.x[i]! * view.zoom + view.panX;
const sy = (scene: DrawnScene, view: Viewport, i: number) => scene.y[i]! * view.zoom + view.panY;

function drawEdges(
  ctx: CanvasRenderingContext2D,
  scene: DrawnScene,
  view: Viewport,
  highlight: Highlight | null,
  marked: boolean,
  layer = SHOWN,
): void {
  const { width, height } = view;
  // One pass per line style (a big imported graph has one: 1 px, solid). Bulk edges stay one pixel wide at every
  // zoom: wider lines leave the rasteriser's fast path (20k edges at 1.5px took 2.8 s against 0.16 s at 1px).
  // Paths are stroked in chunks, which the rasteriser also handles faster.
  scene.edgeStyles.forEach((style, styleIndex) => {
    ctx.lineWidth = marked ? Math.max(style.width, 2.5) : style.width;
    ctx.setLineDash(style.dash);
    for (const disputed of [false, true]) {
      ctx.strokeStyle = disputed ? DISPUTED_COLOR : marked ? HIGHLIGHT_COLOR : EDGE_COLOR;
      ctx.beginPath();
      let pending = 0;
      for (let j = 0; j < scene.source.length; j++) {
        if (
          scene.edgeShown[j] !== layer ||
          scene.edgeStyle[j] !== styleIndex ||
          ((scene.edgeFlags[j]! & EDGE_DISPUTED) !== 0) !== disputed
        )
          continue;
        if (highlight && (highlight.edges[j] === 1) !== marked) continue;
        const s = scene.source[j]!;
        const t = scene.target[j]!;
        const x1 = sx(scene, view, s);
        const y1 = sy(scene, view, s);
        const x2 = sx(scene, view, t);
        const y2 = sy(scene, view, t);
        // Off screen when both ends are beyond the same edge of the viewport.
        if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > width && x2 > width) || (y1 > height && y2 > height))
          continue;
        ctx.moveTo(x1, y1);
        ctx.lineTo(x2, y2);
        if (++pending === EDGE_CHUNK) {
          ctx.stroke();
          ctx.beginPath();
          pending = 0;
        }
      }
      if (pending > 0) ctx.stroke();
    }
  });
  ctx.setLineDash([]);
  drawDisputeMarks(ctx, scene, view, highlight, marked, layer);
  if (marked && highlight) drawMarkedEdgeDetails(ctx, scene, view, highlight);
}

/** A hollow diamond at the middle of each disputed link: a dispute is not told by colour alone. */
function drawDisputeMarks(
  ctx: CanvasRenderingContext2D,
  scene: DrawnScene,
  view: Viewport,
  highlight: Highlight | null,
  marked: boolean,
  layer: number,
): void {
  const size = 4;
  ctx.beginPath();
  let any = false;
  for (let j = 0; j < scene.source.length; j++) {
    if (scene.edgeShown[j] !== layer || !(scene.edgeFlags[j]! & EDGE_DISPUTED)) continue;
    if (highlight && (highlight.edges[j] === 1) !== marked) continue;
    const x = (sx(scene, view, scene.source[j]!) + sx(scene, view, scene.target[j]!)) / 2;
    const y = (sy(scene, view, scene.source[j]!) + sy(scene, view, scene.target[j]!)) / 2;
    if (x < -size || y < -size || x > view.width + size || y > view.height + size) continue;
    ctx.moveTo(x, y - size);
    ctx.lineTo(x + size, y);
    ctx.lineTo(x, y + size);
    ctx.lineTo(x - size, y);
    ctx.closePath();
    any = true;
  }
  if (!any) return;
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = DISPUTED_COLOR;
  ctx.stroke();
}

/** The highlighted edges' arrowheads, and the selected edge drawn dark and thick on top. */
function drawMarkedEdgeDetails(
  ctx: CanvasRenderingContext2D,
  scene: DrawnScene,
  view: Viewport,
  highlight: Highlight,
): void {
  for (let j = 0; j < scene.source.length; j++) {
    if (highlight.edges[j] !== 1 || !scene.edgeShown[j] || scene.edgeFlags[j]! & EDGE_UNDIRECTED) continue;
    const colour =
      j === highlight.edge ? SELECTED_COLOR : scene.edgeFlags[j]! & EDGE_DISPUTED ? DISPUTED_COLOR : HIGHLIGHT_COLOR;
    drawArrowHead(ctx, scene, view, j, colour);
  }
  const j = highlight.edge;
  if (j < 0 || !scene.edgeShown[j]) return;
  const s = scene.source[j]!;
  const t = scene.target[j]!;
  ctx.beginPath();
  ctx.moveTo(sx(scene, view, s), sy(scene, view, s));
  ctx.lineTo(sx(scene, view, t), sy(scene, view, t));
  ctx.lineWidth = 4;
  ctx.strokeStyle = SELECTED_COLOR;
  ctx.stroke();
  if (!(scene.edgeFlags[j]! & EDGE_UNDIRECTED)) drawArrowHead(ctx, scene, view, j, SELECTED_COLOR);
}

export function drawArrowHead(
  ctx: CanvasRenderingContext2D,
  scene: DrawnScene,
  view: Viewport,
  j: number,
  colour: string,
): void {
  const s = scene.source[j]!;
  const t = scene.target[j]!;
  const x1 = sx(scene, view, s);
  const y1 = sy(scene, view, s);
  const x2 = sx(scene, view, t);
  const y2 = sy(scene, view, t);
  const length = Math.hypot(x2 - x1, y2 - y1);
  const size = 9;
  const back = scene.radius[t]! * view.zoom;
  if (length <= back + size) return;
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const tipX = x2 - ux * back;
  const tipY = y2 - uy * back;
  ctx.beginPath();
  ctx.moveTo(tipX, tipY);
  ctx.lineTo(tipX - ux * size - uy * size * 0.5, tipY - uy * size + ux * size * 0.5);
  ctx.lineTo(tipX - ux * size + uy * size * 0.5, tipY - uy * size - ux * size * 0.5);
  ctx.closePath();
  ctx.fillStyle = colour;
  ctx.fill();
}

/** Draws the nodes of one layer (faded base or highlighted) and returns the on-screen ones, for labels. */
function drawNodes(
  ctx: CanvasRenderingContext2D,
  scene: DrawnScene,
  view: Viewport,
  highlight: Highlight | null,
  marked: boolean,
  layer = SHOWN,
): number[] {
  const buckets: number[][] = scene.colours.map(() => []);
  const onScreen: number[] = [];
  const { width, height, zoom } = view;
  for (let i = 0; i < scene.x.length; i++) {
    if (scene.nodeShown[i] !== layer) continue;
    if (highlight && (highlight.nodes[i] === 1) !== marked) continue;
    const r = scene.radius[i]! * zoom;
    const x = sx(scene, view, i);
    const y = sy(scene, view, i);
    if (x + r < 0 || y + r < 0 || x - r > width || y - r > height) continue;
    buckets[scene.colour[i]!]!.push(i);
    onScreen.push(i);
  }
  const borders = nodeBorders(zoom, onScreen.length, marked);
  buckets.forEach((nodes, colour) => {
    if (nodes.length === 0) return;
    ctx.beginPath();
    for (const i of nodes)
      traceShape(
        ctx,
        scene.shapes[scene.shape[i]!]!,
        sx(scene, view, i),
        sy(scene, view, i),
        Math.max(1, scene.radius[i]! * zoom),
      );
    ctx.fillStyle = scene.colours[colour]!;
    ctx.fill();
    if (borders) {
      ctx.lineWidth = marked ? 3 : 1;
      ctx.strokeStyle = marked ? HIGHLIGHT_COLOR : '#ffffff';
      ctx.stroke();
    }
  });
  if (marked && highlight && highlight.node >= 0 && scene.nodeShown[highlight.node]) {
    const i = highlight.node;
    ctx.beginPath();
    traceShape(
      ctx,
      scene.shapes[scene.shape[i]!]!,
      sx(scene, view, i),
      sy(scene, view, i),
      Math.max(2, scene.radius[i]! * zoom),
    );
    ctx.lineWidth = 4;
    ctx.strokeStyle = SELECTED_COLOR;
    ctx.stroke();
  }
  return onScreen;
}

/** Labels under on-screen nodes once zoomed in enough to read them, and always for the highlighted ones. */
function drawLabels(
  ctx: CanvasRenderingContext2D,
  scene: DrawnScene,
  view: Viewport,
  highlight: Highlight | null,
  onScreen: number[],
  context: number[] = [],
): void {
  const marked = highlight ? [...onScreenMarked(scene, view, highlight)] : [];
  let plain = view.zoom >= LABEL_ZOOM ? onScreen : [];
  const faint = view.zoom >= LABEL_ZOOM && !highlight ? context.slice(0, MAX_LABELS) : [];
  if (plain.length > MAX_LABELS)
    plain = [...plain].sort((a, b) => scene.radius[b]! - scene.radius[a]!).slice(0, MAX_LABELS);
  if (plain.length === 0 && marked.length === 0 && faint.length === 0) return;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  const write = (i: number, size: number, weight: string) => {
    const label = scene.labels[i]!;
    if (!label) return;
    ctx.font = `${weight} ${size}px ${FONT}`;
    const x = sx(scene, view, i);
    const y = sy(scene, view, i) + scene.radius[i]! * view.zoom + 3 * Math.min(view.zoom, 1);
    ctx.strokeText(label, x, y);
    ctx.fillText(label, x, y);
  };
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(255,255,255,0.85)';
  ctx.fillStyle = '#111827';
  ctx.globalAlpha = CONTEXT_ALPHA;
  for (const i of faint) write(i, 11 * view.zoom, 'normal');
  ctx.globalAlpha = highlight ? 0.3 : 1;
  for (const i of plain) if (!highlight || highlight.nodes[i] !== 1) write(i, 11 * view.zoom, 'normal');
  ctx.globalAlpha = 1;
  for (const i of marked) write(i, Math.max(11, 11 * view.zoom), i === highlight!.node ? 'bold' : 'normal');
  if (highlight && highlight.edge >= 0 && scene.edgeShown[highlight.edge]) {
    const j = highlight.edge;
    const s = scene.source[j]!;
    const t = scene.target[j]!;
    ctx.font = `10px ${FONT}`;
    ctx.textBaseline = 'bottom';
    const x = (sx(scene, view, s) + sx(scene, view, t)) / 2;
    const y = (sy(scene, view, s) + sy(scene, view, t)) / 2 - 3;
    ctx.strokeText(scene.edgeLabels[j]!, x, y);
    ctx.fillText(scene.edgeLabels[j]!, x, y);
  }
}

function* onScreenMarked(scene: DrawnScene, view: Viewport, highlight: Highlight): Generator<number> {
  for (let i = 0; i < scene.x.length; i++) {
    if (highlight.nodes[i] !== 1 || !scene.nodeShown[i]) continue;
    const x = sx(scene, view, i);
    const y = sy(scene, view, i);
    if (x >= -50 && y >= -50 && x <= view.width + 50 && y <= view.height + 50) yield i;
  }
}
