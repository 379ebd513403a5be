// The page's side of every worker (protocol.ts): a kind of worker runs jobs, each with progress, cancel and one
// answer. A kind can start a worker ahead of need (prepare: the module loads while a file downloads or a dialog
// opens) and keep it a while after a job (keepIdleMs), so the next job does not wait for a worker to start.
// Cancelling ends the job's worker: the only way to stop work already running in it.
import type { JobReply } from './protocol';

export interface Job<Result> {
  /** The result; null once cancelled; rejects with the worker's own message when the work failed. */
  done: Promise<Result | null>;
  cancel(): void;
}

export interface JobOptions {
  /** Buffers handed over with the request (the caller must not use them afterwards). */
  transfer?: Transferable[];
  onProgress?: (fraction: number) => void;
  /**
   * For a worker that is not kept: ended once this settles instead of at its answer, because it still has work
   * for the page after answering (the open worker hashes the dataset and sends the hash on a port of its own).
   */
  endAfter?: Promise<unknown>;
}

export interface WorkerKind<Request, Result> {
  /** Starts a worker now, for the next job to take. Does nothing if one is waiting already. */
  prepare(): void;
  run(request: Request, options?: JobOptions): Job<Result>;
}

export interface WorkerKindOptions {
  /**
   * How long a worker stays after its last job, for the next one (0: ended at once, so it gives back the memory its
   * work used). While kept, further jobs go to it, one after the other.
   */
  keepIdleMs?: number;
  /** Said in the error when the worker itself stops (not the work): "the <name> stopped". */
  name: string;
}

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
  onProgress?: (fraction: number) => void;
  endAfter?: Promise<unknown>;
}

interface Running {
  worker: Worker;
  pending: Map<number, Pending>;
  idle?: ReturnType<typeof setTimeout>;
}

let lastId = 0;

export function workerKind<Request, Result>(
  start: () => Worker,
  { keepIdleMs = 0, name }: WorkerKindOptions,
): WorkerKind<Request, Result> {
  /** A worker started ahead of need, or kept after its job. */
  let ready: Running | null = null;

  function end(running: Running): void {
    clearTimeout(running.idle);
    running.worker.terminate();
    if (ready === running) ready = null;
  }

  function launch(): Running {
    const running: Running = { worker: start(), pending: new Map() };
    running.worker.addEventListener('message', (event: MessageEvent<JobReply<Result>>) => {
      const reply = event.data;
      const pending = running.pending.get(reply.id);
      if (!pending) return;
      if (reply.kind === 'progress') return pending.onProgress?.(reply.fraction);
      running.pending.delete(reply.id);
      if (reply.kind === 'done') pending.resolve(reply.result);
      else pending.reject(new Error(reply.message));
      if (running.pending.size > 0) return;
      // Idle now: kept a while for the next job, or ended.
      if (keepIdleMs > 0 && ready === running) running.idle = setTimeout(() => end(running), keepIdleMs);
      else if (reply.kind === 'done' && pending.endAfter) void pending.endAfter.finally(() => end(running));
      else end(running);
    });
    running.worker.addEventListener('error', (event: ErrorEvent) => {
      end(running);
      const error = new Error(event.message || `the ${name} stopped`);
      for (const pending of running.pending.values()) pending.reject(error);
      running.pending.clear();
    });
    return running;
  }

  /** The worker a new job goes to: the one waiting or kept, else a new one. */
  function take(): Running {
    const running = ready ?? launch();
    clearTimeout(running.idle);
    // A worker that is not kept serves one job: the next job gets a worker of its own.
    if (keepIdleMs === 0) ready = null;
    else ready = running;
    return running;
  }

  return {
    prepare() {
      if (ready || typeof Worker === 'undefined') return;
      ready = launch();
      if (keepIdleMs > 0) ready.idle = setTimeout(() => end(ready!), keepIdleMs);
    },
    run(request, { transfer = [], onProgress, endAfter } = {}) {
      const running = take();
      const id = ++lastId;
      let settle: (result: Result | null) => void = () => undefined;
      const done = new Promise<Result | null>((resolve, reject) => {
        settle = resolve;
        running.pending.set(id, { resolve: resolve as (result: unknown) => void, reject, onProgress, endAfter });
      });
      running.worker.postMessage({ id, request }, { transfer });
      return {
        done,
        cancel() {
          if (!running.pending.delete(id)) return;
          settle(null);
          // Work already running cannot be interrupted: its worker ends, and any other job on it fails.
          end(running);
          const error = new Error(`the ${name} was stopped`);
          for (const pending of running.pending.values()) pending.reject(error);
          running.pending.clear();
        },
      };
    },
  };
}
