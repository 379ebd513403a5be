// The cytoscape renderer's keys, the same as the canvas renderer's (graphKeys.ts): arrows pan, + and - zoom around
// the centre, Escape clears the selection, Enter expands the selected entity as a double-click does.
import type { Core } from 'cytoscape';
import type { RendererCallbacks } from '../renderer';
import { graphCommandFor } from '../graphKeys';

export function attachCytoscapeKeys(
  surface: HTMLElement,
  cy: Core,
  keyOf: (element: { data(name: string): unknown }) => string,
  callbacks: Pick<RendererCallbacks, 'onSelect' | 'onExpand'>,
): void {
  surface.addEventListener('keydown', (event) => {
    const command = graphCommandFor(event);
    if (!command) return;
    // A key takes the camera from a glide under way (to a selection, a saved view), which would otherwise undo it
    // on its next frame.
    if (command.kind === 'pan' || command.kind === 'zoom') cy.stop();
    if (command.kind === 'pan') cy.panBy({ x: command.dx, y: command.dy });
    // cytoscape keeps the zoom within the renderer's limits.
    else if (command.kind === 'zoom')
      cy.zoom({ level: cy.zoom() * command.factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (command.kind === 'clearSelection') callbacks.onSelect(null);
    else {
      // The renderer selects what the state selects (showSelection); Enter with no entity selected is the page's.
      const node = cy.nodes(':selected')[0];
      if (!node) return;
      callbacks.onExpand(keyOf(node));
    }
    event.preventDefault();
  });
  // cytoscape blurs whatever has focus when a press starts on the drawing; the surface takes it, as the canvas
  // renderer's does, so a click on a node and then Enter expands it.
  cy.on('tapstart', () => surface.focus({ preventScroll: true }));
}
