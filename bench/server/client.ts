// The bench's HTTP client of the graph API (src/io/server/wire.ts): each call times one request from send to the
// whole body read, and says how much came back (items and bytes), since a query may only grow with what it returns.
import { createReadStream, statSync } from 'node:fs';
import { Agent, request, type ClientRequest } from 'node:http';
import { basename } from 'node:path';
import type {
  ExpandRequest,
  ExpandResponse,
  ImportResponse,
  PathsResponse,
  SearchResponse,
} from '../../src/io/server/wire';

export interface Timed<T> {
  ms: number;
  bytes: number;
  body: T;
}

/**
 * How the bench sends its queries: `http` (the default) is node:http with a keep-alive agent; `fetch` is the global
 * fetch (undici). Both send the same method, headers and body. With 20 clients on the server's own machine the
 * client's CPU is taken from the server's cores, so the cheaper one is the default (bench/README.md, "Twenty clients,
 * second pass"); BENCH_CLIENT=fetch gives the other for comparison.
 */
export type ClientKind = 'http' | 'fetch';
let clientKind: ClientKind = process.env.BENCH_CLIENT === 'fetch' ? 'fetch' : 'http';
export const useClient = (kind: ClientKind) => (clientKind = kind);

const keepAlive = new Agent({ keepAlive: true, maxSockets: 64 });

interface Sent {
  method?: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

type Answered = { status: number; text: string };

/** Resolves with the status and the whole body once `req`'s answer has been read. */
function answered(req: ClientRequest, resolve: (answer: Answered) => void, reject: (error: Error) => void) {
  req.on('error', reject);
  req.on('response', (res) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
    res.on('error', reject);
  });
}

function overHttp(url: string, init: Sent): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers =
      init.body === undefined
        ? init.headers
        : { ...init.headers, 'content-length': String(Buffer.byteLength(init.body)) };
    const req = request(url, { method: init.method ?? 'GET', headers, agent: keepAlive });
    answered(req, resolve, reject);
    req.end(init.body);
  });
}

async function overFetch(url: string, init: Sent): Promise<{ status: number; text: string }> {
  const response = await fetch(url, init);
  return { status: response.status, text: await response.text() };
}

async function timed<T>(url: string, init: Sent): Promise<Timed<T>> {
  const started = performance.now();
  const { status, text } = await (clientKind === 'http' ? overHttp : overFetch)(url, init);
  const ms = performance.now() - started;
  if (status < 200 || status >= 300) throw new Error(`${init.method ?? 'GET'} ${url}: ${status} ${text.slice(0, 300)}`);
  return { ms, bytes: Buffer.byteLength(text), body: JSON.parse(text) as T };
}

/**
 * Sends the file as multipart `file`, read from disk as the request goes (never whole in memory). Plain node:http
 * rather than fetch: an import of millions of relations may answer after fetch's five-minute wait for headers.
 */
/** The header that signs a script in: an API token of the owner's (bench/team/setup.ts, ownerApiToken). */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function importFile(
  base: string,
  token: string,
  path: string,
  title?: string,
): Promise<Timed<ImportResponse>> {
  const boundary = `----bench${Date.now().toString(16)}`;
  const field = (name: string, extra = '') =>
    `--${boundary}\r\ncontent-disposition: form-data; name="${name}"${extra}\r\n`;
  const head =
    (title ? `${field('title')}\r\n${title}\r\n` : '') +
    `${field('file', `; filename="${basename(path)}"`)}content-type: application/x-ndjson\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const length = Buffer.byteLength(head) + statSync(path).size + Buffer.byteLength(tail);
  const started = performance.now();
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(`${base}/api/investigations`, {
      method: 'POST',
      headers: {
        ...bearer(token),
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(length),
      },
    });
    answered(req, resolve, reject);
    req.write(head);
    // Read 1 MB at a time: the bench shares the machine's cores with the server, and 64 KB reads cost it about a
    // third more CPU for the same upload.
    const file = createReadStream(path, { highWaterMark: 1 << 20 });
    file.on('error', reject);
    file.on('end', () => req.end(tail));
    file.pipe(req, { end: false });
  });
  const ms = performance.now() - started;
  if (status < 200 || status >= 300) throw new Error(`import of ${basename(path)}: ${status} ${text.slice(0, 500)}`);
  return { ms, bytes: Buffer.byteLength(text), body: JSON.parse(text) as ImportResponse };
}

export class GraphApi {
  constructor(
    readonly base: string,
    readonly investigation: string,
    private readonly token: string,
  ) {}

  private get root() {
    return `${this.base}/api/investigations/${encodeURIComponent(this.investigation)}`;
  }

  search(q: string, limit = 20): Promise<Timed<SearchResponse>> {
    return timed(`${this.root}/search?${new URLSearchParams({ q, limit: String(limit) })}`, {
      headers: bearer(this.token),
    });
  }

  expand(request: ExpandRequest): Promise<Timed<ExpandResponse>> {
    return timed(`${this.root}/expand`, {
      method: 'POST',
      headers: { ...bearer(this.token), 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
  }

  paths(from: string, to: string): Promise<Timed<PathsResponse>> {
    return timed(`${this.root}/paths?${new URLSearchParams({ from, to })}`, { headers: bearer(this.token) });
  }
}
