// The node shapes the canvas renderer traces (cytoscape's names: ellipse, diamond, hexagon, star…), as paths a
// batch fill can take: several nodes of one colour in one path.
/** Unit polygons for the legend's shapes (angles from the top, clockwise); anything else is drawn round. */
const POLYGONS: Record<string, [number, number][]> = {
  triangle: regular(3),
  diamond: regular(4),
  pentagon: regular(5),
  hexagon: regular(6, Math.PI / 6),
  octagon: regular(8, Math.PI / 8),
  star: star(5),
  vee: [
    [-1, -1],
    [0, -0.33],
    [1, -1],
    [0, 1],
  ],
  rectangle: [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
  'round-rectangle': [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
  tag: [
    [-1, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-1, 1],
  ],
};

function regular(sides: number, offset = 0): [number, number][] {
  return Array.from({ length: sides }, (_, k) => {
    const angle = offset + (2 * Math.PI * k) / sides;
    return [Math.sin(angle), -Math.cos(angle)];
  });
}

function star(points: number): [number, number][] {
  return Array.from({ length: 2 * points }, (_, k) => {
    const angle = (Math.PI * k) / points;
    const r = k % 2 === 0 ? 1 : 0.45;
    return [r * Math.sin(angle), -r * Math.cos(angle)];
  });
}

export function traceShape(ctx: CanvasRenderingContext2D, shape: string, x: number, y: number, r: number): void {
  if (r < 3) {
    // A few pixels across: a square reads the same and fills far faster than an arc or polygon.
    ctx.rect(x - r, y - r, 2 * r, 2 * r);
    return;
  }
  const polygon = POLYGONS[shape];
  if (!polygon) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  ctx.moveTo(x + polygon[0]![0] * r, y + polygon[0]![1] * r);
  for (let k = 1; k < polygon.length; k++) ctx.lineTo(x + polygon[k]![0] * r, y + polygon[k]![1] * r);
  ctx.closePath();
}
