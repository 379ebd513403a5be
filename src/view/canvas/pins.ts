// Pinned nodes on the canvas renderer: kept where they are through layouts, and marked with a double ring (the
// same mark as in the cytoscape renderer, so it reads without colour).
import type { Scene } from '../scene';
import type { Viewport } from '../types';

/** Where the pinned nodes are now, by scene index, to put them back after a layout moved everything. */
export function pinnedPositions(scene: Scene, pinned: ReadonlySet<string>): Map<number, [number, number]> {
  const kept = new Map<number, [number, number]>();
  for (const key of pinned) {
    const i = scene.nodeIndex.get(key);
    if (i !== undefined) kept.set(i, [scene.x[i]!, scene.y[i]!]);
  }
  return kept;
}

export function restorePinned(scene: Scene, kept: ReadonlyMap<number, [number, number]>): void {
  for (const [i, [x, y]] of kept) {
    scene.x[i] = x;
    scene.y[i] = y;
  }
}

export function drawPins(ctx: CanvasRenderingContext2D, scene: Scene, view: Viewport, pinned: ReadonlySet<string>) {
  if (pinned.size === 0) return;
  ctx.save();
  ctx.strokeStyle = '#1f2933';
  ctx.lineWidth = 1.5;
  for (const key of pinned) {
    const i = scene.nodeIndex.get(key);
    if (i === undefined) continue;
    const x = scene.x[i]! * view.zoom + view.panX;
    const y = scene.y[i]! * view.zoom + view.panY;
    const r = scene.radius[i]! * view.zoom;
    for (const ring of [r + 2, r + 5]) {
      ctx.beginPath();
      ctx.arc(x, y, ring, 0, Math.PI * 2);
      ctx.stroke();
    }
  }
  ctx.restore();
}
