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
  /** The worker's time for the picture, from the job's start to the bitmap (ms; the bench reads it). */
  drawMs: number;
  /** Whether the links helper (specksLinksHelper.ts) wrote part of the links. */
  helped: boolean;
}

/** What the specks worker's links helper (specksLinks.worker.ts) draws from: the arrays a link's line reads. */
export type LinksArrays = Pick<SpeckArrays, 'x' | 'y' | 'source' | 'target' | 'edgeFlags'>;

/** The specks worker → its links helper: write the links from `from` on into `codes` (handed over, and back). */
export interface LinksJob {
  version: number;
  /** Copies of the arrays, handed over, when the helper's are of another version (or it has none). */
  arrays?: LinksArrays;
  edgeShown: Uint8Array;
  from: number;
  camera: SpeckCamera;
  width: number;
  height: number;
  codes: Uint8Array;
}

export interface LinksAnswer {
  /** Whether the links were written: not when the helper had no arrays of the job's version. */
  written: boolean;
  codes: Uint8Array;
  edgeShown: Uint8Array;
}
