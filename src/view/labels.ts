// Level of detail for big graphs: only nodes on screen, at a zoom where an 11px label is readable, carry the
// `labelled` class that gives them a label (see the large stylesheet). Updated once the viewport rests.
import type { Core } from 'cytoscape';
import { whenSettled } from './settle';

/** Zoom at and above which labels show (font-size 11 × zoom ≥ the stylesheet's min-zoomed-font-size of 10). */
export const LABEL_ZOOM = 10 / 11;

export interface LabelLevelOfDetail {
  /** Re-evaluate now (after the graph or the visible elements changed). */
  update(): void;
  setEnabled(enabled: boolean): void;
  destroy(): void;
}

export function createLabelLevelOfDetail(cy: Core): LabelLevelOfDetail {
  let enabled = false;
  const settled = whenSettled(update);
  function update(): void {
    settled.cancel();
    const labelled = cy.nodes('.labelled');
    if (!enabled || cy.zoom() < LABEL_ZOOM) {
      if (labelled.nonempty()) labelled.removeClass('labelled');
      return;
    }
    const { x1, y1, x2, y2 } = cy.extent();
    const margin = 60;
    const onScreen = cy.nodes().filter((n) => {
      const p = n.position();
      return p.x >= x1 - margin && p.x <= x2 + margin && p.y >= y1 - margin && p.y <= y2 + margin;
    });
    cy.batch(() => {
      labelled.difference(onScreen).removeClass('labelled');
      onScreen.difference(labelled).addClass('labelled');
    });
  }
  const onViewport = () => {
    if (enabled) settled.schedule();
  };
  cy.on('viewport', onViewport);
  return {
    update,
    setEnabled(value) {
      enabled = value;
      update();
    },
    destroy() {
      settled.cancel();
      cy.off('viewport', onViewport);
    },
  };
}
