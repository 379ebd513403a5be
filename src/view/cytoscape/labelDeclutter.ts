// Names that do not overlap in the cytoscape view (story-sized graphs): once the viewport rests, after a layout, a
// filter, a selection or an appearance change, the on-screen nodes' names go through labelsThatFit by priority
// (labelPriority.ts). Each name that fits gets a class that puts it on the side of its node where it fits; the
// others get `label-hidden` (text-opacity 0, so cytoscape still measures them). Names and nodes scale together with
// the zoom, so the work is done in model units; the zoom matters only through which nodes are on screen.
import type { Core, NodeSingular, SingularElementArgument, StylesheetJson } from 'cytoscape';
import {
  ADJACENT_ANCHORS,
  anchorOf,
  boxesConflict,
  labelsThatFit,
  type LabelAnchor,
  type LabelRequest,
  type PlacedLabel,
} from '../labels/labelPlacement';
import { labelPriority } from '../labels/labelPriority';
import { LABEL_MARGIN, LABEL_PADDING } from '../labels/labelRoom';
import { whenSettled } from '../settle';
import type { DrawnLabel } from '../types';
import { labelBox, labelReadable, renderedBox, type Box } from './labelBounds';
import { declutterEdgeLabels } from './edgeLabels';

export const HIDDEN_LABEL = 'label-hidden';
/** Room kept around each drawn name (its text background), so neighbouring names never touch. */
const BREATHING = 1;
/** The placement gap that puts a name where cytoscape draws it: margin − padding = gap + breathing. */
const GAP = LABEL_MARGIN - LABEL_PADDING - BREATHING;
/** Nodes this far (model units) past the screen's edge still count: their names can reach onto it. */
const OFF_SCREEN_MARGIN = 80;

/** The class that puts a name at this anchor (none for the stylesheet's default, centred below). */
export function anchorClass({ halign, valign }: LabelAnchor): string {
  return halign === 'center' && valign === 'bottom' ? '' : `label-${halign}-${valign}`;
}

const ANCHOR_CLASSES = ADJACENT_ANCHORS.map(anchorClass).filter(Boolean);
const LABEL_CLASSES = [HIDDEN_LABEL, ...ANCHOR_CLASSES];
const ALL_CLASSES = LABEL_CLASSES.join(' ');

/** Stylesheet rules for the anchor classes and the hidden one, for names and captions (last: they win over `.faded`). */
export function labelRules(): StylesheetJson {
  const offset = (side: string, after: string, before: string) =>
    side === after ? LABEL_MARGIN : side === before ? -LABEL_MARGIN : 0;
  return [
    ...ADJACENT_ANCHORS.filter((a) => anchorClass(a) !== '').map((a) => ({
      selector: `node.${anchorClass(a)}`,
      style: {
        'text-halign': a.halign,
        'text-valign': a.valign,
        'text-margin-x': offset(a.halign, 'right', 'left'),
        'text-margin-y': offset(a.valign, 'bottom', 'top'),
      },
    })),
    { selector: `.${HIDDEN_LABEL}`, style: { 'text-opacity': 0 } },
  ] as StylesheetJson;
}

export interface LabelDeclutter {
  /** Re-evaluates once things rest (called after anything that moves, shows, hides or restyles nodes). */
  schedule(): void;
  /** Whether this node's name is hidden to make room for others. */
  isHidden(node: NodeSingular): boolean;
  /** The names and captions drawn on screen now, with where cytoscape draws them (browser tests read them). */
  drawnLabels(): DrawnLabel[];
  destroy(): void;
}

/** Room (px on screen) kept between a name and the drawing's edge. */
const EDGE_ROOM_PX = 2;

/**
 * `beforeMeasure` runs first on every pass: names keep their screen size (nameScale.ts), so they are restyled for the
 * zoom before cytoscape measures them.
 */
