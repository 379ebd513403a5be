// Which state of a scene's drawn arrays the specks worker holds. The scene's arrays are changed in place (a layout,
// a drag, an edit, a new look), by code all over the view; a fingerprint of their contents, read at each drawing
// (a few ms at 200,000 nodes), tells whether the worker must be sent them again without each writer saying so.
import type { SpeckArrays } from './specksPixels';

/** FNV-1a over 32-bit words, then the bytes left over: the bits of the values, not their numbers. */
function hashInto(hash: number, view: ArrayBufferView): number {
  // A view that does not start on a word (a byte array's part of a buffer) is read a byte at a time.
  const wordCount = view.byteOffset % 4 === 0 ? view.byteLength >> 2 : 0;
  const words = new Int32Array(view.buffer, wordCount > 0 ? view.byteOffset : 0, wordCount);
  let h = hash;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i]!, 16777619);
  const bytes = new Uint8Array(view.buffer, view.byteOffset + wordCount * 4, view.byteLength - wordCount * 4);
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 16777619);
  return Math.imul(h ^ view.byteLength, 16777619);
}

/** The arrays the worker draws from, in one order for the fingerprint and the hand-over. */
const listed = (a: SpeckArrays): ArrayBufferView[] => [a.x, a.y, a.radius, a.colour, a.source, a.target, a.edgeFlags];

export function arraysFingerprint(arrays: SpeckArrays): number {
  let h = 2166136261 | 0;
  for (const view of listed(arrays)) h = hashInto(h, view);
  return h >>> 0;
}

/** Copies of the arrays, for handing over to the worker (the scene keeps its own). */
export const copiedArrays = (a: SpeckArrays): SpeckArrays => ({
  x: a.x.slice(),
  y: a.y.slice(),
  radius: a.radius.slice(),
  colour: a.colour.slice(),
  source: a.source.slice(),
  target: a.target.slice(),
  edgeFlags: a.edgeFlags.slice(),
});

export const arrayBuffers = (a: SpeckArrays): ArrayBuffer[] => listed(a).map((v) => v.buffer as ArrayBuffer);

/**
 * Whether an answer may be shown: the newest request's always; a superseded one's only once the canvas has waited
 * `patienceMs` for any new picture (during a brush or playback every answer is superseded by the time it comes;
 * dropping them all would show nothing until the changes stop).
 */
export function answerIsShown(
  answered: number,
  newest: number,
  waitingSince: number | null,
  now: number,
  patienceMs: number,
): boolean {
  if (answered === newest) return true;
  return waitingSince !== null && now - waitingSince >= patienceMs;
}
