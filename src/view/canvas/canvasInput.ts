// The canvas renderer's input: press on a node and move to drag it (unless pinned), press elsewhere and move to
// pan, press and release to select, double-click or Enter to expand, right-click for a node's menu, wheel and keys
// (graphKeys.ts, the same as the cytoscape renderer's) to zoom and pan. Kept apart from canvasView.ts, which draws;
// this only reads the scene and asks for frames.
import type { RendererCallbacks } from '../renderer';
import { edgeAt, nodeAt, type Scene } from '../scene';
import { graphCommandFor } from '../graphKeys';
import { wheelZoomFactor } from '../wheelZoom';
import type { Highlight, Viewport } from '../types';

/** Pointer travel (px) under which a press is a click, not a drag. */
const CLICK_SLOP = 4;

export interface InputTarget {
  canvas: HTMLCanvasElement;
  /** The camera, changed in place by pans. */
  view: Viewport;
  scene(): Scene | null;
  highlight(): Highlight | null;
  pinned(): ReadonlySet<string>;
  callbacks: RendererCallbacks;
  toModel(clientX: number, clientY: number): { x: number; y: number };
  /** Draw everything at the next frame (a node moved). */
  invalidate(): void;
  /** The camera moved (a cheaper frame where there is a snapshot). */
  viewportMoved(): void;
  zoomAt(factor: number, px: number, py: number): void;
  /**
   * The user takes the camera (a press, the wheel, a pan or zoom key): a glide under way (a saved view opening, a
   * walkthrough step) stops, or its next frame would undo them.
   */
  takeOver(): void;
}

export function attachCanvasInput(input: InputTarget): void {
  const { canvas, view, callbacks, toModel, invalidate, viewportMoved, zoomAt } = input;
  // Pointer: press on a node and move to drag it; press elsewhere and move to pan; press and release to select.
  let press: {
    id: number;
    x: number;
    y: number;
    node: number;
    moved: boolean;
    dx: number;
    dy: number;
    from: { x: number; y: number } | null;
  } | null = null;
  canvas.addEventListener('pointerdown', (event) => {
    input.takeOver();
    const scene = input.scene();
    if (event.button !== 0 || !scene) return;
    canvas.setPointerCapture(event.pointerId);
    const p = toModel(event.clientX, event.clientY);
    const hit = nodeAt(scene, p.x, p.y, 2 / view.zoom);
    // A pinned node stays put: pressing on it pans, as on the background.
    const node = hit >= 0 && input.pinned().has(scene.nodeKeys[hit]!) ? -1 : hit;
    press = {
      id: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      node,
      moved: false,
      dx: node >= 0 ? scene.x[node]! - p.x : 0,
      dy: node >= 0 ? scene.y[node]! - p.y : 0,
      from: node >= 0 ? { x: scene.x[node]!, y: scene.y[node]! } : null,
    };
  });
  canvas.addEventListener('pointermove', (event) => {
    const scene = input.scene();
    if (!press || event.pointerId !== press.id || !scene) return;
    if (!press.moved && Math.hypot(event.clientX - press.x, event.clientY - press.y) < CLICK_SLOP) return;
    if (press.node >= 0) {
      const p = toModel(event.clientX, event.clientY);
      scene.x[press.node] = p.x + press.dx;
      scene.y[press.node] = p.y + press.dy;
      invalidate();
    } else {
      view.panX += event.clientX - press.x;
      view.panY += event.clientY - press.y;
      viewportMoved();
    }
    press.x = event.clientX;
    press.y = event.clientY;
    press.moved = true;
  });
  const release = (event: PointerEvent) => {
    const scene = input.scene();
    if (!press || event.pointerId !== press.id) return;
    const clicked = !press.moved;
    const { node, from } = press;
    press = null;
    if (!clicked && scene && from && node >= 0)
      callbacks.onMoved({ id: scene.nodeKeys[node]!, from, to: { x: scene.x[node]!, y: scene.y[node]! } });
    if (clicked && scene && event.type === 'pointerup') select(event.clientX, event.clientY);
  };
  canvas.addEventListener('pointerup', release);
  canvas.addEventListener('pointercancel', release);

  function select(clientX: number, clientY: number): void {
    const scene = input.scene();
    if (!scene) return;
    const p = toModel(clientX, clientY);
    const node = nodeAt(scene, p.x, p.y, 2 / view.zoom);
    if (node >= 0) return callbacks.onSelect({ kind: 'entity', id: scene.nodeKeys[node]! });
    const edge = edgeAt(scene, p.x, p.y, 4 / view.zoom);
    callbacks.onSelect(edge >= 0 ? { kind: 'relation', id: scene.edgeKeys[edge]! } : null);
  }

  canvas.addEventListener('dblclick', (event) => {
    const scene = input.scene();
    if (!scene) return;
    const p = toModel(event.clientX, event.clientY);
    const node = nodeAt(scene, p.x, p.y, 2 / view.zoom);
    if (node >= 0) callbacks.onExpand(scene.nodeKeys[node]!);
  });

  canvas.addEventListener('contextmenu', (event) => {
    const scene = input.scene();
    if (!scene) return;
    const p = toModel(event.clientX, event.clientY);
    const node = nodeAt(scene, p.x, p.y, 2 / view.zoom);
    if (node < 0) return;
    event.preventDefault();
    const box = canvas.getBoundingClientRect();
    callbacks.onNodeMenu(scene.nodeKeys[node]!, { x: event.clientX - box.left, y: event.clientY - box.top });
  });

  canvas.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      input.takeOver();
      const box = canvas.getBoundingClientRect();
      zoomAt(wheelZoomFactor(event), event.clientX - box.left, event.clientY - box.top);
    },
    { passive: false },
  );

  canvas.addEventListener('keydown', (event) => {
    const command = graphCommandFor(event);
    if (!command) return;
    if (command.kind === 'pan' || command.kind === 'zoom') input.takeOver();
    if (command.kind === 'pan') {
      view.panX += command.dx;
      view.panY += command.dy;
      viewportMoved();
    } else if (command.kind === 'zoom') zoomAt(command.factor, view.width / 2, view.height / 2);
    else if (command.kind === 'clearSelection') callbacks.onSelect(null);
    else {
      const scene = input.scene();
      const highlight = input.highlight();
      // Enter with no entity selected is left to the page.
      if (!scene || !highlight || highlight.node < 0) return;
      callbacks.onExpand(scene.nodeKeys[highlight.node]!);
    }
    event.preventDefault();
  });
}
