// Link captions that do not cover names, nodes or each other (story-sized graphs, once zoomed in far enough for
// cytoscape to draw them): after the names are placed (labelDeclutter.ts), each readable caption on screen is kept
// if its box is free, by priority (the selected link, the highlighted ones, then the better-sourced, drawn wider),
// and hidden otherwise. The captions stay where cytoscape puts them, along their line.
import type { Core, SingularElementArgument } from 'cytoscape';
import { boxesConflict } from '../labels/labelPlacement';
import { labelPriority } from '../labels/labelPriority';
import { labelBox, labelReadable, type Box } from './labelBounds';

/**
 * Shows the captions that meet nothing in `taken` (nodes and names, model units) nor a caption kept before them;
 * hides the rest with `hiddenClass`. `room` and `gap` as for the names.
 */
export function declutterEdgeLabels(cy: Core, taken: Box[], hiddenClass: string, room: number, gap: number): void {
  const zoom = cy.zoom();
  const { x1, y1, x2, y2 } = cy.extent();
  const screen = { left: x1, top: y1, right: x2, bottom: y2 };
  const captions = cy
    .edges()
    .filter((e) => labelReadable(e, zoom))
    .map((edge) => ({ edge, box: labelBox(edge, room), priority: priorityOf(edge) }))
    .filter(({ box }) => boxesConflict(box, screen))
    .sort((a, b) => b.priority - a.priority);
  const kept = [...taken];
  cy.batch(() => {
    for (const { edge, box } of captions) {
      const free = !kept.some((other) => boxesConflict(box, other, gap));
      if (free) kept.push(box);
      if (edge.hasClass(hiddenClass) === free) edge.toggleClass(hiddenClass, !free);
    }
  });
}

function priorityOf(edge: SingularElementArgument): number {
  return labelPriority({
    selected: edge.selected(),
    neighbour: edge.hasClass('neighbour'),
    degree: Number(edge.data('width')) || 0,
  });
}
