// What the page and the specks worker (specks.worker.ts) say to each other.
import type { SpeckArrays, SpeckCamera, SpeckLayers, SpeckPalette } from './specksPixels';

export interface SpecksJob {
  /** Which state of the scene's arrays the picture is of: the worker draws only from the arrays of this version. */
  version: number;
  /** Copies of the arrays, handed over, when the worker's are of another version (or it has none). */
  arrays?: SpeckArrays;
  /** Copies of the filters' layers, handed over and handed back with the answer for the next job. */
  layers: SpeckLayers;
  palette: SpeckPalette;
  camera: SpeckCamera;
  width: number;
  height: number;
}

export interface SpecksAnswer {
  /** The picture; null when the worker had no arrays of the job's version (the page sends them again). */
  bitmap: ImageBitmap | null;
  layers: SpeckLayers;
}
