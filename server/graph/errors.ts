// The errors the API turns into JSON answers: each carries its HTTP status and a message for people.
import type { ErrorResponse } from '../../src/io/server/wire';
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly line?: number,
    /** More for programs, sent beside the message (a conflict's records). */
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string) => new ApiError(404, 'not-found', `${what} was not found.`);

/** The JSON an error becomes: ours as they are, request mistakes as 4xx, anything else as a 500 without details. */
export function errorBody(error: unknown): { status: number; body: ErrorResponse; unexpected: boolean } {
  const e = error as Error & { statusCode?: number; validation?: unknown; code?: string };
  if (error instanceof ApiError) {
    const body = {
      ...error.details,
      error: error.code,
      message: error.message,
      ...(error.line !== undefined && { line: error.line }),
    };
    return { status: error.status, body, unexpected: false };
  }
  if (e?.validation) {
    return {
      status: 400,
      body: { error: 'invalid-request', message: `The request is not valid: ${e.message}.` },
      unexpected: false,
    };
  }
  if (e?.statusCode && e.statusCode < 500) {
    return {
      status: e.statusCode,
      body: { error: (e.code ?? 'bad-request').toLowerCase(), message: e.message },
      unexpected: false,
    };
  }
  const message = 'The server could not answer this request; it has been logged.';
  return { status: 500, body: { error: 'internal', message }, unexpected: true };
}
