// The specks worker's helper (specksLinksHelper.ts): writes the later part of the links' bytes while the specks
// worker writes the earlier part, on the machine's other core. The links are most of a picture's time at 200,000
// nodes (~27 million pixel writes); the specks worker merges the two parts as one pass would have left them
// (specksPixels.ts's colourLinks).
import { answerJobs } from '../../workers/answerJobs';
import { projectSpecks, projectionFor, writeLinks, type SpeckProjection } from './specksPixels';
import type { LinksAnswer, LinksArrays, LinksJob } from './specksJob';

let kept: { version: number; arrays: LinksArrays } | null = null;
let projection: SpeckProjection | undefined;

answerJobs<LinksJob, LinksAnswer>(
  (job) => {
    const { version, arrays, edgeShown, from, camera, width, height } = job;
    if (arrays) kept = { version, arrays };
    if (!kept || kept.version !== version) return { written: false, codes: job.codes, edgeShown };
    const codes = job.codes.length === width * height ? job.codes.fill(0) : new Uint8Array(width * height);
    projection = projectionFor(kept.arrays.x.length, projection);
    projectSpecks(kept.arrays, camera, projection);
    writeLinks(codes, width, height, kept.arrays, edgeShown, projection, from);
    return { written: true, codes, edgeShown };
  },
  (answer) => [answer.codes.buffer as ArrayBuffer, answer.edgeShown.buffer as ArrayBuffer],
);
