// The app's client for the graph server's API (wire.ts): one function per endpoint, each cancellable through an
// AbortSignal, each failure a ServerError whose message says what went wrong in words. Responses are data only:
// nothing here builds script or markup from them, and the app renders their text as text.
import type {
  ErrorResponse,
  ExpandRequest,
  ExpandResponse,
  HealthResponse,
  InvestigationDetails,
  InvestigationSummary,
  PathsResponse,
  SearchResponse,
} from './wire';
import { MAX_FILE_BYTES, type Progress } from '../readSource';

export class ServerError extends Error {
  /** The HTTP status (0 when the server could not be reached or its answer could not be read). */
  readonly status: number;
  /** The API's short error code (`not_found`, `bad_request`…), or `network` / `malformed` / `aborted`. */
  readonly code: string;
  constructor(message: string, status: number, code: string) {
    super(message);
    this.name = 'ServerError';
    this.status = status;
    this.code = code;
  }
}

/** Whether an error is a request given up on purpose (a newer search replaced it): not worth a message. */
export const isAborted = (error: unknown): boolean =>
  (error instanceof ServerError && error.code === 'aborted') ||
  (error instanceof DOMException && error.name === 'AbortError');

/** The evidence rules a path may follow, as query parameters (model/paths.ts EvidenceRules). */
export interface PathParams {
  from: string;
  to: string;
  directed: boolean;
  rules: { minOrigins: number; excludeDisputed: boolean; happenedOnly: boolean } | null;
}

export interface ServerClient {
  /** The server's health, or null when no graph server answers at this address (a plain static host). */
  health(signal?: AbortSignal): Promise<HealthResponse | null>;
  investigations(limit: number, offset: number, signal?: AbortSignal): Promise<InvestigationSummary[]>;
  investigation(id: string, signal?: AbortSignal): Promise<InvestigationDetails>;
  /** The whole investigation as the project's JSON text (read with progress, within the app's file size limit). */
  exportJson(id: string, onProgress?: Progress, signal?: AbortSignal): Promise<string>;
  search(id: string, query: string, limit: number, offset: number, signal?: AbortSignal): Promise<SearchResponse>;
  expand(id: string, request: ExpandRequest, signal?: AbortSignal): Promise<ExpandResponse>;
  paths(id: string, params: PathParams, signal?: AbortSignal): Promise<PathsResponse>;
}

