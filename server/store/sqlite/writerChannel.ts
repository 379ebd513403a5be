// The main thread's side of the writer: a worker thread (writerWorker.ts) started at the first write and kept for
// the next ones, or, for a store in memory (which a second connection cannot see), the same writer run in this
// thread. Requests are answered in the order sent; a refused record comes back as the RecordError it was.
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { RecordError } from '../types';
import { ImportWriter, answer, spareTime } from './importWriter';
import type { WriterReply, WriterRequest } from './writerProtocol';

export interface WriterChannel {
  request(request: WriterRequest, transfer?: ArrayBuffer[]): Promise<WriterReply & { ok: true }>;
  close(): Promise<void>;
}

function settle(reply: WriterReply): WriterReply & { ok: true } {
  if (reply.ok) return reply;
  const { message, recordId } = reply.error;
  throw recordId !== undefined ? new RecordError(message, recordId) : new Error(message);
}

/** The writer in this thread, pausing before each request so that other work gets its turn. */
export function inThreadWriter(db: Database.Database): WriterChannel {
  const writer = new ImportWriter(db);
  let seq = 0;
  return {
    async request(request) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      const reply = answer(writer, request, seq++);
      while (writer.namesHeld) spareTime(writer);
      return settle(reply);
    },
    async close() {},
  };
}

export function workerWriter(file: string): WriterChannel {
  let worker: Worker | null = null;
  let failed: Error | null = null;
  let closing = false;
  let seq = 0;
  const waiting = new Map<number, { resolve: (reply: WriterReply) => void; reject: (error: Error) => void }>();

  const fail = (error: Error) => {
    failed = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  const start = () => {
    const started = new Worker(new URL('./writerWorker.mjs', import.meta.url), { workerData: { file } });
    started.on('message', (reply: WriterReply) => {
      const pending = waiting.get(reply.seq);
      waiting.delete(reply.seq);
      pending?.resolve(reply);
      // Idle, the writer must not keep the process alive (but one closing is waited for).
      if (waiting.size === 0 && !closing) started.unref();
    });
    started.on('error', fail);
    started.on('exit', (code) => {
      worker = null;
      if (waiting.size > 0) fail(new Error(`The store's writer stopped (exit code ${code}).`));
    });
    return started;
  };

  return {
    async request(request, transfer) {
      if (failed) throw failed;
      worker ??= start();
      worker.ref();
      const id = seq++;
      const reply = new Promise<WriterReply>((resolve, reject) => waiting.set(id, { resolve, reject }));
      worker.postMessage({ ...request, seq: id }, transfer ?? []);
      return settle(await reply);
    },
    async close() {
      if (!worker) return;
      const stopping = worker;
      closing = true;
      const exited = new Promise<void>((resolve) => stopping.once('exit', () => resolve()));
      await this.request({ op: 'close' }).catch(() => undefined);
      await exited;
    },
  };
}
