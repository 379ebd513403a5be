// Keeps the story-sized view's names one size on screen: the stylesheet sizes them by `names.zoom`
// (stylesheet.ts), and this follows the camera's zoom, restyling at most once a frame while it changes. Names
// then grow in model units as the camera zooms out, and the declutter (run once the viewport rests) drops the ones
// that no longer fit, by priority.
import type { Core } from 'cytoscape';
import type { NameScale } from './stylesheet';

export interface NameScaling {
  /** Restyles now if the zoom moved since the names were last sized (before measuring them). */
  sync(): void;
  destroy(): void;
}

/** A zoom change smaller than this share leaves the names as they are (no restyle for a rounding wobble). */
const TOLERANCE = 1e-3;

export function createNameScaling(cy: Core, names: NameScale): NameScaling {
  let frame = 0;
  function sync(): void {
    cancelAnimationFrame(frame);
    frame = 0;
    const zoom = cy.zoom();
    if (Math.abs(zoom - names.zoom) <= TOLERANCE * names.zoom) return;
    names.zoom = zoom;
    cy.style().update();
  }
  const onZoom = () => {
    if (frame === 0) frame = requestAnimationFrame(sync);
  };
  cy.on('zoom', onZoom);
  return {
    sync,
    destroy() {
      cancelAnimationFrame(frame);
      cy.off('zoom', onZoom);
    },
  };
}
