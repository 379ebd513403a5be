// Paints and encodes a publication PNG off the main thread (OffscreenCanvas), reporting how far it has got: a
// big graph's image does not hold the page. The same painting code as the SVG and PDF exports (paint.ts).
import type { Scene } from '../scene';
import type { Composition } from './compose';
import { paintPublication } from './paint';
import type { Highlight } from '../types';
import { answerJobs } from '../../workers/answerJobs';

export interface PublicationJob {
  /** The scene without its key lists and indexes, which painting does not use. */
  scene: Scene;
  composition: Composition;
  scale: number;
  width: number;
  height: number;
  background: string | null;
  highlight: Highlight | null;
}

answerJobs(async (job: PublicationJob, progress) => {
  const { scene, composition, scale, width, height, background, highlight } = job;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D context for an image this size');
  progress(0.1);
  // OffscreenCanvasRenderingContext2D has every call paint.ts makes.
  paintPublication(ctx as unknown as CanvasRenderingContext2D, scene, composition, scale, background, {
    highlight,
    progress,
  });
  return canvas.convertToBlob({ type: 'image/png' });
});
