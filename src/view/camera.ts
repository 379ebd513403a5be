// The camera as both renderers report and accept it: the model point at the centre of the drawing and the zoom.
// A centre (not a pan offset) so a link opened in a window of another size still looks at the same place.
export interface Camera {
  x: number;
  y: number;
  zoom: number;
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
