// What the server's thread and a reader thread (readerWorker.ts) send each other: one of the API's reads by name
// with its arguments, and its answer as JSON text or its error (an ApiError keeps its status and code across the
// thread).
import type { GraphReads } from '../types';

export type ReadOp = Exclude<keyof GraphReads, 'close'>;

export interface ReadRequest {
  seq: number;
  op: ReadOp;
  args: unknown[];
}

export interface ReadError {
  message: string;
  /** Set for an ApiError: what the API answers with. */
  api?: { status: number; code: string; line?: number; details?: Record<string, unknown> };
}

export type ReadReply = { seq: number; ok: true; json: string } | { seq: number; ok: false; error: ReadError };
