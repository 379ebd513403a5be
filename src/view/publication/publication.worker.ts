// Paints and encodes a publication PNG off the main thread (OffscreenCanvas), reporting how far it has got: a
// big graph's image does not hold the page. The same painting code as the SVG and PDF exports (paint.ts).
import type { DrawnScene } from '../scene';
import type { Composition } from './compose';
import { paintPublication } from './paint';
import type { Highlight } from '../types';
import { answerJobs } from '../../workers/answerJobs';

export interface PublicationJob {
  /** What painting reads of the scene: its arrays, handed over (publish.ts sends copies). */
  scene: DrawnScene;
  composition: Composition;
  scale: number;
  width: number;
  height: number;
  background: string | null;
  highlight: Highlight | null;
  /** The graph written as pixels (pixelGraph.ts): a big graph's. */
  pixels: boolean;
}

answerJobs(async (job: PublicationJob, progress) => {
  const { scene, composition, scale, width, height, background, highlight, pixels } = job;
  const canvas = new OffscreenCanvas(width, height);
  // Pixels are put, not drawn: a canvas kept in memory rather than on the GPU takes them and encodes them at once
  // (40 million pixels took 8–15 s to encode from the bench machine's software GPU, under 2 s from memory).
  const ctx = canvas.getContext('2d', { willReadFrequently: pixels });
  if (!ctx) throw new Error('no 2D context for an image this size');
  progress(0.1);
  // OffscreenCanvasRenderingContext2D has every call paint.ts makes.
  paintPublication(ctx as unknown as CanvasRenderingContext2D, scene, composition, scale, background, {
    highlight,
    progress,
    pixels,
  });
  progress(0.9);
  return canvas.convertToBlob({ type: 'image/png' });
});
