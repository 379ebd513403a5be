// A reader thread: its own connection (reads only) to the store's file, answering the API's reads (server/graph over
// the store's primitives) as they come; its statements run one at a time, several requests taking turns between
// them. Several threads run side by side; SQLite's WAL lets each read while the writer writes, each statement seeing
// the last commit made before it began.
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '../../graph/errors';
import { inThreadReads } from '../../graph/reads';
import { openConnection } from './connection';
import type { ReadReply, ReadRequest } from './readerProtocol';
import { sqliteReads } from './sqliteStore';

const { file, cacheKiB } = workerData as { file: string; cacheKiB: number };
const reads = inThreadReads(sqliteReads(openConnection(file, cacheKiB)));
const port = parentPort!;

port.on('message', (request: ReadRequest | 'close') => {
  if (request === 'close') return port.close();
  const run = reads[request.op] as (...args: unknown[]) => Promise<unknown>;
  run(...request.args).then(
    // The answer's text is made here: a string crosses to the server's thread as one copy, where the answer's
    // objects would be cloned and then serialised there, on the thread every request shares.
    (value) => port.postMessage({ seq: request.seq, ok: true, json: JSON.stringify(value) } satisfies ReadReply),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      const api =
        e instanceof ApiError
          ? {
              status: e.status,
              code: e.code,
              ...(e.line !== undefined && { line: e.line }),
              ...(e.details && { details: e.details }),
            }
          : undefined;
      port.postMessage({
        seq: request.seq,
        ok: false,
        error: { message: e.message, ...(api && { api }) },
      } satisfies ReadReply);
    },
  );
});
