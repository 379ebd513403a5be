// The bench's HTTP client of the team API (src/io/server/teamWire.ts), signed in as the app is (the session cookie,
// with its CSRF token on writes) or as a script is (an API token). Every call is timed from send to the whole body
// read, and a refusal is returned, not thrown: the bench counts them.
import type { SessionResponse } from '../../src/io/server/teamWire';
import { CSRF_HEADER } from '../../src/io/server/teamWire';

export interface Answer<T> {
  status: number;
  /** Parsed JSON, or undefined when the body was empty or not JSON (the text is then in `text`). */
  body: T | undefined;
  text: string;
  sentAt: number;
  ms: number;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export class TeamClient {
  constructor(
    readonly base: string,
    readonly username: string,
    private readonly auth: { cookie: string; csrf: string } | { token: string },
  ) {}

  /** Signs in with a password; the cookie and the CSRF token the session answered with are kept. */
  static async signIn(
    base: string,
    username: string,
    password: string,
  ): Promise<TeamClient & { mustSetPassword: boolean }> {
    const response = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`sign-in of ${username}: ${response.status} ${text.slice(0, 300)}`);
    const session = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .find((c) => c.startsWith('graph_session='));
    if (!session) throw new Error(`sign-in of ${username}: no session cookie came back`);
    const body = JSON.parse(text) as SessionResponse;
    return Object.assign(new TeamClient(base, username, { cookie: session, csrf: body.csrf! }), {
      mustSetPassword: Boolean(body.mustSetPassword),
    });
  }

  withToken(token: string): TeamClient {
    return new TeamClient(this.base, this.username, { token });
  }

  headers(write: boolean): Record<string, string> {
    const headers: Record<string, string> = {};
    if ('token' in this.auth) headers.authorization = `Bearer ${this.auth.token}`;
    else {
      headers.cookie = this.auth.cookie;
      if (write) headers[CSRF_HEADER] = this.auth.csrf;
    }
    return headers;
  }

  async call<T>(method: Method, path: string, body?: unknown): Promise<Answer<T>> {
    const headers = this.headers(method !== 'GET');
    if (body !== undefined) headers['content-type'] = 'application/json';
    const sentAt = performance.now();
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const ms = performance.now() - sentAt;
    let parsed: T | undefined;
    try {
      parsed = text ? (JSON.parse(text) as T) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed, text, sentAt, ms };
  }

  /** The same call, thrown when not 2xx: for the setup, where any refusal means the bench cannot run. */
  async must<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const answer = await this.call<T>(method, path, body);
    if (answer.status < 200 || answer.status >= 300) {
      throw new Error(`${method} ${path} as ${this.username}: ${answer.status} ${answer.text.slice(0, 300)}`);
    }
    return answer.body as T;
  }
}
