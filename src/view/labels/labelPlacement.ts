// Label placement without overlap, shared by the live views (which labels fit next to their node) and the exports
// (every label placed, with a leader line when it had to move away). Pure: no DOM, no renderer library; the caller
// measures the text and gives every size in one unit (model units for exports, rendered pixels for the live view).
// Greedy by priority over a uniform grid of occupied boxes, so each test looks at a few neighbours, not every label.

export interface LabelRequest {
  id: string;
  /** Node centre. */
  x: number;
  y: number;
  /** Half the node's drawn size (its box is x±radius, y±radius). */
  radius: number;
  /** The label's text box. */
  width: number;
  height: number;
  /** Higher is placed first (selection, then degree). */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** true when the label sits away from its node and needs a leader line from (x,y) */
  leader: boolean;
}

export interface PlacementOptions {
  /** Space kept between a label and any other box (default 2). */
  gap?: number;
  /** Live view: a label must lie wholly inside this box (the drawing's visible part), or it is not shown. */
  bounds?: Box;
}

/** Where a label sits next to its node, in the terms of cytoscape's text-halign / text-valign. */
export interface LabelAnchor {
  halign: 'left' | 'center' | 'right';
  valign: 'top' | 'center' | 'bottom';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const DEFAULT_GAP = 2;
/** At most this many positions on one ring of leader positions (the larger rings would have more). */
const MAX_RING_POSITIONS = 64;

/**
 * The positions that touch the node (with the gap), best first: centred below (the stylesheet's default), right,
 * above, left, then the four corners. These are the ones a live renderer can draw with its alignment options.
 */
export const ADJACENT_ANCHORS: readonly LabelAnchor[] = [
  { halign: 'center', valign: 'bottom' },
  { halign: 'right', valign: 'center' },
  { halign: 'center', valign: 'top' },
  { halign: 'left', valign: 'center' },
  { halign: 'right', valign: 'bottom' },
  { halign: 'left', valign: 'bottom' },
  { halign: 'right', valign: 'top' },
  { halign: 'left', valign: 'top' },
];

/** Exports: every label placed, none overlapping another label or any node's box. */
export function placeLabels(requests: readonly LabelRequest[], options?: PlacementOptions): PlacedLabel[] {
  const gap = gapOf(options);
  const { grid, order, extent } = prepare(requests, gap);
  const placed = new Map<string, PlacedLabel>();
  for (const r of order) {
    const box = firstFree(grid, gap, allCandidates(r, gap, extent)) ?? belowEverything(r, extent, gap);
    grid.add(box);
    extent.bottom = Math.max(extent.bottom, box.bottom);
    placed.set(r.id, toPlaced(r, box, gap));
  }
  return requests.map((r) => placed.get(r.id) as PlacedLabel);
}

/** Live view: the ids whose label fits at a candidate position next to its node without overlap, by priority. */
export function labelsThatFit(requests: readonly LabelRequest[], options?: PlacementOptions): Map<string, PlacedLabel> {
  const gap = gapOf(options);
  const { grid, order } = prepare(requests, gap);
  const fitting = new Map<string, PlacedLabel>();
  const bounds = options?.bounds;
  const inside = (box: Box) =>
    !bounds ||
    (box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom);
  for (const r of order) {
    const box = firstFree(grid, gap, filter(adjacentCandidates(r, gap), inside));
    if (!box) continue;
    grid.add(box);
    fitting.set(r.id, toPlaced(r, box, gap));
  }
  return fitting;
}

/** Which side of its node a placed label sits on (for renderers that align text rather than position it). */
export function anchorOf(request: LabelRequest, label: PlacedLabel): LabelAnchor {
  const cx = label.left + label.width / 2;
  const cy = label.top + label.height / 2;
  const side = (offset: number, near: number) => (Math.abs(offset) < near ? 0 : Math.sign(offset));
  const h = side(cx - request.x, request.radius + label.width / 2);
  const v = side(cy - request.y, request.radius + label.height / 2);
  return {
    halign: h < 0 ? 'left' : h > 0 ? 'right' : 'center',
    valign: v < 0 ? 'top' : v > 0 ? 'bottom' : 'center',
  };
}

/** Whether two boxes come closer than `gap` (touching at exactly the gap is allowed). */
export function boxesConflict(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

function gapOf(options: PlacementOptions | undefined): number {
  const gap = options?.gap ?? DEFAULT_GAP;
  if (!Number.isFinite(gap) || gap < 0) throw new RangeError(`label gap must be a number ≥ 0, got ${gap}`);
  return gap;
}

/** Checks the input, puts every node box in the grid and orders the labels by priority (input order on ties). */
function prepare(requests: readonly LabelRequest[], gap: number) {
  const ids = new Set<string>();
  for (const r of requests) {
    validate(r);
    if (ids.has(r.id)) throw new Error(`label "${r.id}" is requested twice`);
    ids.add(r.id);
  }
  const grid = new BoxGrid(cellSizeFor(requests, gap));
  const extent = { bottom: -Infinity };
  for (const r of requests) {
    const node = nodeBox(r);
    grid.add(node);
    extent.bottom = Math.max(extent.bottom, node.bottom);
  }
  const order = requests
    .map((r, index) => ({ r, index }))
    .sort((a, b) => b.r.priority - a.r.priority || a.index - b.index)
    .map(({ r }) => r);
  return { grid, order, extent };
}

function validate(r: LabelRequest): void {
  for (const key of ['x', 'y', 'radius', 'width', 'height', 'priority'] as const) {
    if (!Number.isFinite(r[key])) throw new RangeError(`label "${r.id}": ${key} must be a finite number`);
  }
  for (const key of ['radius', 'width', 'height'] as const) {
    if (r[key] < 0) throw new RangeError(`label "${r.id}": ${key} must not be negative`);
  }
}

/** About one typical label or node per cell: big enough that a box covers few cells, small enough to prune. */
function cellSizeFor(requests: readonly LabelRequest[], gap: number): number {
  if (requests.length === 0) return 1;
  const sizes = requests.map((r) => Math.max(r.width, r.height, 2 * r.radius)).sort((a, b) => a - b);
  return Math.max(sizes[Math.floor(sizes.length / 2)]! + gap, 1);
}

function nodeBox(r: LabelRequest): Box {
  return { left: r.x - r.radius, top: r.y - r.radius, right: r.x + r.radius, bottom: r.y + r.radius };
}

function boxAt(left: number, top: number, r: LabelRequest): Box {
  return { left, top, right: left + r.width, bottom: top + r.height };
}

/** The label box for an anchor, `gap` away from the node box (plus `push` farther out, for leader rings). */
function anchoredBox(r: LabelRequest, anchor: LabelAnchor, gap: number, push = 0): Box {
  const reach = r.radius + gap + push;
  const left =
    anchor.halign === 'center' ? r.x - r.width / 2 : anchor.halign === 'right' ? r.x + reach : r.x - reach - r.width;
  const top =
    anchor.valign === 'center' ? r.y - r.height / 2 : anchor.valign === 'bottom' ? r.y + reach : r.y - reach - r.height;
  return boxAt(left, top, r);
}

function* adjacentCandidates(r: LabelRequest, gap: number): Generator<Box> {
  for (const anchor of ADJACENT_ANCHORS) yield anchoredBox(r, anchor, gap);
}

/**
 * Touching positions first, then the same slid along the node's sides, then rings farther out (with a leader), until
 * a ring reaches below everything placed so far, where its first position (straight below) is free for certain.
 */
function* allCandidates(r: LabelRequest, gap: number, extent: { bottom: number }): Generator<Box> {
  yield* adjacentCandidates(r, gap);
  const below = r.y + r.radius + gap;
  const above = r.y - r.radius - gap - r.height;
  const rightOf = r.x + r.radius + gap;
  const leftOf = r.x - r.radius - gap - r.width;
  for (const top of [below, above]) {
    yield boxAt(r.x - r.radius, top, r);
    yield boxAt(r.x + r.radius - r.width, top, r);
  }
  for (const left of [rightOf, leftOf]) {
    yield boxAt(left, r.y - r.radius, r);
    yield boxAt(left, r.y + r.radius - r.height, r);
  }
  const step = Math.max(r.height, 1) + gap;
  for (let ring = 1; ; ring++) {
    // Rings spread out faster than they step, so a crowded middle is left behind in a few rings.
    const push = step * (ring + (ring * ring) / 4);
    // An ellipse around the node, wider than tall like the labels; more positions on the larger rings.
    const count = Math.min(8 + 4 * ring, MAX_RING_POSITIONS);
    const rx = r.radius + gap + r.width / 2 + push;
    const ry = r.radius + gap + r.height / 2 + push;
    for (let i = 0; i < count; i++) {
      // Start straight below and alternate sides, so nearer-to-default positions come first.
      const k = Math.ceil(i / 2) * (i % 2 === 0 ? 1 : -1);
      const angle = Math.PI / 2 + (2 * Math.PI * k) / count;
      yield boxAt(r.x + Math.cos(angle) * rx - r.width / 2, r.y + Math.sin(angle) * ry - r.height / 2, r);
    }
    // This ring's first position (straight below, top at y + radius + gap + push) lay under everything: it was free.
    if (r.y + r.radius + push > extent.bottom) return;
  }
}

/** Below every node and label placed so far: free for certain (the rings end there; this guards against rounding). */
function belowEverything(r: LabelRequest, extent: { bottom: number }, gap: number): Box {
  return boxAt(r.x - r.width / 2, extent.bottom + gap, r);
}

function* filter(boxes: Iterable<Box>, keep: (box: Box) => boolean): Generator<Box> {
  for (const box of boxes) if (keep(box)) yield box;
}

function firstFree(grid: BoxGrid, gap: number, candidates: Iterable<Box>): Box | undefined {
  for (const box of candidates) if (!grid.conflicts(box, gap)) return box;
  return undefined;
}

function toPlaced(r: LabelRequest, box: Box, gap: number): PlacedLabel {
  const node = nodeBox(r);
  const dx = Math.max(0, box.left - node.right, node.left - box.right);
  const dy = Math.max(0, box.top - node.bottom, node.top - box.bottom);
  // Adjacent positions sit exactly `gap` from the node on one axis; allow for rounding.
  const leader = Math.max(dx, dy) > gap + 1e-6 * (1 + Math.abs(r.x) + Math.abs(r.y));
  return { id: r.id, left: box.left, top: box.top, width: r.width, height: r.height, leader };
}

/**
 * One number per cell (a number keys a Map faster than a string). Cells 65,536 apart share a key: that costs a few
 * extra box tests, never a wrong answer, as every candidate is tested against the boxes themselves.
 */
function cellKey(i: number, j: number): number {
  return ((i & 0xffff) << 16) | (j & 0xffff);
}

/** Boxes covering more cells than this are kept in a list of their own instead of being copied into every cell. */
const MAX_CELLS_PER_BOX = 64;

/** A uniform grid of occupied boxes: each box is listed in every cell it covers (outsized ones apart). */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  private readonly outsized: Box[] = [];
  private readonly all: Box[] = [];
  constructor(private readonly cell: number) {}

  add(box: Box): void {
    this.all.push(box);
    const span = this.span(box, 0);
    if (span.count > MAX_CELLS_PER_BOX) {
      this.outsized.push(box);
      return;
    }
    this.visit(span, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
      return false;
    });
  }

