// A link carries the part of the model in view; any drawing it is opened in shows all of that part.
import { describe, expect, it } from 'vitest';
import { cameraFor, cameraOf, framingAround, framingOf, panFor } from './camera';

/** The model rectangle a camera shows in a drawing of this size. */
function shown(camera: { x: number; y: number; zoom: number }, width: number, height: number) {
  const pan = panFor(camera, width, height);
  return {
    x1: -pan.x / camera.zoom,
    y1: -pan.y / camera.zoom,
    x2: (width - pan.x) / camera.zoom,
    y2: (height - pan.y) / camera.zoom,
  };
}

describe('framing', () => {
  it('shows everything a big screen showed on a smaller one of another shape', () => {
    const sender = cameraOf({ x: 300, y: -120 }, 0.8, 1920, 1080);
    const seen = shown(sender, 1920, 1080);
    const framing = framingOf(sender, 1920, 1080);
    for (const [width, height] of [
      [1280, 720],
      [800, 900],
      [2560, 1440],
    ] as const) {
      const there = shown(cameraFor(framing, width, height), width, height);
      expect(there.x1).toBeLessThanOrEqual(seen.x1 + 1e-6);
      expect(there.y1).toBeLessThanOrEqual(seen.y1 + 1e-6);
      expect(there.x2).toBeGreaterThanOrEqual(seen.x2 - 1e-6);
      expect(there.y2).toBeGreaterThanOrEqual(seen.y2 - 1e-6);
      // …and no more than it needs: one side fits exactly.
      const fit = Math.min((there.x2 - there.x1) / (seen.x2 - seen.x1), (there.y2 - there.y1) / (seen.y2 - seen.y1));
      expect(fit).toBeCloseTo(1, 6);
    }
  });

  it('gives back a raw camera (an older link) as it is', () => {
    const camera = { x: 1, y: 2, zoom: 3 };
    expect(cameraFor(camera, 1280, 720)).toBe(camera);
  });
});

describe('framing around entities to keep', () => {
  const framing = { x: 0, y: 0, width: 400, height: 300 };

  it('leaves a framing that holds them with room as it is', () => {
    expect(
      framingAround(framing, [
        { x: 10, y: -20 },
        { x: -150, y: 100 },
      ]),
    ).toBe(framing);
  });

  it('grows to hold one that was cut off, or too near the edge, with room around each', () => {
    const points = [
      { x: 10, y: -20 },
      { x: 900, y: 40 },
      { x: -199, y: 0 },
    ];
    const grown = framingAround(framing, points);
    for (const p of points) {
      expect(Math.abs(p.x - grown.x)).toBeLessThan(grown.width / 2 - 0.05 * grown.width);
      expect(Math.abs(p.y - grown.y)).toBeLessThanOrEqual(grown.height / 2);
    }
    // Everything the framing showed is still shown.
    expect(grown.x - grown.width / 2).toBeLessThanOrEqual(-200);
    expect(grown.y - grown.height / 2).toBeLessThanOrEqual(-150);
    expect(grown.y + grown.height / 2).toBeGreaterThanOrEqual(150);
  });
});
