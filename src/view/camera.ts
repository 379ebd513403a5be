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
