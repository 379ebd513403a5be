// The pixels of one straight link in a pixel buffer (pixelGraph.ts): clipped to the buffer first, so a link that
// runs far off a zoomed-in view costs only its visible part, then walked one pixel a step along its longer axis,
// as wide as its look across the other, with its dashes kept. No anti-aliasing: at the sizes this draws (a huge
// graph's image) a line is a pixel or two wide, as the screen's specks.ts draws it.

/**
 * Calls `plot(row * width + column)` for each pixel of the line from (x1, y1) to (x2, y2) inside a `width` ×
 * `height` buffer: `thickness` pixels across, dashed as a canvas would with `dash` (on and off lengths, pixels).
 */
export function walkLine(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  width: number,
  height: number,
  thickness: number,
  dash: readonly number[],
  plot: (at: number) => void,
): void {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const margin = thickness;
  // Liang–Barsky: the part of the line (t0..t1 of its length) inside the buffer and its margin.
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x1 + margin],
    [dx, width + margin - x1],
    [-dy, y1 + margin],
    [dy, height + margin - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return;
      if (r < t1) t1 = r;
    }
  }
  const ax = x1 + t0 * dx;
  const ay = y1 + t0 * dy;
  const span = t1 - t0;
  const steps = Math.max(1, Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) * span));
  const sx = (dx * span) / steps;
  const sy = (dy * span) / steps;
  // Its width goes across the axis it is walked along.
  const xMajor = Math.abs(dx) >= Math.abs(dy);
  const first = -Math.floor((thickness - 1) / 2);
  const dashes = dash.length > 0 ? dashPattern(dash) : null;
  const stepLength = Math.hypot(sx, sy);
  let along = t0 * Math.hypot(dx, dy);
  let px = ax;
  let py = ay;
  if (thickness === 1 && !dashes) {
    // Most links of a big graph: one solid pixel a step, without the loops below.
    for (let s = 0; s <= steps; s++, px += sx, py += sy) {
      const cx = Math.floor(px);
      const cy = Math.floor(py);
      if (cx >= 0 && cy >= 0 && cx < width && cy < height) plot(cy * width + cx);
    }
    return;
  }
  for (let s = 0; s <= steps; s++, px += sx, py += sy, along += stepLength) {
    if (dashes && !dashes(along)) continue;
    const cx = Math.floor(px);
    const cy = Math.floor(py);
    for (let k = first; k < first + thickness; k++) {
      const x = xMajor ? cx : cx + k;
      const y = xMajor ? cy + k : cy;
      if (x >= 0 && y >= 0 && x < width && y < height) plot(y * width + x);
    }
  }
}

/** Whether a dash pattern (canvas setLineDash lengths; an odd list repeats twice) is on at a distance along the line. */
export function dashPattern(dash: readonly number[]): (along: number) => boolean {
  const lengths = dash.length % 2 === 1 ? [...dash, ...dash] : [...dash];
  const period = lengths.reduce((sum, d) => sum + d, 0);
  if (!(period > 0)) return () => true;
  return (along) => {
    let at = along % period;
    for (let k = 0; k < lengths.length; k++) {
      if (at < lengths[k]!) return k % 2 === 0;
      at -= lengths[k]!;
    }
    return true;
  };
}
