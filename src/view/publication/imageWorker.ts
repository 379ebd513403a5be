// The publication worker, kept warm: started when the export dialog opens and kept 30 s after its last job, so an
// export does not wait for a worker to start and load its module (30–230 ms a time on the bench machine).
import type { PublicationJob } from './publication.worker';
import { workerKind } from '../../workers/workerJobs';

const WORKER_IDLE_MS = 30_000;

const imageWorker = workerKind<PublicationJob, Blob>(
  () => new Worker(new URL('./publication.worker.ts', import.meta.url), { type: 'module' }),
  { keepIdleMs: WORKER_IDLE_MS, name: 'image worker' },
);

export const canPaintInWorker = () => typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined';

/** Starts the worker ahead of an export (the dialog opened); it ends by itself if no export follows. */
export function prepareImageWorker(): void {
  if (canPaintInWorker()) imageWorker.prepare();
}

/**
 * Paints and encodes the job in the worker, handing it `transfer`; rejects with the worker's own message. Resolves
 * null once `signal` aborts: the worker is ended, the only way to stop a drawing under way.
 */
export async function paintInWorker(
  job: PublicationJob,
  transfer: Transferable[],
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<Blob | null> {
  if (signal?.aborted) return null;
  const run = imageWorker.run(job, { onProgress, transfer });
  const cancel = () => run.cancel();
  signal?.addEventListener('abort', cancel);
  try {
    return await run.done;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}
