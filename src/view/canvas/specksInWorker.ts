// The page's side of the specks worker (specks.worker.ts): one drawing in flight at a time, the newest request
// sent when it ends (requests in between are never drawn), and an answer superseded by a newer request dropped.
// One worker serves every drawing of the page: a huge graph's preview (ui/import/PreviewCanvas.tsx) and the
// canvas view. Which arrays it holds is known here, for all of them: the model's first drawing, whose arrays are
// the preview's, sends none again.
import type { Viewport } from '../types';
import { workerKind } from '../../workers/workerJobs';
import type { SpecksAnswer, SpecksJob } from './specksJob';
import type { SpeckArrays, SpeckLayers, SpeckPalette } from './specksPixels';
import { specksCamera } from './specks';
import { answerIsShown, arrayBuffers, arraysFingerprint, copiedArrays } from './specksVersion';

/** Kept this long after its last drawing: it holds the scene's arrays, sent again if it has to start anew. */
const WORKER_IDLE_MS = 5 * 60_000;
/** A superseded picture is still shown once the canvas has waited this long for a new one. */
const PATIENCE_MS = 300;

const specksWorker = workerKind<SpecksJob, SpecksAnswer>(
  () => new Worker(new URL('./specks.worker.ts', import.meta.url), { type: 'module' }),
  { keepIdleMs: WORKER_IDLE_MS, name: 'specks worker' },
);

export const canDrawSpecksInWorker = () =>
  typeof Worker !== 'undefined' && typeof createImageBitmap !== 'undefined' && typeof ImageData !== 'undefined';

/** Starts the worker while a huge graph is still being built, so that its first picture does not wait for it. */
export function prepareSpecksWorker(): void {
  if (canDrawSpecksInWorker()) specksWorker.prepare();
}

/** What a drawing reads: the arrays and the filters' layers (a scene, or a preview). */
export type SpecksSource = SpeckArrays & SpeckLayers;

/**
 * The arrays the worker holds (of the newest version sent), by fingerprint: a drawing of other arrays with the very
 * same contents (the model's scene after the preview) sends none. Two different graphs with one fingerprint would
 * be a one in four billion chance per change.
 */
let held: { fingerprint: number; version: number } | null = null;
let versions = 0;

export interface SpecksPicture {
  bitmap: ImageBitmap;
  scene: SpecksSource;
  /** The view it was drawn for, at the canvas size it was drawn at. */
  view: Viewport;
  width: number;
  height: number;
  /** The worker's time for it (ms), and whether its links helper wrote part of it: read by the bench. */
  drawMs: number;
  helped: boolean;
}

interface Request {
  serial: number;
  scene: SpecksSource;
  view: Viewport;
  width: number;
  height: number;
  palette: SpeckPalette;
}

export interface SpecksInWorker {
  /** Draws the scene's specks for the view, at the canvas size; `show` gets the picture unless it is stale. */
  request(scene: SpecksSource, view: Viewport, width: number, height: number, palette: SpeckPalette): void;
  /** The canvas was drawn otherwise: pictures of requests made so far are not shown. */
  drop(): void;
}

export function createSpecksInWorker(
  show: (picture: SpecksPicture) => void,
  failed: (error: Error) => void,
): SpecksInWorker {
  let serial = 0;
  let newest: Request | null = null;
  let inFlight = false;
  let waitingSince: number | null = null;
  let spare: SpeckLayers | null = null;

  const layersOf = (scene: SpecksSource): SpeckLayers => {
    const fits =
      spare && spare.nodeShown.length === scene.nodeShown.length && spare.edgeShown.length === scene.edgeShown.length;
    const layers = fits ? spare! : { nodeShown: scene.nodeShown.slice(), edgeShown: scene.edgeShown.slice() };
    if (fits) {
      layers.nodeShown.set(scene.nodeShown);
      layers.edgeShown.set(scene.edgeShown);
    }
    spare = null;
    return layers;
  };

  function send(request: Request): void {
    inFlight = true;
    const { scene, width, height } = request;
    const fingerprint = arraysFingerprint(scene);
    const fresh = !held || held.fingerprint !== fingerprint;
    if (fresh) held = { fingerprint, version: ++versions };
    const version = held!.version;
    const arrays = fresh ? copiedArrays(scene) : undefined;
    const layers = layersOf(scene);
    const job: SpecksJob = {
      version,
      arrays,
      layers,
      palette: request.palette,
      camera: specksCamera(request.view, width),
      width,
      height,
    };
    const transfer = [
      ...(arrays ? arrayBuffers(arrays) : []),
      layers.nodeShown.buffer as ArrayBuffer,
      layers.edgeShown.buffer as ArrayBuffer,
    ];
    specksWorker.run(job, { transfer }).done.then(
      (answer) => {
        inFlight = false;
        if (!answer) return;
        spare = answer.layers;
        if (!answer.bitmap) {
          // The worker was started anew, or holds another drawing's arrays: send them with the newest request.
          if (held?.version === version) held = null;
          if (newest) send(newest);
          return;
        }
        const shown =
          newest !== null && answerIsShown(request.serial, newest.serial, waitingSince, performance.now(), PATIENCE_MS);
        if (shown) {
          if (request.serial === newest!.serial) newest = null;
          waitingSince = null;
          show({
            bitmap: answer.bitmap,
            scene,
            view: request.view,
            width,
            height,
            drawMs: answer.drawMs,
            helped: answer.helped,
          });
        } else answer.bitmap.close();
        if (newest && newest.serial > request.serial) send(newest);
      },
      (error: Error) => {
        inFlight = false;
        held = null;
        newest = null;
        failed(error);
      },
    );
  }

  return {
    request(scene, view, width, height, palette) {
      newest = { serial: ++serial, scene, view: { ...view }, width, height, palette };
      waitingSince ??= performance.now();
      if (!inFlight) send(newest);
    },
    drop() {
      newest = null;
      waitingSince = null;
    },
  };
}
