// Paints a composed publication image on anything shaped like a 2D canvas context: a canvas (PNG, in a worker
// for big graphs), svgContext.ts (SVG, text stays text) or jsPDF's context2d (vector PDF). The graph itself is
// drawn by the screen's code (draw.ts); the names, legend and text blocks here.
import { drawArrowHead, drawScene } from '../canvas/draw';
import { EDGE_UNDIRECTED, SHOWN } from '../edgeFlags';
import type { DrawnScene } from '../scene';
import { drawScenePixels, type PixelArea } from './pixelGraph';
import { traceShape } from '../canvas/shapes';
import { DISPUTED_COLOR, EDGE_COLOR } from '../../appearance/colours';
import { SWATCH, type Composition, type TextRun } from './compose';
import { EXPORT_ARROWS_MAX_LINKS } from '../../model/thresholds';
import type { Highlight } from '../types';

/** A context that may also carry a class for the text it writes next (svgContext.ts marks node labels with it). */
export type PaintContext = CanvasRenderingContext2D & { textClass?: string };

const NO_STROKE = 'rgba(0,0,0,0)';

/** A text size in a CSS font string, scaled. */
const scaleFont = (font: string, scale: number) =>
  font.replace(/(\d+(?:\.\d+)?)px/, (_m, size: string) => `${Number(size) * scale}px`);

export interface PaintSteps {
  /** What is drawn marked (the rest faded), as on screen. */
  highlight?: Highlight | null;
  /** Called between the steps (graph, names, text), for a progress bar. */
  progress?: (fraction: number) => void;
  /** The graph written as pixels (pixelGraph.ts), for a big graph's PNG: only on a canvas. */
  pixels?: boolean;
}

export function paintPublication(
  ctx: PaintContext,
  scene: DrawnScene,
  composition: Composition,
  scale: number,
  background: string | null,
  { progress, highlight = null, pixels = false }: PaintSteps = {},
): void {
  const { graph } = composition;
  const page = { width: composition.width * scale, height: composition.height * scale };
  ctx.save();
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, page.width, page.height);
  }
  if (graph.clip) {
    ctx.beginPath();
    ctx.rect(graph.left * scale, graph.top * scale, graph.width * scale, graph.height * scale);
    ctx.clip();
  }
  const view = {
    zoom: graph.view.zoom * scale,
    panX: graph.view.panX * scale,
    panY: graph.view.panY * scale,
    ...page,
  };
  // Names are written below, in full and placed clear of each other: the screen's labels are left out.
  const unnamed: DrawnScene = { ...scene, labels: new Array<string>(scene.labels.length).fill('') };
  if (pixels) drawScenePixels(ctx, unnamed, view, pixelArea(composition, scale), highlight, background, progress);
  else drawScene(ctx, unnamed, view, highlight, background);
  progress?.(0.5);
  // With a path marked, drawScene gives its links their arrows; the faded rest go without.
  if (!highlight && scene.edgeShown.reduce((n, shown) => n + (shown === SHOWN ? 1 : 0), 0) <= EXPORT_ARROWS_MAX_LINKS)
    for (let j = 0; j < scene.source.length; j++)
      if (scene.edgeShown[j] === SHOWN && !(scene.edgeFlags[j]! & EDGE_UNDIRECTED))
        drawArrowHead(ctx, unnamed, view, j, EDGE_COLOR);
  paintLabels(ctx, composition, scale);
  ctx.restore();
  progress?.(0.7);
  ctx.save();
  for (const swatch of composition.swatches)
    paintSwatch(ctx, swatch.entry.swatch, swatch.x * scale, swatch.y * scale, scale);
  ctx.strokeStyle = NO_STROKE;
  ctx.lineWidth = 0;
  for (const run of composition.texts) write(ctx, run, scale);
  ctx.restore();
  progress?.(0.8);
}

