// What the API tests send: requests through Fastify's injection (no sockets), and multipart bodies built by hand so
// the tests also control what a hostile client could send.
import type { FastifyInstance } from 'fastify';
import type { ImportResponse, InvestigationSummary } from '../../src/io/server/wire';

export function multipart(fileName: string, content: string | Buffer, fields: Record<string, string> = {}) {
  const boundary = '----contract' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** `headers` go with every request (a test's credentials). */
export function apiClient(app: FastifyInstance, headers: Record<string, string> = {}) {
  return {
    async upload(fileName: string, content: string | Buffer, fields: Record<string, string> = {}) {
      const body = multipart(fileName, content, fields);
      const response = await app.inject({
        method: 'POST',
        url: '/api/investigations',
        payload: body.payload,
        headers: { ...headers, ...body.headers },
      });
      return {
        status: response.statusCode,
        body: response.json() as ImportResponse & { message?: string; line?: number },
      };
    },
    async get<T>(url: string) {
      const response = await app.inject({ method: 'GET', url, headers });
      return { status: response.statusCode, body: response.json() as T, raw: response.body };
    },
    async post<T>(url: string, payload: unknown) {
      const response = await app.inject({ method: 'POST', url, payload: payload as object, headers });
      return { status: response.statusCode, body: response.json() as T };
    },
    async list() {
      return (await this.get<InvestigationSummary[]>('/api/investigations')).body;
    },
  };
}
