// The app's client for the team side of the graph server (teamWire.ts): the session, roles, operations, versions and
// history. Cookie-authenticated writes carry the session's CSRF token, kept here from the last session answer.
import { errorOf, isAborted, readJson, ServerError } from './client';
import {
  CSRF_HEADER,
  type AccessResponse,
  type ConflictResponse,
  type HistoryResponse,
  type OperationsRequest,
  type OperationsResponse,
  type RecordKind,
  type Role,
  type SessionResponse,
  type VersionsResponse,
} from './teamWire';

export type OperationsAnswer =
  { ok: true; result: OperationsResponse } | { ok: false; conflicts: ConflictResponse['conflicts']; message: string };

export interface TeamClient {
  session(signal?: AbortSignal): Promise<SessionResponse>;
  signIn(username: string, password: string): Promise<SessionResponse>;
  signOut(): Promise<void>;
  setPassword(password: string, current?: string): Promise<void>;
  access(inv: string): Promise<AccessResponse>;
  setMember(inv: string, username: string, role: Role): Promise<void>;
  setPublic(inv: string, isPublic: boolean): Promise<void>;
  versions(inv: string): Promise<VersionsResponse>;
  /** Sends one batch; a conflict is an answer (not an error), for the editor to show both sides. */
  operations(inv: string, request: OperationsRequest): Promise<OperationsAnswer>;
  history(inv: string, record?: { kind: RecordKind; id: string }, limit?: number): Promise<HistoryResponse>;
  /** The address of the live stream of changes after `after`. */
  eventsUrl(inv: string, after: number): string;
}

export function createTeamClient(origin = window.location.origin, fetchImpl: typeof fetch = fetch): TeamClient {
  let csrf: string | undefined;
  const inv = (id: string, tail = '') => `/api/investigations/${encodeURIComponent(id)}${tail}`;

  async function call(
    path: string,
    init: { method?: string; body?: unknown; query?: Record<string, string> } = {},
    signal?: AbortSignal,
  ): Promise<{ response: Response; body: unknown }> {
    const address = new URL(path, origin);
    for (const [key, value] of Object.entries(init.query ?? {})) address.searchParams.set(key, value);
    const headers: Record<string, string> = {};
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.method && init.method !== 'GET' && csrf) headers[CSRF_HEADER] = csrf;
    let response: Response;
    try {
      response = await fetchImpl(address, {
        method: init.method ?? 'GET',
        headers,
        ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
        signal,
        credentials: 'same-origin',
        redirect: 'error',
      });
    } catch (error) {
      if (isAborted(error) || signal?.aborted) throw new ServerError('The request was cancelled.', 0, 'aborted');
      throw new ServerError(`The graph server could not be reached (${(error as Error).message}).`, 0, 'network');
    }
    const body = response.status === 204 ? null : await readJson(response, signal).catch(() => null);
    return { response, body };
  }
  async function ok<T>(path: string, init?: Parameters<typeof call>[1], signal?: AbortSignal): Promise<T> {
    const { response, body } = await call(path, init, signal);
    if (!response.ok) throw errorOf(response, body);
    return body as T;
  }
  const remember = (answer: SessionResponse) => {
    csrf = answer.csrf;
    return answer;
  };

  return {
    session: (signal) => ok<SessionResponse>('/api/session', {}, signal).then(remember),
    signIn: (username, password) =>
      ok<SessionResponse>('/api/session', { method: 'POST', body: { username, password } }).then(remember),
    async signOut() {
      await ok('/api/session', { method: 'DELETE' });
      csrf = undefined;
    },
    setPassword: (password, current) =>
      ok('/api/session/password', { method: 'POST', body: { password, ...(current && { current }) } }),
    access: (id) => ok<AccessResponse>(inv(id, '/access')),
    setMember: (id, username, role) => ok(inv(id, '/members'), { method: 'PUT', body: { username, role } }),
    setPublic: (id, isPublic) => ok(inv(id, '/public'), { method: 'PUT', body: { public: isPublic } }),
    versions: (id) => ok<VersionsResponse>(inv(id, '/versions')),
    async operations(id, request) {
      const { response, body } = await call(inv(id, '/operations'), { method: 'POST', body: request });
      if (response.status === 409) {
        const conflict = body as ConflictResponse;
        return { ok: false, conflicts: conflict.conflicts ?? [], message: conflict.message };
      }
      if (!response.ok) throw errorOf(response, body);
      return { ok: true, result: body as OperationsResponse };
    },
    history: (id, record, limit = 50) =>
      ok<HistoryResponse>(inv(id, '/history'), {
        query: { limit: String(limit), ...(record && { kind: record.kind, id: record.id }) },
      }),
    eventsUrl: (id, after) => new URL(`${inv(id, '/events')}?after=${after}`, origin).toString(),
  };
}

let shared: TeamClient | null = null;
/** The page's own team client (one CSRF token for the page). */
export const teamClient = (): TeamClient => (shared ??= createTeamClient());