/** Where a pixel-drawn graph goes: its clip (the current view), or the whole image, as drawScene fills it. */
function pixelArea({ graph, width, height }: Composition, scale: number): PixelArea {
  if (!graph.clip) return { left: 0, top: 0, width: Math.round(width * scale), height: Math.round(height * scale) };
  const left = Math.round(graph.left * scale);
  const top = Math.round(graph.top * scale);
  return {
    left,
    top,
    width: Math.max(1, Math.round((graph.left + graph.width) * scale) - left),
    height: Math.max(1, Math.round((graph.top + graph.height) * scale) - top),
  };
}

function write(ctx: PaintContext, run: TextRun, scale: number): void {
  ctx.font = scaleFont(run.font, scale);
  ctx.fillStyle = run.colour;
  ctx.fillText(run.text, run.x * scale, run.y * scale);
}

function paintLabels(ctx: PaintContext, { labels }: Composition, scale: number): void {
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.lineWidth = Math.max(0.5, 0.75 * scale);
  ctx.strokeStyle = EDGE_COLOR;
  ctx.beginPath();
  for (const { leader } of labels) {
    if (!leader) continue;
    ctx.moveTo(leader.x1 * scale, leader.y1 * scale);
    ctx.lineTo(leader.x2 * scale, leader.y2 * scale);
  }
  ctx.stroke();
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3 * scale;
  ctx.strokeStyle = 'rgba(255,255,255,0.85)';
  ctx.textClass = 'node-label';
  for (const label of labels) {
    ctx.font = scaleFont(label.font, scale);
    ctx.fillStyle = label.colour;
    ctx.strokeText(label.text, label.x * scale, label.y * scale);
    ctx.fillText(label.text, label.x * scale, label.y * scale);
  }
  ctx.textClass = undefined;
}

function paintSwatch(
  ctx: PaintContext,
  swatch: Composition['swatches'][number]['entry']['swatch'],
  x: number,
  y: number,
  scale: number,
): void {
  const w = SWATCH.width * scale;
  const h = SWATCH.height * scale;
  const midY = y + h / 2;
  const stroke = (colour: string, width: number, dash: number[], from = x, to = x + w) => {
    ctx.beginPath();
    ctx.moveTo(from, midY);
    ctx.lineTo(to, midY);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width * scale;
    ctx.setLineDash(dash.map((d) => d * scale));
    ctx.stroke();
    ctx.setLineDash([]);
  };
  switch (swatch.kind) {
    case 'node':
      ctx.beginPath();
      traceShape(ctx, swatch.shape, x + w / 2, midY, (h / 2) * 0.95);
      ctx.fillStyle = swatch.colour;
      ctx.fill();
      return;
    case 'line':
      stroke(swatch.colour, swatch.width, swatch.dash);
      if (swatch.arrow) {
        ctx.beginPath();
        ctx.moveTo(x + w, midY);
        ctx.lineTo(x + w - 7 * scale, midY - 4 * scale);
        ctx.lineTo(x + w - 7 * scale, midY + 4 * scale);
        ctx.closePath();
        ctx.fillStyle = swatch.colour;
        ctx.fill();
      }
      if (swatch.diamond) {
        const s = 4 * scale;
        ctx.beginPath();
        ctx.moveTo(x + w / 2, midY - s);
        ctx.lineTo(x + w / 2 + s, midY);
        ctx.lineTo(x + w / 2, midY + s);
        ctx.lineTo(x + w / 2 - s, midY);
        ctx.closePath();
        ctx.fillStyle = '#ffffff';
        ctx.fill();
        ctx.lineWidth = 1.5 * scale;
        ctx.strokeStyle = DISPUTED_COLOR;
        ctx.stroke();
      }
      return;
    case 'widths':
      swatch.widths.forEach((width, k) => {
        const part = w / swatch.widths.length;
        stroke(EDGE_COLOR, width, [], x + k * part, x + (k + 1) * part - 3 * scale);
      });
      return;
    case 'gradient':
      // A few flat steps: SVG and PDF take those alike.
      swatch.steps.forEach((colour, k, steps) => {
        ctx.fillStyle = colour;
        ctx.fillRect(x + (k * w) / steps.length, y, w / steps.length + 0.5, h);
      });
      return;
    case 'none':
      return;
  }
}