/** A client for the API at `origin` (by default the page's own: the server serves the app). */
export function createServerClient(origin = window.location.origin, fetchImpl: typeof fetch = fetch): ServerClient {
  const url = (path: string, query?: Record<string, string>) => {
    const address = new URL(path, origin);
    for (const [key, value] of Object.entries(query ?? {})) address.searchParams.set(key, value);
    return address;
  };
  const inv = (id: string, tail = '') => `/api/investigations/${encodeURIComponent(id)}${tail}`;

  async function send(address: URL, init: RequestInit, signal?: AbortSignal): Promise<Response> {
    try {
      // Same origin only, and nothing the browser keeps for other sites goes with it.
      return await fetchImpl(address, { ...init, signal, credentials: 'same-origin', redirect: 'error' });
    } catch (error) {
      if (isAborted(error) || signal?.aborted) throw new ServerError('The request was cancelled.', 0, 'aborted');
      throw new ServerError(`The graph server could not be reached (${(error as Error).message}).`, 0, 'network');
    }
  }

  async function json<T>(address: URL, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
    const response = await send(address, init, signal);
    const body = await readJson(response, signal);
    if (!response.ok) throw errorOf(response, body);
    return body as T;
  }

  return {
    async health(signal) {
      let response: Response;
      try {
        response = await send(url('/api/health'), {}, signal);
      } catch (error) {
        if (isAborted(error)) throw error;
        return null;
      }
      // A static host answers 404, or its index page for any path: only the API's own answer counts.
      if (!response.ok || !isJson(response)) return null;
      const body = (await response.json().catch(() => null)) as Partial<HealthResponse> | null;
      return body?.ok === true && (body.store === 'sqlite' || body.store === 'postgres')
        ? (body as HealthResponse)
        : null;
    },
    investigations: (limit, offset, signal) =>
      json<InvestigationSummary[]>(
        url('/api/investigations', { limit: String(limit), offset: String(offset) }),
        {},
        signal,
      ).then((list) => {
        if (!Array.isArray(list)) throw malformed('the list of investigations');
        return list.filter(isSummary);
      }),
    investigation: (id, signal) =>
      json<InvestigationDetails>(url(inv(id)), {}, signal).then((details) => {
        if (!isSummary(details) || typeof details.head !== 'object' || details.head === null)
          throw malformed('the investigation');
        return details;
      }),
    async exportJson(id, onProgress, signal) {
      const response = await send(url(inv(id, '/export'), { format: 'json' }), {}, signal);
      if (!response.ok) throw errorOf(response, await readJson(response, signal).catch(() => null));
      return readText(response, onProgress, signal);
    },
    search: (id, query, limit, offset, signal) =>
      json<SearchResponse>(
        url(inv(id, '/search'), { q: query, limit: String(limit), offset: String(offset) }),
        {},
        signal,
      ).then((found) => {
        if (!found || !Array.isArray(found.items)) throw malformed('the search results');
        return found;
      }),
    expand: (id, request, signal) =>
      json<ExpandResponse>(
        url(inv(id, '/expand')),
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) },
        signal,
      ).then((answer) => {
        if (!answer || !Array.isArray(answer.entities) || !Array.isArray(answer.relations) || !answer.more)
          throw malformed('the neighbours');
        return answer;
      }),
    paths(id, params, signal) {
      const query: Record<string, string> = { from: params.from, to: params.to, directed: params.directed ? '1' : '0' };
      // The evidence parameters only when the user's options ask for evidence rules.
      if (params.rules) {
        query.minOrigins = String(params.rules.minOrigins);
        query.excludeDisputed = params.rules.excludeDisputed ? '1' : '0';
        query.happenedOnly = params.rules.happenedOnly ? '1' : '0';
      }
      return json<PathsResponse>(url(inv(id, '/paths'), query), {}, signal).then((answer) => {
        if (!answer || typeof answer.found !== 'boolean' || !Array.isArray(answer.paths)) throw malformed('the paths');
        return answer;
      });
    },
  };
}

const isJson = (response: Response) => (response.headers.get('content-type') ?? '').includes('application/json');

export async function readJson(response: Response, signal?: AbortSignal): Promise<unknown> {
  if (!isJson(response)) {
    if (response.ok)
      throw new ServerError('The graph server answered with something other than JSON.', response.status, 'malformed');
    return null;
  }
  try {
    return await response.json();
  } catch (error) {
    if (isAborted(error) || signal?.aborted) throw new ServerError('The request was cancelled.', 0, 'aborted');
    throw new ServerError('The graph server’s answer could not be read.', response.status, 'malformed');
  }
}

export function errorOf(response: Response, body: unknown): ServerError {
  const error = body as Partial<ErrorResponse> | null;
  const message = typeof error?.message === 'string' && error.message.trim() !== '' ? error.message : null;
  const code = typeof error?.error === 'string' ? error.error : `http_${response.status}`;
  return new ServerError(
    message ?? `The graph server answered ${response.status} ${response.statusText}.`.replace(' .', '.'),
    response.status,
    code,
  );
}

const malformed = (what: string) =>
  new ServerError(`The graph server sent ${what} in a shape this app does not read.`, 200, 'malformed');

function isSummary(value: unknown): value is InvestigationSummary {
  const s = value as Partial<InvestigationSummary> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.id === 'string' &&
    typeof s.title === 'string' &&
    typeof s.entities === 'number' &&
    typeof s.relations === 'number'
  );
}

/** The body as text, stopping past the app's file size limit (the same as for a file or a URL). */
async function readText(response: Response, onProgress?: Progress, signal?: AbortSignal): Promise<string> {
  const header = response.headers.get('content-length');
  const total = header !== null && /^\d+$/.test(header) ? Number(header) : null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      if (loaded > MAX_FILE_BYTES) {
        await reader.cancel();
        throw new ServerError(
          `The investigation is over ${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB as a file: too big to open whole.`,
          response.status,
          'too_big',
        );
      }
      chunks.push(value);
      onProgress?.(loaded, total);
    }
  } catch (error) {
    if (error instanceof ServerError) throw error;
    if (isAborted(error) || signal?.aborted) throw new ServerError('The request was cancelled.', 0, 'aborted');
    throw new ServerError(
      `The investigation could not be read from the server (${(error as Error).message}).`,
      0,
      'network',
    );
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}
