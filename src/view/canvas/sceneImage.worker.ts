// Draws a scene's PNG off the main thread (OffscreenCanvas): at 50k nodes drawing and encoding the image held the
// page for ~6 s. The same drawing code as the screen (draw.ts).
import { drawScene, type Highlight, type Viewport } from './draw';
import type { Scene } from './scene';

export interface SceneImageRequest {
  /** Returned with the reply: the worker is kept between exports (sceneImage.ts). */
  id: number;
  /** The scene without its key lists and indexes, which drawing does not use. */
  scene: Scene;
  view: Viewport;
  width: number;
  height: number;
  highlight: Highlight | null;
  background: string | null;
}

export type SceneImageReply = { id: number } & ({ ok: true; blob: Blob } | { ok: false; message: string });

self.addEventListener('message', (event: MessageEvent<SceneImageRequest>) => {
  const { id, scene, view, width, height, highlight, background } = event.data;
  const reply = (message: SceneImageReply) => self.postMessage(message);
  try {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D context');
    // OffscreenCanvasRenderingContext2D has every call draw.ts makes.
    drawScene(ctx as unknown as CanvasRenderingContext2D, scene, view, highlight, background);
    canvas.convertToBlob({ type: 'image/png' }).then(
      (blob) => reply({ id, ok: true, blob }),
      (error: unknown) => reply({ id, ok: false, message: String(error) }),
    );
  } catch (error) {
    reply({ id, ok: false, message: String(error) });
  }
});
