// Lays out a publication image at 1× (CSS pixels): title and subtitle, the graph with every name written in full
// and placed clear of the others (the faded context's too, in a paler ink, after the shown ones), then legend,
// caption, credits and footer, wrapped to the page. Pure: text is
// measured through `measure` (a canvas on the page, or the PDF's own metrics); labels placed by labelPlacement.ts.
import { CONTEXT, SHOWN } from '../edgeFlags';
import { shownBounds, type Scene } from '../scene';
import type { LegendEntry } from './legendEntries';
import { placeLabels, type LabelRequest } from '../labels/labelPlacement';
import type { Viewport } from '../types';

export interface TextSize {
  width: number;
  /** Above and below the alphabetic baseline: the box a label takes. */
  ascent: number;
  descent: number;
}
export type Measure = (text: string, font: string) => TextSize;

export interface PublicationContent {
  title: string;
  subtitle: string;
  /** null: switched off. */
  legend: LegendEntry[] | null;
  caption: string | null;
  credits: string[] | null;
  footer: string | null;
}

/** The whole shown graph, or the part the screen shows (its viewport). */
export type Frame = { kind: 'whole' } | { kind: 'view'; screen: Viewport };

export interface TextRun {
  text: string;
  /** Left end and alphabetic baseline. */
  x: number;
  y: number;
  font: string;
  colour: string;
}

export interface NodeLabel extends TextRun {
  /** The box the label takes (what placement kept clear of the others). */
  box: { left: number; top: number; width: number; height: number };
  /** From the node's rim to the label, when the label had to move away from its node. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface Composition {
  width: number;
  height: number;
  /** Where the graph is drawn; `view` maps model to page coordinates (zoom, pan) over the whole page. */
  graph: { left: number; top: number; width: number; height: number; view: Viewport; clip: boolean };
  labels: NodeLabel[];
  texts: TextRun[];
  swatches: { entry: LegendEntry; x: number; y: number; textX: number }[];
}

export const SWATCH = { width: 28, height: 14 } as const;
const MARGIN = 24;
const GAP = 14;
const MIN_TEXT_WIDTH = 520;
/** The whole graph at 1× is drawn at its model size, shrunk if its longer side would pass this. */
const WHOLE_MAX_SIDE = 3000;
/** Names drawn on a big graph: the biggest nodes' first (one image cannot carry 50,000 readable names). */
export const MAX_PUBLISHED_LABELS = 400;
const LABEL_SIZE = 11;
/** Added to a shown entity's label priority, so every shown name is placed before any context name. */
const CONTEXT_BEHIND = 1e9;
const INK = '#111827';
const MUTED = '#4b5563';
/** The faded context's names: readable, but a step behind the shown entities'. */
const CONTEXT_INK = '#6b7280';

export function fontOf(size: number, family: string, weight = 'normal'): string {
  return `${weight} ${size}px ${family}`;
}

/** Greedy word wrap; a word longer than the line gets a line of its own (never cut). */
export function wrap(text: string, font: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next, font).width > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

interface GraphBlock {
  width: number;
  height: number;
  /** Page position of model (x, y) is (x * zoom + dx + left, y * zoom + dy + top). */
  zoom: number;
  dx: number;
  dy: number;
  labels: NodeLabel[];
}

