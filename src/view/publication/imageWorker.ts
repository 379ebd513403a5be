// The publication worker, kept warm: started when the export dialog opens and kept WORKER_IDLE_MS after its last
// reply, so an export does not wait for a worker to start and load its module (30–230 ms a time on the bench
// machine). Replies carry the request's id, so nothing relies on one export at a time.
import type { PublicationJob, PublicationReply } from './publication.worker';

const WORKER_IDLE_MS = 30_000;

interface Pending {
  resolve(blob: Blob): void;
  reject(message: string): void;
  onProgress?: (fraction: number) => void;
}

interface ImageWorker {
  worker: Worker;
  pending: Map<number, Pending>;
  idle?: ReturnType<typeof setTimeout>;
}

let current: ImageWorker | null = null;
let lastId = 0;

export const canPaintInWorker = () => typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined';

function stop(state: ImageWorker): void {
  clearTimeout(state.idle);
  state.worker.terminate();
  if (current === state) current = null;
}

/** Ends the worker once it has been idle a while: it holds a module and, until collected, the last image. */
function restartIdleTimer(state: ImageWorker): void {
  clearTimeout(state.idle);
  if (state.pending.size === 0) state.idle = setTimeout(() => stop(state), WORKER_IDLE_MS);
}

function start(): ImageWorker {
  if (current) return current;
  const state: ImageWorker = {
    worker: new Worker(new URL('./publication.worker.ts', import.meta.url), { type: 'module' }),
    pending: new Map(),
  };
  state.worker.addEventListener('message', (event: MessageEvent<PublicationReply>) => {
    const reply = event.data;
    const pending = state.pending.get(reply.id);
    if (reply.kind === 'progress') {
      pending?.onProgress?.(reply.fraction);
      return;
    }
    state.pending.delete(reply.id);
    if (reply.kind === 'done') pending?.resolve(reply.blob);
    else pending?.reject(reply.message);
    restartIdleTimer(state);
  });
  state.worker.addEventListener('error', (event) => {
    stop(state);
    for (const pending of state.pending.values()) pending.reject(event.message || 'the image worker stopped');
  });
  current = state;
  return state;
}

/** Starts the worker ahead of an export (the dialog opened); it ends by itself if no export follows. */
export function prepareImageWorker(): void {
  if (canPaintInWorker()) restartIdleTimer(start());
}

/** Paints and encodes the job in the worker; rejects with the worker's own message. */
export function paintInWorker(job: Omit<PublicationJob, 'id'>, onProgress?: (fraction: number) => void): Promise<Blob> {
  const state = start();
  clearTimeout(state.idle);
  const id = ++lastId;
  return new Promise<Blob>((resolve, reject) => {
    state.pending.set(id, { resolve, reject: (message) => reject(new Error(message)), onProgress });
    state.worker.postMessage({ ...job, id });
  });
}
