// Room for names in a stored layout: a node's full name, centred below it as the stylesheet draws it, is part of
// the space the node takes. makeRoomForLabels nudges nodes apart until no node-and-name box meets another, so at
// any zoom no name overlaps another name or a node. Pure: names are measured by an estimate (no fonts in Node).
import { boxesConflict } from './labelPlacement';

/**
 * Character widths as a share of the font size, by kind of character: the widest of common sans-serif fonts
 * (DejaVu Sans, what system-ui gives on many Linux desktops) rounded up, so the estimate errs towards more room.
 * One factor for every character (about 0.6 on average) is too little for short names of wide letters ("Moscow"
 * runs at 0.67): the kinds keep short names safe without inflating long ones.
 */
export const CHAR_WIDTH_FACTORS = { narrow: 0.42, wide: 1.0, capital: 0.8, other: 0.65 } as const;
const NARROW = /[iljtfrI.,;:'’!|()[\] -]/;
const WIDE = /[mwMW@%]/;
const CAPITAL = /\p{Lu}/u;
/** A name's gap below its node and the padding of its text background (model units), as the stylesheet draws it. */
export const LABEL_MARGIN = 3;
export const LABEL_PADDING = 1;
/** The stylesheet's name font size (px). */
export const LABEL_FONT_SIZE = 11;
/** Line height as a share of the font size (cytoscape's single-line labels come out near 1.2). */
const LINE_HEIGHT = 1.3;

export interface LabelledNode {
  id: string;
  x: number;
  y: number;
  /** Drawn diameter (model units). */
  size: number;
  /** The full name, as drawn below the node. */
  label: string;
  /** Where the drawing wraps names onto more lines, between words (same units as the font); none: one line. */
  wrapWidth?: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The estimated width (px at the stylesheet's font size) of a name's text. */
export function estimatedTextWidth(name: string): number {
  let em = 0;
  for (const char of name) {
    const kind = NARROW.test(char) ? 'narrow' : WIDE.test(char) ? 'wide' : CAPITAL.test(char) ? 'capital' : 'other';
    em += CHAR_WIDTH_FACTORS[kind];
  }
  return em * LABEL_FONT_SIZE;
}

/**
 * A name's lines when wrapped between words at `width` (as the stylesheet's text-wrap does: a word longer than the
 * width keeps a line of its own, uncut).
 */
export function wrappedLines(name: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && estimatedTextWidth(`${last} ${word}`) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The box of a name's text background, estimated from its characters. */
export function estimatedLabelBox(node: LabelledNode): Box {
  if (!node.label) return { left: node.x, top: node.y, right: node.x, bottom: node.y };
  const lines = node.wrapWidth === undefined ? [node.label] : wrappedLines(node.label, node.wrapWidth);
  const width = Math.max(...lines.map(estimatedTextWidth)) + 2 * LABEL_PADDING;
  const height = lines.length * LABEL_FONT_SIZE * LINE_HEIGHT + 2 * LABEL_PADDING;
  const top = node.y + node.size / 2 + LABEL_MARGIN - LABEL_PADDING;
  return { left: node.x - width / 2, top, right: node.x + width / 2, bottom: top + height };
}

export function nodeBox({ x, y, size }: LabelledNode): Box {
  return { left: x - size / 2, top: y - size / 2, right: x + size / 2, bottom: y + size / 2 };
}

/** The node and its name together. */
function footprint(node: LabelledNode): Box {
  const a = nodeBox(node);
  const b = estimatedLabelBox(node);
  return {
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  };
}

/**
 * New positions, by id, where no node-and-name footprint comes within `gap` of another. Nodes are settled from the
 * layout's centre outwards; each stays where it is if its footprint is free, else takes the nearest free spot on
 * rings around it, tried outwards (away from the centre) first. So the layout keeps its shape and grows only where
 * it is crowded. Always finishes: far enough out every spot is free. O(n²) per ring tried: meant for story-sized
 * graphs laid out ahead of time.
 */
export function makeRoomForLabels(
  nodes: readonly LabelledNode[],
  {
    gap = 4,
    step = 4,
    namesOnly = false,
  }: {
    gap?: number;
    step?: number;
    /**
     * Make room for names alone: two nodes without a name may stay as close as they are. Only names are at stake
     * then, and a crowded layout is not spread node by node (seconds at a few hundred nodes).
     */
    namesOnly?: boolean;
  } = {},
): Map<string, { x: number; y: number }> {
  const cx = nodes.reduce((sum, n) => sum + n.x, 0) / Math.max(nodes.length, 1);
  const cy = nodes.reduce((sum, n) => sum + n.y, 0) / Math.max(nodes.length, 1);
  const order = [...nodes].sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
  const placed: { box: Box; named: boolean }[] = [];
  const moved = new Map<string, { x: number; y: number }>();
  for (const node of order) {
    const outwards = Math.atan2(node.y - cy, node.x - cx);
    for (let ring = 0; !moved.has(node.id); ring++) {
      const count = ring === 0 ? 1 : Math.max(8, Math.ceil(2 * Math.PI * ring));
      for (let i = 0; i < count; i++) {
        // Alternate either side of the outward direction, nearest to it first.
        const k = Math.ceil(i / 2) * (i % 2 === 0 ? 1 : -1);
        const angle = outwards + (2 * Math.PI * k) / count;
        const at = { ...node, x: node.x + Math.cos(angle) * ring * step, y: node.y + Math.sin(angle) * ring * step };
        const box = footprint(at);
        const named = Boolean(node.label);
        const clashes = (other: { box: Box; named: boolean }) =>
          (named || other.named || !namesOnly) && boxesConflict(box, other.box, gap);
        if (placed.some(clashes)) continue;
        placed.push({ box, named });
        moved.set(node.id, { x: at.x, y: at.y });
        break;
      }
    }
  }
  return moved;
}

/** Every pair of clashing boxes among the nodes and their names (names with names, names with other nodes). */
export function labelClashes(nodes: readonly LabelledNode[]): string[] {
  const labels = nodes.map(estimatedLabelBox);
  const found: string[] = [];
  nodes.forEach((a, i) => {
    if (!a.label) return;
    nodes.forEach((b, j) => {
      if (i < j && b.label && boxesConflict(labels[i]!, labels[j]!)) found.push(`name ${a.id} × name ${b.id}`);
      if (i !== j && boxesConflict(labels[i]!, nodeBox(b))) found.push(`name ${a.id} × node ${b.id}`);
    });
  });
  return found;
}
