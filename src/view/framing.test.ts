import { describe, expect, it } from 'vitest';
import { centredOnPick, clampZoom, fitViewport, zoomedAbout, ZOOM_LIMITS } from './framing';

describe('fitViewport', () => {
  const limits = { minZoom: 0.01, maxZoom: 6 };
  it('centres the points and fits the longer side', () => {
    const fit = fitViewport(
      [
        { x: 0, y: 0 },
        { x: 1000, y: 500 },
      ],
      600,
      600,
      50,
      limits,
      0,
    )!;
    expect(fit.zoom).toBeCloseTo(0.5);
    // The centre of the points (500, 250) lands on the centre of the viewport.
    expect(fit.pan.x + fit.zoom * 500).toBeCloseTo(300);
    expect(fit.pan.y + fit.zoom * 250).toBeCloseTo(300);
  });
  it('keeps within the zoom limits and gives up on nothing to fit', () => {
    expect(fitViewport([{ x: 5, y: 5 }], 600, 600, 50, limits, 0)!.zoom).toBe(6);
    expect(fitViewport([], 600, 600, 50, limits)).toBeNull();
  });
});

describe('camera moves', () => {
  const view = { zoom: 1, panX: 100, panY: 50, width: 800, height: 600 };
  it('zooming about a point keeps that point where it is on screen', () => {
    const model = { x: (300 - view.panX) / view.zoom, y: (200 - view.panY) / view.zoom };
    const zoomed = zoomedAbout(view, 2, 300, 200);
    expect(zoomed.zoom).toBe(2);
    expect(model.x * zoomed.zoom + zoomed.panX).toBeCloseTo(300);
    expect(model.y * zoomed.zoom + zoomed.panY).toBeCloseTo(200);
  });
  it('never zooms past the limits', () => {
    expect(zoomedAbout(view, 1000, 0, 0).zoom).toBe(ZOOM_LIMITS.maxZoom);
    expect(clampZoom(0)).toBe(ZOOM_LIMITS.minZoom);
  });
  it('centring on a pick puts it mid-screen, zoomed in to read it but never out', () => {
    const centred = centredOnPick(view, { x: 40, y: -10 });
    expect(centred.zoom).toBe(1.2);
    expect(40 * centred.zoom + centred.panX).toBeCloseTo(400);
    expect(-10 * centred.zoom + centred.panY).toBeCloseTo(300);
    expect(centredOnPick({ ...view, zoom: 3 }, { x: 0, y: 0 }).zoom).toBe(3);
  });
});
