// Draws the specks picture (specksPixels.ts) off the page's main thread: at 200,000 nodes it is ~27 million pixel
// writes, 70-200 ms a filter click, which held the page in one task. The worker keeps the scene's arrays it was
// sent (once per graph, positions or look), gets the filters' layers and the camera with each job, and answers
// with an ImageBitmap the page only has to copy onto its canvas, and the layers' buffers back for the next job.
// The links, most of that time, are written in two parts at once: the later part by a helper worker of its own
// (specksLinksHelper.ts) on the machine's other core, the page's main thread being idle meanwhile.
import { answerJobs } from '../../workers/answerJobs';
import {
  colourLinks,
  linksHalfway,
  projectSpecks,
  projectionFor,
  writeLinks,
  writeNodes,
  type SpeckProjection,
} from './specksPixels';
import type { SpecksAnswer, SpecksJob } from './specksJob';
import type { SpeckArrays } from './specksPixels';
import { createLinksHelper } from './specksLinksHelper';

let kept: { version: number; arrays: SpeckArrays } | null = null;
let image: ImageData | null = null;
let codes = new Uint8Array(0);
let projection: SpeckProjection | undefined;
const helper = createLinksHelper();

answerJobs<SpecksJob, SpecksAnswer>(
  async (job) => {
    const started = performance.now();
    const { version, arrays: sent, layers, palette, camera, width, height } = job;
    if (sent) kept = { version, arrays: sent };
    // A worker started anew (the kept one ended while idle) has no arrays yet: the page sends them again.
    if (!kept || kept.version !== version) return { bitmap: null, layers, drawMs: 0, helped: false };
    if (!image || image.width !== width || image.height !== height) {
      image = new ImageData(width, height);
      codes = new Uint8Array(width * height);
    } else {
      new Uint32Array(image.data.buffer).fill(0);
      codes.fill(0);
    }
    const { arrays } = kept;
    const links = arrays.source.length;
    projection = projectionFor(arrays.x.length, projection);
    projectSpecks(arrays, camera, projection);
    // The helper writes from `split` on while this worker writes up to it; the parts are merged as one pass.
    const split = helper.takes(links) ? linksHalfway(width, height, arrays, layers.edgeShown, projection) : links;
    const later = split < links ? helper.write(version, arrays, layers.edgeShown, split, camera, width, height) : null;
    const ownStart = performance.now();
    writeLinks(codes, width, height, arrays, layers.edgeShown, projection, 0, split);
    const ownEnd = performance.now();
    const laterCodes = later && (await later);
    if (laterCodes) helper.timed(ownEnd - ownStart, performance.now() - ownEnd);
    // One range after the other into the same bytes is the one pass too.
    if (later && !laterCodes) writeLinks(codes, width, height, arrays, layers.edgeShown, projection, split);
    const pixels = new Uint32Array(image.data.buffer);
    colourLinks(pixels, codes, palette.links, laterCodes ?? undefined);
    if (laterCodes) helper.giveBack(laterCodes);
    writeNodes(pixels, width, height, arrays, layers.nodeShown, palette, camera.k, projection);
    const bitmap = await createImageBitmap(image);
    return {
      bitmap,
      layers,
      drawMs: performance.now() - started,
      helped: laterCodes !== null && laterCodes !== undefined,
    };
  },
  (answer) => [
    ...(answer.bitmap ? [answer.bitmap] : []),
    answer.layers.nodeShown.buffer as ArrayBuffer,
    answer.layers.edgeShown.buffer as ArrayBuffer,
  ],
);
