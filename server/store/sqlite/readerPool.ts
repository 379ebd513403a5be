// The server's side of the reader threads (readerWorker.ts): started at the first read and kept, each request sent
// to the thread with the fewest waiting. better-sqlite3 answers synchronously, so reads in the server's thread take
// turns with HTTP on one core; in threads of their own, twenty clients at once can use both.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../graph/errors';
import type { JsonReads } from '../types';
import type { ReadOp, ReadReply } from './readerProtocol';

/** SQLITE_READERS, or one thread per core up to two (0: reads stay in the server's thread). */
export function defaultReaders(): number {
  const asked = process.env.SQLITE_READERS;
  if (asked !== undefined && asked !== '') return Math.max(0, Math.floor(Number(asked)) || 0);
  return Math.min(2, availableParallelism());
}

/** Each reader's page cache: the file's pages are in the system's cache too, shared by all of them. */
const CACHE_KIB = Number(process.env.READER_CACHE_KIB) || 128_000;

interface Reader {
  worker: Worker;
  waiting: Map<number, { resolve: (json: string) => void; reject: (error: Error) => void }>;
}

function settle(reply: ReadReply, pending: { resolve: (json: string) => void; reject: (error: Error) => void }) {
  if (reply.ok) return pending.resolve(reply.json);
  const { message, api } = reply.error;
  pending.reject(api ? new ApiError(api.status, api.code, message, api.line, api.details) : new Error(message));
}

export function readerPool(file: string, size: number): JsonReads {
  const readers: (Reader | null)[] = Array.from({ length: size }, () => null);
  let seq = 0;
  let closed = false;

  const start = (slot: number): Reader => {
    const worker = new Worker(new URL('./readerWorker.mjs', import.meta.url), {
      workerData: { file, cacheKiB: CACHE_KIB },
    });
    const reader: Reader = { worker, waiting: new Map() };
    const fail = (error: Error) => {
      if (readers[slot] === reader) readers[slot] = null;
      for (const pending of reader.waiting.values()) pending.reject(error);
      reader.waiting.clear();
    };
    worker.on('message', (reply: ReadReply) => {
      const pending = reader.waiting.get(reply.seq);
      reader.waiting.delete(reply.seq);
      if (pending) settle(reply, pending);
      // Idle, a reader must not keep the process alive.
      if (reader.waiting.size === 0) worker.unref();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`A reader of the store stopped (exit code ${code}).`)));
    return reader;
  };

  const send = (op: ReadOp, args: unknown[]): Promise<string> => {
    if (closed) return Promise.reject(new Error('The store is closed.'));
    let slot = 0;
    for (let i = 1; i < size; i++) {
      if ((readers[i]?.waiting.size ?? 0) < (readers[slot]?.waiting.size ?? 0)) slot = i;
    }
    const reader = (readers[slot] ??= start(slot));
    reader.worker.ref();
    const id = seq++;
    return new Promise((resolve, reject) => {
      reader.waiting.set(id, { resolve, reject });
      reader.worker.postMessage({ seq: id, op, args });
    });
  };

  return {
    search: (...args) => send('search', args),
    expand: (...args) => send('expand', args),
    paths: (...args) => send('paths', args),
    async close() {
      closed = true;
      await Promise.all(
        readers.map(async (reader) => {
          if (!reader) return;
          await reader.worker.terminate();
        }),
      );
    },
  };
}
