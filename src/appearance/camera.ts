// The camera as both renderers report and accept it: the model point at the centre of the drawing and the zoom.
// A centre (not a pan offset) so a link opened in a window of another size still looks at the same place; a link
// carries the framing (the model rectangle shown), so it also shows as much around that place.
export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The part of the model a view shows: its centre and its size in model units. A link carries this rather than a
 * zoom, and the receiver fits it into its own drawing, so a smaller window still shows the same entities.
 */
export interface Framing {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function isFraming(aim: Camera | Framing): aim is Framing {
  return 'width' in aim;
}

/** What a camera shows in a drawing of this size (CSS pixels). */
export function framingOf(camera: Camera, width: number, height: number): Framing {
  return { x: camera.x, y: camera.y, width: width / camera.zoom, height: height / camera.zoom };
}

/** The camera for a drawing of this size: a framing is fitted whole into it (the closer of the two zooms). */
export function cameraFor(aim: Camera | Framing, width: number, height: number): Camera {
  if (!isFraming(aim)) return aim;
  const zoom = Math.min(width / Math.max(aim.width, 1e-9), height / Math.max(aim.height, 1e-9));
  return { x: aim.x, y: aim.y, zoom: Number.isFinite(zoom) && zoom > 0 ? zoom : 1 };
}

/** Of a framing's size, how much room a kept point needs from its edge (a node's disc and name). */
const KEEP_ROOM = 0.06;

/**
 * The framing, grown (about the same place) just enough to hold every point with some room: a link's path or
 * selection is shown whole even when the sender's view cut it. Unchanged when they are in it already.
 */
export function framingAround(framing: Framing, points: readonly { x: number; y: number }[]): Framing {
  if (points.length === 0) return framing;
  const roomX = framing.width * KEEP_ROOM;
  const roomY = framing.height * KEEP_ROOM;
  let x1 = framing.x - framing.width / 2;
  let x2 = framing.x + framing.width / 2;
  let y1 = framing.y - framing.height / 2;
  let y2 = framing.y + framing.height / 2;
  const inside = points.every((p) => p.x >= x1 + roomX && p.x <= x2 - roomX && p.y >= y1 + roomY && p.y <= y2 - roomY);
  if (inside) return framing;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    x2 = Math.max(x2, p.x);
    y1 = Math.min(y1, p.y);
    y2 = Math.max(y2, p.y);
  }
  const width = (x2 - x1) / (1 - 2 * KEEP_ROOM);
  const height = (y2 - y1) / (1 - 2 * KEEP_ROOM);
  return { x: (x1 + x2) / 2, y: (y1 + y2) / 2, width, height };
}

export interface Pan {
  x: number;
  y: number;
}

export function cameraOf(pan: Pan, zoom: number, width: number, height: number): Camera {
  return { x: (width / 2 - pan.x) / zoom, y: (height / 2 - pan.y) / zoom, zoom };
}

export function panFor(camera: Camera, width: number, height: number): Pan {
  return { x: width / 2 - camera.x * camera.zoom, y: height / 2 - camera.y * camera.zoom };
}

/** Steps from one camera to another over `duration` ms (zoom moves geometrically, so it feels even). */
export function animateCamera(from: Camera, to: Camera, duration: number, apply: (camera: Camera) => void): () => void {
  const start = performance.now();
  let frame = 0;
  const step = (now: number) => {
    const t = Math.min(1, (now - start) / duration);
    const ease = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
    apply({
      x: from.x + (to.x - from.x) * ease,
      y: from.y + (to.y - from.y) * ease,
      zoom: from.zoom * (to.zoom / from.zoom) ** ease,
    });
    if (t < 1) frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}
