// How the cytoscape renderer frames its drawing: Fit (from the nodes' boxes, with room for names), a refit when the drawing's frame changes size, and the first
// arrangement of a story's layout for a laptop's drawing and its names (fillArea.ts, roomForNames.ts).
import type { Core } from 'cytoscape';
import { FIT_MAX_ZOOM, FIT_PADDING, fitViewport, ZOOM_LIMITS } from '../framing';
import { stretchToArea } from '../layout/fillArea';
import { makeRoomForNames } from '../labels/roomForNames';
import { labelPriority } from '../labels/labelPriority';
import { NAME_MAX_WIDTH_PX, NAME_PX } from './stylesheet';
import { ARRANGE_MAX_NODES } from '../../model/thresholds';
import type { Point } from '../types';

/**
 * The drawing a story is arranged for (px): about what a 1280×720 laptop screen leaves between the panels, the
 * smallest screen the explorer is made for. Fixed, not the screen's own, so that every screen draws the same
 * positions: a link then frames the same entities everywhere, and a bigger screen only has more room for names.
 */
const REFERENCE_DRAWING = { width: 690, height: 360 };
/** How many names, best-connected first, a story's first drawing makes room for (nudging crowded nodes apart). */
const NAMES_AT_FIRST_SIGHT = 12;

type Viewport = { zoom: number; pan: Point };

export interface CytoscapeFit {
  /** Fits every shown node now, and remembers it: while the camera stays there, a resize fits again. */
  fitNow(): void;
  /** The same with a short glide (the Fit button). */
  fitGliding(): void;
  /** Arranges a story-sized layout for a laptop's drawing and its names, before it is first shown. */
  arrangeForNames(): void;
  destroy(): void;
}

export function createCytoscapeFit(cy: Core, container: HTMLElement): CytoscapeFit {
  /** The camera a fit chose last: while the camera is still there, a change of the drawing's size refits. */
  let fittedAt: Viewport | null = null;

  /**
   * The camera that shows every shown node: from the nodes' drawn boxes, with room for names (which keep their
   * screen size, so their model extent depends on the zoom being chosen: the padding stands for them).
   */
  function fitViewportNow(): Viewport | null {
    if (cy.nodes().empty()) return null;
    const box = cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
    const corners = [
      { x: box.x1, y: box.y1 },
      { x: box.x2, y: box.y2 },
    ];
    return fitViewport(corners, cy.width(), cy.height(), FIT_PADDING, { ...ZOOM_LIMITS, maxZoom: FIT_MAX_ZOOM }, 0);
  }

  function fitNow(): void {
    const viewport = fitViewportNow();
    if (!viewport) return;
    cy.viewport(viewport);
    fittedAt = viewport;
  }

  /** Whether the camera is where the last fit put it, within rounding (a fitted camera stored in the address and
   * restored on a reload comes back a hair off). */
  function stillFitted(): boolean {
    return (
      fittedAt !== null &&
      Math.abs(cy.zoom() / fittedAt.zoom - 1) < 0.01 &&
      Math.abs(cy.pan().x - fittedAt.pan.x) < 2 &&
      Math.abs(cy.pan().y - fittedAt.pan.y) < 2
    );
  }

  /**
   * The drawing's frame changed size (a side view, the legend or the time bar opened or closed, the window
   * resized). cytoscape only watches the window, so it is told here. A fitted drawing is fitted again to the room
   * left; one the user framed keeps its centre where it was.
   */
  let lastSize = { width: container.clientWidth, height: container.clientHeight };
  const resizeObserver = new ResizeObserver(() => {
    const size = { width: container.clientWidth, height: container.clientHeight };
    if (size.width === lastSize.width && size.height === lastSize.height) return;
    const before = lastSize;
    lastSize = size;
    const fitted = stillFitted();
    cy.resize();
    if (size.width === 0 || size.height === 0) return;
    if (fitted) fitNow();
    else {
      const pan = cy.pan();
      cy.pan({ x: pan.x + (size.width - before.width) / 2, y: pan.y + (size.height - before.height) / 2 });
    }
  });
  resizeObserver.observe(container);

  /**
   * Stretched to the reference drawing's proportions so it fills it, then nudged where the best-connected
   * entities' names would find no free side at the zoom that drawing will have. Not with pinned nodes: the user
   * put those where they are.
   */
  function arrangeForNames(): void {
    const count = cy.nodes().length;
    if (count === 0 || count > ARRANGE_MAX_NODES || cy.nodes(':locked').nonempty()) return;
    const room = {
      width: REFERENCE_DRAWING.width - 2 * FIT_PADDING.x,
      height: REFERENCE_DRAWING.height - FIT_PADDING.top - FIT_PADDING.bottom,
    };
    const start = new Map<string, Point>();
    cy.nodes().forEach((n) => {
      start.set(n.id(), n.position());
    });
    const stretched = stretchToArea(start, room.width, room.height) ?? start;
    const nodes = cy.nodes().map((n) => ({
      id: n.id(),
      ...stretched.get(n.id())!,
      size: n.width(),
      label: String(n.data('label') ?? ''),
      priority: labelPriority({ selected: n.selected(), neighbour: false, degree: n.degree(false) }),
    }));
    // The zoom that room would give these positions: the nodes' boxes fitted into it.
    const zoomOf = (positions: Map<string, Point>) => {
      let x1 = Infinity;
      let y1 = Infinity;
      let x2 = -Infinity;
      let y2 = -Infinity;
      for (const n of nodes) {
        const p = positions.get(n.id)!;
        x1 = Math.min(x1, p.x - n.size / 2);
        x2 = Math.max(x2, p.x + n.size / 2);
        y1 = Math.min(y1, p.y - n.size / 2);
        y2 = Math.max(y2, p.y + n.size / 2);
      }
      return Math.min(FIT_MAX_ZOOM, room.width / Math.max(x2 - x1, 1), room.height / Math.max(y2 - y1, 1));
    };
    const arranged = makeRoomForNames(nodes, zoomOf, {
      names: NAMES_AT_FIRST_SIGHT,
      namePx: NAME_PX,
      wrapPx: NAME_MAX_WIDTH_PX,
      rounds: 2,
    });
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.position(arranged.get(n.id())!);
      });
    });
  }

  return {
    fitNow,
    fitGliding() {
      const viewport = fitViewportNow();
      if (!viewport) return;
      fittedAt = viewport;
      cy.animate(viewport, { duration: 300 });
    },
    arrangeForNames,
    destroy: () => resizeObserver.disconnect(),
  };
}
