// Reading one investigation: search, expand, paths and export. Each checks that the investigation exists first, so an
// unknown id is a 404 whatever the endpoint.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ExpandRequest } from '../../src/io/server/wire';
import { notFound } from '../graph/errors';
import { exportChunks, type ExportFormat } from '../graph/export';
import { inThreadReads } from '../graph/reads';
import type { GraphReads, JsonReads, Store } from '../store/types';
import { requireRole } from '../team/access';
import type { Team } from '../team/team';
import { historyAfter } from '../team/history';
import { expandBody, exportQuery, investigationParams, pathsQuery, searchQuery } from './schemas';
import { Readable } from 'node:stream';

type Flag = '0' | '1' | 'true' | 'false';
const on = (flag: Flag | undefined, otherwise: boolean) =>
  flag === undefined ? otherwise : flag === '1' || flag === 'true';

export function graphRoutes(app: FastifyInstance, store: Store, team: Team): void {
  const inThread = inThreadReads(store);
  /**
   * A read's answer: the JSON text made by the store's reader threads, sent as it is, or the answer made here,
   * which Fastify serialises (the same text either way).
   */
  const answer = async <Op extends keyof JsonReads & keyof GraphReads>(
    reply: FastifyReply,
    op: Op,
    ...args: Parameters<GraphReads[Op]>
  ) => {
    if (!store.readers) return (inThread[op] as (...a: typeof args) => Promise<unknown>)(...args);
    const json = await (store.readers[op] as (...a: typeof args) => Promise<string>)(...args);
    return reply.type('application/json; charset=utf-8').send(json);
  };
  /** The investigation, once the asker may read it (401 or 404 otherwise, as team/access.ts says). */
  const investigation = async (request: FastifyRequest, id: string) => {
    await requireRole(team.accounts, request, id, 'reader');
    return (await store.getInvestigation(id)) ?? Promise.reject(notFound('The investigation'));
  };

  app.get<{ Params: { id: string }; Querystring: { q: string; limit: number; offset: number } }>(
    '/api/investigations/:id/search',
    { schema: { params: investigationParams, querystring: searchQuery } },
    async (request, reply) => {
      await investigation(request, request.params.id);
      const { q, limit, offset } = request.query;
      return answer(reply, 'search', request.params.id, q, limit, offset);
    },
  );

  app.post<{ Params: { id: string }; Body: ExpandRequest }>(
    '/api/investigations/:id/expand',
    { schema: { params: investigationParams, body: expandBody } },
    async (request, reply) => {
      await investigation(request, request.params.id);
      return answer(reply, 'expand', request.params.id, request.body);
    },
  );

  app.get<{
    Params: { id: string };
    Querystring: {
      from: string;
      to: string;
      directed?: Flag;
      minOrigins?: number;
      excludeDisputed?: Flag;
      happenedOnly?: Flag;
      limit: number;
    };
  }>(
    '/api/investigations/:id/paths',
    { schema: { params: investigationParams, querystring: pathsQuery } },
    async (request, reply) => {
      await investigation(request, request.params.id);
      const query = request.query;
      // Evidence rules apply when any is given; the app's defaults fill the others (model/paths.ts DEFAULT_RULES).
      const asksRules =
        query.minOrigins !== undefined || query.excludeDisputed !== undefined || query.happenedOnly !== undefined;
      return answer(reply, 'paths', request.params.id, {
        from: query.from,
        to: query.to,
        directed: on(query.directed, false),
        rules: asksRules
          ? {
              minOrigins: query.minOrigins ?? 1,
              excludeDisputed: on(query.excludeDisputed, true),
              happenedOnly: on(query.happenedOnly, true),
            }
          : null,
        maxPaths: query.limit,
      });
    },
  );

  app.get<{ Params: { id: string }; Querystring: { format: ExportFormat; history?: Flag } }>(
    '/api/investigations/:id/export',
    { schema: { params: investigationParams, querystring: exportQuery } },
    async (request, reply) => {
      const found = await investigation(request, request.params.id);
      const format = request.query.format;
      const name =
        found.title
          .replace(/[^\p{L}\p{N} _-]+/gu, '')
          .trim()
          .slice(0, 80) || 'investigation';
      reply
        .type(format === 'ndjson' ? 'application/x-ndjson; charset=utf-8' : 'application/json; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="${encodeURIComponent(name)}.${format === 'ndjson' ? 'ndjson' : 'json'}"`,
        );
      const head = (await team.records.head(request.params.id)) ?? found.head;
      const chunks = exportChunks(team.records.exportRecords(request.params.id), head, format);
      const withHistory = format === 'ndjson' && on(request.query.history, false);
      return reply.send(Readable.from(withHistory ? andHistory(chunks, team, request.params.id) : chunks));
    },
  );
}

/**
 * The export, then every record change (who, when, the record before and after) as `{"change": …}` lines, oldest
 * first, read a page of batches at a time.
 */
async function* andHistory(chunks: AsyncIterable<string>, team: Team, inv: string): AsyncGenerator<string> {
  yield* chunks;
  const BATCHES = 200;
  for (let after = 0; ;) {
    const items = await historyAfter(team.db, inv, after, BATCHES);
    for (const change of items) yield JSON.stringify({ change }) + '\n';
    const last = items[items.length - 1];
    if (!last || new Set(items.map((i) => i.seq)).size < BATCHES) return;
    after = last.seq;
  }
}
