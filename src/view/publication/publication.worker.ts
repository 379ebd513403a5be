// Paints and encodes a publication PNG off the main thread (OffscreenCanvas), reporting how far it has got: a
// big graph's image does not hold the page. The same painting code as the SVG and PDF exports (paint.ts).
import type { Scene } from '../scene';
import type { Composition } from './compose';
import { paintPublication } from './paint';
import type { Highlight } from '../types';

export interface PublicationJob {
  /** Returned with every reply: the worker is kept between exports (imageWorker.ts). */
  id: number;
  /** The scene without its key lists and indexes, which painting does not use. */
  scene: Scene;
  composition: Composition;
  scale: number;
  width: number;
  height: number;
  background: string | null;
  highlight: Highlight | null;
}

type Outcome =
  { kind: 'progress'; fraction: number } | { kind: 'done'; blob: Blob } | { kind: 'failed'; message: string };

export type PublicationReply = { id: number } & Outcome;

self.addEventListener('message', (event: MessageEvent<PublicationJob>) => {
  const { id, scene, composition, scale, width, height, background, highlight } = event.data;
  const reply = (message: Outcome) => self.postMessage({ ...message, id });
  try {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D context for an image this size');
    reply({ kind: 'progress', fraction: 0.1 });
    // OffscreenCanvasRenderingContext2D has every call paint.ts makes.
    paintPublication(ctx as unknown as CanvasRenderingContext2D, scene, composition, scale, background, {
      highlight,
      progress: (fraction) => reply({ kind: 'progress', fraction }),
    });
    canvas.convertToBlob({ type: 'image/png' }).then(
      (blob) => reply({ kind: 'done', blob }),
      (error: unknown) => reply({ kind: 'failed', message: String(error) }),
    );
  } catch (error) {
    reply({ kind: 'failed', message: String(error) });
  }
});
