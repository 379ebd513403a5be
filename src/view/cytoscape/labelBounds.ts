// Where cytoscape draws an element's label, from its own measurements (the label part of its bounding box), shared
// by the node names' and the links' decluttering and by what the browser tests read.
import type { Core, SingularElementArgument } from 'cytoscape';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const LABEL_BOUNDS = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
};
/** cytoscape grows every label's bounds by 2 px on each side "to work around browser dimension inaccuracies". */
const BOUNDS_SLACK = 2;

/** Whether cytoscape draws this element's label at this zoom (its min-zoomed-font-size leaves out tiny text). */
export function labelReadable(element: SingularElementArgument, zoom: number): boolean {
  return (
    Boolean(element.data('label')) &&
    element.visible() &&
    element.numericStyle('font-size') * zoom >= element.numericStyle('min-zoomed-font-size')
  );
}

/**
 * The label's text background in model units, grown by `room` on every side. A link's label turned along its
 * line gives the upright box around it.
 */
export function labelBox(element: SingularElementArgument, room = 0): Box {
  const b = element.boundingBox(LABEL_BOUNDS);
  const trim = BOUNDS_SLACK - room;
  return { left: b.x1 + trim, top: b.y1 + trim, right: b.x2 - trim, bottom: b.y2 - trim };
}

/** A model box in pixels relative to the container. */
export function renderedBox(cy: Core, box: Box): { left: number; top: number; width: number; height: number } {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return {
    left: box.left * zoom + pan.x,
    top: box.top * zoom + pan.y,
    width: (box.right - box.left) * zoom,
    height: (box.bottom - box.top) * zoom,
  };
}
