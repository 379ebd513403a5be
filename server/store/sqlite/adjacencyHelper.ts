// The writer's side of the adjacency helper (adjacencyWorker.ts): at a finish the writer hands it a copy of the
// import's shape and, while it indexes the names left and writes the degrees, the helper orders the relation ends;
// then the helper makes each slice of rows while the writer writes the one before. Ordering the ends and gathering
// the rows took more than half of the writer's finish, which otherwise runs on one core with the other idle.
// The writer works synchronously (one request at a time), so it takes the slices from its port without its event
// loop, waiting on a shared counter; the helper waits on another when it is AHEAD slices ahead.
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { type AdjacencyInput, type AdjacencySlice, adjacencySlices, inputBuffers } from './adjacencyRows';

/** Slots of the shared counters: slices posted by the helper, slices taken by the writer, the writer gave up. */
export const POSTED = 0;
export const TAKEN = 1;
export const CANCELLED = 2;
/** Slices the helper may have made and the writer not yet taken (each about 3 MB). */
export const AHEAD = 4;

export interface HelperRequest {
  input: AdjacencyInput;
  port: MessagePort;
  signal: SharedArrayBuffer;
}

type HelperMessage = AdjacencySlice | { done: true } | { error: string };

/** The slices of an import's rows in order (`undefined` after the last); `stop` lets go of those not taken. */
export interface AdjacencyRows {
  next(): AdjacencySlice | undefined;
  stop(): void;
}

/** Makes the adjacency rows of an import, starting at once. */
export type AdjacencyMaker = (input: AdjacencyInput) => AdjacencyRows;

/** The rows made in the writer's own thread (a store in memory, whose writer is the server's thread). */
export const adjacencyInThread: AdjacencyMaker = (input) => {
  const slices = adjacencySlices(input);
  return { next: () => slices.next().value ?? undefined, stop: () => void slices.return(undefined) };
};

/** Waiting this long for a slice without one coming, the writer gives up (the helper must have stopped). */
const STALLED_MS = 120_000;

/**
 * A helper thread for each finish, one started ahead (now, then as each ends), so that it is ready when the finish
 * comes; it does not keep the process alive. Should one fail (end other than by finishing), the rows are made in
 * the writer's thread from then on.
 */
export function adjacencyHelper(): AdjacencyMaker {
  let ready: Worker | null = null;
  let failed = false;
  const start = () => {
    const worker = new Worker(new URL('./adjacencyWorker.mjs', import.meta.url));
    worker.unref();
    worker.on('error', () => undefined);
    worker.on('exit', (code) => {
      if (code !== 0) failed = true;
      else ready ??= start();
    });
    return worker;
  };
  ready = start();
  return (input) => {
    if (failed) return adjacencyInThread(input);
    // Taken, so that the next finish, should it come before this helper's end is seen, gets one of its own.
    const worker = ready ?? start();
    ready = null;
    const { port1, port2 } = new MessageChannel();
    const signal = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
    const request: HelperRequest = { input, port: port2, signal };
    worker.postMessage(request, [port2, ...inputBuffers(input)]);
    return new SlicesFromHelper(port1, new Int32Array(signal));
  };
}

/** The helper's slices, taken from the port as they come. */
class SlicesFromHelper implements AdjacencyRows {
  private done = false;
  constructor(
    private readonly port: MessagePort,
    private readonly flags: Int32Array,
  ) {}

  next(): AdjacencySlice | undefined {
    for (let waited = 0; !this.done;) {
      const posted = Atomics.load(this.flags, POSTED);
      const received = receiveMessageOnPort(this.port);
      if (!received) {
        if (waited >= STALLED_MS) throw new Error("The store's adjacency helper stopped answering.");
        if (Atomics.wait(this.flags, POSTED, posted, 1_000) === 'timed-out') waited += 1_000;
        continue;
      }
      const message = received.message as HelperMessage;
      if ('error' in message) throw new Error(message.error);
      if ('done' in message) break;
      Atomics.add(this.flags, TAKEN, 1);
      Atomics.notify(this.flags, TAKEN);
      return message;
    }
    this.stop();
    return undefined;
  }

  /** Also when the writer stops early (a write failed): the helper stops making slices. */
  stop(): void {
    if (this.done) return;
    this.done = true;
    Atomics.store(this.flags, CANCELLED, 1);
    Atomics.notify(this.flags, TAKEN);
    this.port.close();
  }
}