export function createLabelDeclutter(cy: Core, beforeMeasure: () => void = () => {}): LabelDeclutter {
  const settled = whenSettled(update);

  function update(): void {
    beforeMeasure();
    const requests = onScreenRequests(cy);
    // A name is drawn whole or not at all: one that would run off the drawing's edge takes another side or gives way.
    const room = EDGE_ROOM_PX / cy.zoom();
    const { x1, y1, x2, y2 } = cy.extent();
    const bounds = { left: x1 + room, top: y1 + room, right: x2 - room, bottom: y2 - room };
    const fitting = labelsThatFit(requests, { gap: GAP, bounds });
    const selected = requests.find((r) => cy.getElementById(r.id).selected());
    if (selected && !fitting.has(selected.id)) showBelow(selected, fitting);
    const taken: Box[] = requests.map((r) => ({
      left: r.x - r.radius,
      top: r.y - r.radius,
      right: r.x + r.radius,
      bottom: r.y + r.radius,
    }));
    for (const p of fitting.values()) taken.push(boxOf(p));
    cy.batch(() => {
      for (const r of requests) {
        const placed = fitting.get(r.id);
        const wanted = placed ? anchorClass(anchorOf(r, placed)) : HIDDEN_LABEL;
        const node = cy.getElementById(r.id);
        // Only changes restyle (filtered nodes come back with the classes they had).
        if (LABEL_CLASSES.every((c) => node.hasClass(c) === (c === wanted))) continue;
        node.removeClass(ALL_CLASSES);
        if (wanted) node.addClass(wanted);
      }
    });
    declutterEdgeLabels(cy, taken, HIDDEN_LABEL, BREATHING, GAP);
  }

  const schedule = () => settled.schedule();
  cy.on('viewport layoutstop dragfree', schedule);

  return {
    schedule,
    isHidden: (node) => node.hasClass(HIDDEN_LABEL),
    drawnLabels() {
      const zoom = cy.zoom();
      const onScreen = (b: { left: number; top: number; width: number; height: number }) =>
        b.left < cy.width() && b.left + b.width > 0 && b.top < cy.height() && b.top + b.height > 0;
      return cy
        .elements()
        .filter((e) => labelReadable(e, zoom) && !e.hasClass(HIDDEN_LABEL))
        .map((e): DrawnLabel => ({
          id: e.id(),
          kind: e.isNode() ? 'node' : 'edge',
          text: String(e.data('label') ?? ''),
          fontSize: e.numericStyle('font-size') * zoom,
          lines: wrappedLinesOf(e),
          ...renderedBox(cy, labelBox(e)),
        }))
        .filter(onScreen);
    },
    destroy() {
      settled.cancel();
      cy.off('viewport layoutstop dragfree', schedule);
    },
  };
}

/** The on-screen named nodes as placement requests, each name the size cytoscape measured (plus breathing room). */
function onScreenRequests(cy: Core): LabelRequest[] {
  const { x1, y1, x2, y2 } = cy.extent();
  const requests: LabelRequest[] = [];
  cy.nodes().forEach((n) => {
    if (!n.visible() || !n.data('label')) return;
    const { x, y } = n.position();
    const radius = n.width() / 2;
    const m = OFF_SCREEN_MARGIN + radius;
    if (x < x1 - m || x > x2 + m || y < y1 - m || y > y2 + m) return;
    // Only the size counts: where the name goes is the placement's choice.
    const box = labelBox(n, BREATHING);
    requests.push({
      id: n.id(),
      x,
      y,
      radius,
      width: Math.max(0, box.right - box.left),
      height: Math.max(0, box.bottom - box.top),
      priority: labelPriority({ selected: n.selected(), neighbour: n.hasClass('neighbour'), degree: n.degree(false) }),
    });
  });
  return requests;
}

/**
 * The selected node's name always shows: when it fits nowhere, it goes centred below as usual and the names it
 * would cover give way. (It is placed first, so this happens only when nodes crowd it on every side.)
 */
function showBelow(request: LabelRequest, fitting: Map<string, PlacedLabel>): void {
  const left = request.x - request.width / 2;
  const top = request.y + request.radius + GAP;
  const below = { left, top, right: left + request.width, bottom: top + request.height };
  for (const [id, p] of fitting) if (boxesConflict(below, boxOf(p), GAP)) fitting.delete(id);
  fitting.set(request.id, { id: request.id, left, top, width: request.width, height: request.height, leader: false });
}

function boxOf(p: PlacedLabel): Box {
  return { left: p.left, top: p.top, right: p.left + p.width, bottom: p.top + p.height };
}

/**
 * The lines cytoscape drew for a wrapped label, read from its own cache of them (so a test sees a cut or a break
 * mid-word as drawn, not the text asked for); undefined when the label is not wrapped.
 */
function wrappedLinesOf(element: SingularElementArgument): string[] | undefined {
  if (element.style('text-wrap') !== 'wrap') return undefined;
  const scratch = (element as unknown as { _private?: { rscratch?: { labelWrapCachedText?: unknown } } })._private
    ?.rscratch?.labelWrapCachedText;
  return typeof scratch === 'string' ? scratch.split('\n') : undefined;
}
