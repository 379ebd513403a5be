// Draws the specks picture (specksPixels.ts) off the page's main thread: at 200,000 nodes it is ~27 million pixel
// writes, 70-200 ms a filter click, which held the page in one task. The worker keeps the scene's arrays it was
// sent (once per graph, positions or look), gets the filters' layers and the camera with each job, and answers
// with an ImageBitmap the page only has to copy onto its canvas, and the layers' buffers back for the next job.
import { answerJobs } from '../../workers/answerJobs';
import { projectionFor, writeSpecks, type SpeckProjection } from './specksPixels';
import type { SpecksAnswer, SpecksJob } from './specksJob';
import type { SpeckArrays } from './specksPixels';

let kept: { version: number; arrays: SpeckArrays } | null = null;
let image: ImageData | null = null;
let codes = new Uint8Array(0);
let projection: SpeckProjection | undefined;

answerJobs<SpecksJob, SpecksAnswer>(
  async (job) => {
    const { version, arrays, layers, palette, camera, width, height } = job;
    if (arrays) kept = { version, arrays };
    // A worker started anew (the kept one ended while idle) has no arrays yet: the page sends them again.
    if (!kept || kept.version !== version) return { bitmap: null, layers };
    if (!image || image.width !== width || image.height !== height) {
      image = new ImageData(width, height);
      codes = new Uint8Array(width * height);
    } else {
      new Uint32Array(image.data.buffer).fill(0);
      codes.fill(0);
    }
    projection = projectionFor(kept.arrays.x.length, projection);
    const pixels = new Uint32Array(image.data.buffer);
    writeSpecks({ pixels, codes, width, height }, kept.arrays, layers, palette, camera, projection);
    const bitmap = await createImageBitmap(image);
    return { bitmap, layers };
  },
  (answer) => [
    ...(answer.bitmap ? [answer.bitmap] : []),
    answer.layers.nodeShown.buffer as ArrayBuffer,
    answer.layers.edgeShown.buffer as ArrayBuffer,
  ],
);