  conflicts(box: Box, gap: number): boolean {
    const hits = (other: Box) => boxesConflict(box, other, gap);
    const span = this.span(box, gap);
    // A query bigger than the grid's cells is cheaper as one pass over every box.
    if (span.count > MAX_CELLS_PER_BOX) return this.all.some(hits);
    return this.outsized.some(hits) || this.visit(span, (key) => this.cells.get(key)?.some(hits) ?? false);
  }

  /** The cells the box, grown by `margin`, covers. */
  private span(box: Box, margin: number) {
    const c = this.cell;
    const i0 = Math.floor((box.left - margin) / c);
    const i1 = Math.floor((box.right + margin) / c);
    const j0 = Math.floor((box.top - margin) / c);
    const j1 = Math.floor((box.bottom + margin) / c);
    return { i0, i1, j0, j1, count: (i1 - i0 + 1) * (j1 - j0 + 1) };
  }

  /** Calls `visit` on each cell of the span; stops and returns true as soon as it does. */
  private visit(span: ReturnType<BoxGrid['span']>, visit: (key: number) => boolean): boolean {
    for (let i = span.i0; i <= span.i1; i++)
      for (let j = span.j0; j <= span.j1; j++) if (visit(cellKey(i, j))) return true;
    return false;
  }
}
