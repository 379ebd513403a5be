// The adjacency helper thread (started by the writer, adjacencyHelper.ts): for one finish, orders the import's
// relation ends and makes the adjacency rows, slice by slice, while the writer writes the slices before. It keeps a
// few slices ahead, no more, so the rows of millions of relations are never all in memory at once. Then it ends,
// which gives its memory (a copy of the import's shape, the ends ordered) back at once.
import { parentPort } from 'node:worker_threads';
import { threadCpuMs } from './threadCpu';
import { adjacencySlices } from './adjacencyRows';
import { AHEAD, CANCELLED, POSTED, TAKEN, type HelperRequest } from './adjacencyHelper';

parentPort!.once('message', ({ input, port, signal }: HelperRequest) => {
  const flags = new Int32Array(signal);
  const began = process.env.IMPORT_TIMINGS ? threadCpuMs() : 0;
  try {
    let made = 0;
    for (const slice of adjacencySlices(input)) {
      for (let taken = Atomics.load(flags, TAKEN); made - taken >= AHEAD; taken = Atomics.load(flags, TAKEN)) {
        if (Atomics.load(flags, CANCELLED)) break;
        Atomics.wait(flags, TAKEN, taken);
      }
      if (Atomics.load(flags, CANCELLED)) break;
      port.postMessage(slice, [slice.rows.buffer as ArrayBuffer, slice.counts.buffer as ArrayBuffer]);
      made++;
      Atomics.add(flags, POSTED, 1);
      Atomics.notify(flags, POSTED);
    }
    port.postMessage({ done: true });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
  Atomics.add(flags, POSTED, 1);
  Atomics.notify(flags, POSTED);
  port.close();
  if (process.env.IMPORT_TIMINGS) console.log('adjacency helper CPU ms', threadCpuMs() - began);
  parentPort!.close();
});
