// The "+N" badges under cytoscape: cytoscape gives a node one label, so the badges are drawn on a transparent
// canvas laid over the drawing, after each of cytoscape's frames, by the same function as the canvas renderer's
// (badges.ts), from the same scene. It takes no pointer events: clicks go through to the graph.
import type { Core } from 'cytoscape';
import { drawBadges, type DrawnBadge } from '../badges';
import type { Scene } from '../scene';

export interface BadgeOverlay {
  /** Draws again (a new scene or encoding; cytoscape's own frames redraw it too). */
  redraw(): void;
  drawn(): DrawnBadge[];
  destroy(): void;
}

export function createBadgeOverlay(cy: Core, container: HTMLElement, sceneOf: () => Scene | null): BadgeOverlay {
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-canvas__badges';
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText = 'position:absolute;inset:0;pointer-events:none;';
  container.appendChild(canvas);
  const ctx = canvas.getContext('2d')!;
  let drawn: DrawnBadge[] = [];
  let hadBadges = false;

  function redraw(): void {
    const scene = sceneOf();
    const has = scene !== null && scene.badges.some(Boolean);
    // Most graphs have no badge: nothing to draw, and nothing to clear after the first time.
    if (!has && !hadBadges) return;
    hadBadges = has;
    const width = container.clientWidth;
    const height = container.clientHeight;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.max(1, Math.round(width * ratio));
      canvas.height = Math.max(1, Math.round(height * ratio));
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (!scene || !has) {
      drawn = [];
      return;
    }
    drawn = drawBadges(
      ctx,
      scene,
      (i) => {
        // Node i is `n${i}` (elements.ts); a node the filters removed from the drawing is not there.
        const node = cy.getElementById(`n${i}`);
        if (node.empty() || !node.visible()) return null;
        const { x, y } = node.renderedPosition();
        return { x, y, r: node.renderedWidth() / 2 };
      },
      { width, height },
    );
  }

  cy.on('render', redraw);
  return {
    redraw,
    drawn: () => drawn,
    destroy() {
      cy.off('render', redraw);
      canvas.remove();
    },
  };
}