/** The graph's own block: node positions at the block's zoom and every label placed, all relative to its corner. */
function graphBlock(scene: Scene, frame: Frame, family: string, measure: Measure): GraphBlock {
  let zoom: number;
  let dx: number;
  let dy: number;
  if (frame.kind === 'view') ({ zoom, panX: dx, panY: dy } = frame.screen);
  else {
    const b = shownBounds(scene) ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
    zoom = Math.min(1, WHOLE_MAX_SIDE / Math.max(b.x2 - b.x1, b.y2 - b.y1, 1));
    dx = -b.x1 * zoom;
    dy = -b.y1 * zoom;
  }
  const at = (i: number) => ({ x: scene.x[i]! * zoom + dx, y: scene.y[i]! * zoom + dy });
  const inside = (i: number) => {
    if (frame.kind === 'whole') return true;
    const { x, y } = at(i);
    return x >= 0 && y >= 0 && x <= frame.screen.width && y <= frame.screen.height;
  };
  let named: number[] = [];
  for (let i = 0; i < scene.nodeKeys.length; i++) {
    const shown = scene.nodeShown[i];
    if ((shown === SHOWN || shown === CONTEXT) && scene.labels[i] && inside(i)) named.push(i);
  }
  // The shown entities' names are placed first, the context's where room is left: bigger nodes first in each.
  const priority = (i: number) => scene.radius[i]! + (scene.nodeShown[i] === SHOWN ? CONTEXT_BEHIND : 0);
  if (named.length > MAX_PUBLISHED_LABELS) named = highestFirst(named, priority, MAX_PUBLISHED_LABELS);

  const font = fontOf(LABEL_SIZE, family);
  const sizes = new Map(named.map((i) => [i, measure(scene.labels[i]!, font)]));
  const requests: LabelRequest[] = named.map((i) => {
    const size = sizes.get(i)!;
    return {
      id: String(i),
      ...at(i),
      radius: scene.radius[i]! * zoom,
      width: size.width,
      height: size.ascent + size.descent,
      priority: priority(i),
    };
  });
  const labels = placeLabels(requests, { gap: 2 }).map((p): NodeLabel => {
    const i = Number(p.id);
    const node = at(i);
    const r = scene.radius[i]! * zoom;
    const cx = Math.max(p.left, Math.min(node.x, p.left + p.width));
    const cy = Math.max(p.top, Math.min(node.y, p.top + p.height));
    const d = Math.hypot(cx - node.x, cy - node.y) || 1;
    return {
      text: scene.labels[i]!,
      x: p.left,
      y: p.top + sizes.get(i)!.ascent,
      font,
      colour: scene.nodeShown[i] === SHOWN ? INK : CONTEXT_INK,
      box: { left: p.left, top: p.top, width: p.width, height: p.height },
      leader: p.leader
        ? { x1: node.x + ((cx - node.x) / d) * r, y1: node.y + ((cy - node.y) / d) * r, x2: cx, y2: cy }
        : null,
    };
  });
  if (frame.kind === 'view') {
    // A name that would cross the frame's edge is left out rather than cut.
    const { width, height } = frame.screen;
    const whole = labels.filter(
      ({ box }) => box.left >= 0 && box.top >= 0 && box.left + box.width <= width && box.top + box.height <= height,
    );
    return { width, height, zoom, dx, dy, labels: whole };
  }

  // The whole graph: its block grows to hold labels that stick out past the outermost nodes.
  const b = shownBounds(scene);
  let x1 = 0;
  let y1 = 0;
  let x2 = b ? (b.x2 - b.x1) * zoom : 0;
  let y2 = b ? (b.y2 - b.y1) * zoom : 0;
  for (const { box } of labels) {
    x1 = Math.min(x1, box.left);
    y1 = Math.min(y1, box.top);
    x2 = Math.max(x2, box.left + box.width);
    y2 = Math.max(y2, box.top + box.height);
  }
  for (const label of labels) shift(label, -x1, -y1);
  return { width: x2 - x1, height: y2 - y1, zoom, dx: dx - x1, dy: dy - y1, labels };
}

/**
 * The `count` items of highest priority, highest first, ties in their order in `items` (a stable sort's first
 * `count`), without sorting all of them: at 200,000 names that sort held the page for ~60 ms.
 */
