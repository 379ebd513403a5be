// Colours as 32-bit pixels, for the drawings written straight into a pixel buffer (quickNodes.ts, specks.ts).

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * A CSS colour as one 32-bit RGBA pixel, at `opacity` (0-255) times its own alpha; read back from the canvas, so
 * that any colour syntax the canvas takes works.
 */
export function pixelOf(ctx: CanvasRenderingContext2D, colour: string, opacity = 255): number {
  ctx.fillStyle = '#000000';
  ctx.fillStyle = colour;
  const text = String(ctx.fillStyle);
  let [r, g, b, a] = [0, 0, 0, 1];
  if (text.startsWith('#')) {
    const v = parseInt(text.slice(1, 7), 16);
    [r, g, b] = [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  } else {
    const parts = text.match(/[\d.]+/g)?.map(Number) ?? [];
    [r, g, b, a] = [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  }
  const alpha = Math.round(a * opacity);
  return (littleEndian ? (alpha << 24) | (b << 16) | (g << 8) | r : (r << 24) | (g << 16) | (b << 8) | alpha) >>> 0;
}

/** A pixel buffer kept between drawings: `clear` gives it cleared, at the canvas's size (made anew when that changes). */
export function createPixelBuffer(): (width: number, height: number) => { image: ImageData; pixels: Uint32Array } {
  let image: ImageData | null = null;
  let pixels = new Uint32Array(0);
  return (width, height) => {
    if (!image || image.width !== width || image.height !== height) {
      image = new ImageData(width, height);
      pixels = new Uint32Array(image.data.buffer);
    } else pixels.fill(0);
    return { image, pixels };
  };
}
