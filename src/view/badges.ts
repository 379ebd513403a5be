// The "+N" badge on an entity whose neighbours are not all loaded from the server: a small dark pill at the
// node's upper right. Both renderers draw it with this one function, from the scene's badges (which come from the
// shared encoding, appearance.ts), so it looks the same whichever draws the graph.
import type { Scene } from './scene';
import { SELECTED_COLOR } from '../appearance/colours';

/** A badge as drawn: the entity's graph key, its text, and its box on screen (CSS pixels, container-relative). */
export interface DrawnBadge {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const FONT = '600 10px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const HEIGHT = 15;
const PAD = 4;

/**
 * Draws the badges of the scene's shown nodes. `at(i)` is node i's centre and drawn radius on screen, or null when
 * it is not drawn (hidden, off screen). Returns what was drawn (tests and tooltips read it).
 */
export function drawBadges(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  at: (i: number) => { x: number; y: number; r: number } | null,
  size: { width: number; height: number },
): DrawnBadge[] {
  const drawn: DrawnBadge[] = [];
  if (!scene.badges.some(Boolean)) return drawn;
  ctx.save();
  ctx.font = FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  scene.badges.forEach((text, i) => {
    if (!text || !scene.nodeShown[i]) return;
    const node = at(i);
    if (!node) return;
    const width = Math.ceil(ctx.measureText(text).width) + 2 * PAD;
    // Over the upper right of the node, as a notification count sits on an icon.
    const x = node.x + node.r * 0.7 - 2;
    const y = node.y - node.r * 0.7 - HEIGHT + 4;
    if (x > size.width || y > size.height || x + width < 0 || y + HEIGHT < 0) return;
    ctx.beginPath();
    ctx.roundRect(x, y, width, HEIGHT, HEIGHT / 2);
    ctx.fillStyle = SELECTED_COLOR;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.fillText(text, x + width / 2, y + HEIGHT / 2 + 0.5);
    drawn.push({ id: scene.nodeKeys[i]!, text, x, y, width, height: HEIGHT });
  });
  ctx.restore();
  return drawn;
}