export function highestFirst(items: number[], priority: (item: number) => number, count: number): number[] {
  // Plain loops: Float64Array.from with a mapping, and filter callbacks, took 41 ms against 14 at 200,000 (Node).
  const priorities = new Float64Array(items.length);
  for (let k = 0; k < items.length; k++) priorities[k] = priority(items[k]!);
  const threshold = priorities.slice().sort()[items.length - count]!;
  const above: number[] = [];
  const at: number[] = [];
  for (let k = 0; k < items.length; k++) {
    if (priorities[k]! > threshold) above.push(items[k]!);
    else if (priorities[k] === threshold && at.length < count) at.push(items[k]!);
  }
  return [...above, ...at.slice(0, count - above.length)].sort((a, b) => priority(b) - priority(a));
}

function shift(label: NodeLabel, x: number, y: number): void {
  label.x += x;
  label.y += y;
  label.box.left += x;
  label.box.top += y;
  if (label.leader) {
    label.leader.x1 += x;
    label.leader.x2 += x;
    label.leader.y1 += y;
    label.leader.y2 += y;
  }
}

export function compose(
  scene: Scene,
  frame: Frame,
  content: PublicationContent,
  family: string,
  measure: Measure,
): Composition {
  const block = graphBlock(scene, frame, family, measure);
  const decorated =
    content.title !== '' ||
    content.subtitle !== '' ||
    content.legend !== null ||
    content.caption !== null ||
    content.credits !== null ||
    content.footer !== null;
  // A plain image of the screen's view is exactly the screen's size, as before publication options existed.
  const margin = frame.kind === 'view' && !decorated ? 0 : MARGIN;
  const inner = Math.max(block.width, decorated ? MIN_TEXT_WIDTH : 0);
  const width = Math.ceil(inner + 2 * margin);
  const texts: TextRun[] = [];
  const swatches: Composition['swatches'] = [];
  let y = margin;

  const paragraph = (text: string, size: number, colour: string, weight = 'normal', after = 4) => {
    const font = fontOf(size, family, weight);
    for (const line of wrap(text, font, inner, measure)) {
      const m = measure(line || ' ', font);
      y += m.ascent;
      texts.push({ text: line, x: margin, y, font, colour });
      y += m.descent + 3;
    }
    y += after;
  };

  if (content.title) paragraph(content.title, 22, INK, 'bold', content.subtitle ? 2 : GAP);
  if (content.subtitle) paragraph(content.subtitle, 15, MUTED, 'normal', GAP);

  const left = margin + (inner - block.width) / 2;
  const top = y;
  for (const label of block.labels) shift(label, left, top);
  const graph = {
    left,
    top,
    width: block.width,
    height: block.height,
    view: { zoom: block.zoom, panX: block.dx + left, panY: block.dy + top, width, height: 0 },
    clip: frame.kind === 'view',
  };
  y += block.height + (decorated ? GAP : 0);

  if (content.legend && content.legend.length > 0) {
    const font = fontOf(12, family);
    const rowHeight = 20;
    let x = margin;
    for (const entry of content.legend) {
      const w = SWATCH.width + 6 + measure(entry.text, font).width;
      if (x > margin && x + w > margin + inner) {
        x = margin;
        y += rowHeight;
      }
      const swatchY = y + (rowHeight - SWATCH.height) / 2;
      swatches.push({ entry, x, y: swatchY, textX: x + SWATCH.width + 6 });
      texts.push({ text: entry.text, x: x + SWATCH.width + 6, y: y + 14, font, colour: INK });
      x += w + 18;
    }
    y += rowHeight + GAP;
  }
  if (content.caption) paragraph(content.caption, 12, MUTED, 'normal', GAP);
  if (content.credits && content.credits.length > 0) {
    paragraph('Sources', 12, INK, 'bold', 0);
    for (const line of content.credits) paragraph(line, 11, MUTED, 'normal', 0);
    y += GAP;
  }
  if (content.footer) paragraph(content.footer, 11, MUTED, 'normal', GAP);
  if (decorated) y += margin - GAP;
  const height = Math.ceil(Math.max(y, 1));
  graph.view.height = height;
  return { width, height, graph, labels: block.labels, texts, swatches };
}
