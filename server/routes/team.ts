// One investigation's team side: who may use it, the operations editors send, the versions guarding them, the
// history, and the live stream of changes (server-sent events).
import type { FastifyInstance } from 'fastify';
import {
  HISTORY_LIMIT_MAX,
  OPERATIONS_MAX,
  ROLES,
  type AccessResponse,
  type HistoryResponse,
  type OperationsRequest,
  type RecordKind,
  type Role,
} from '../../src/io/server/teamWire';
import { ApiError, notFound } from '../graph/errors';
import { requireRole } from '../team/access';
import { activity, changesAfter, recordHistory } from '../team/history';
import type { Team } from '../team/team';
import type { Store } from '../store/types';
import { investigationParams } from './schemas';

const recordId = { type: 'string', minLength: 1, maxLength: 1000 } as const;
const kind = { type: 'string', enum: ['source', 'entity', 'relation', 'head'] } as const;

const operationsBody = {
  type: 'object',
  additionalProperties: false,
  required: ['ops', 'message'],
  properties: {
    ops: {
      type: 'array',
      minItems: 1,
      maxItems: OPERATIONS_MAX,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'id', 'base', 'record'],
        properties: {
          kind,
          id: recordId,
          base: { type: 'integer', minimum: 0, maximum: 2_000_000_000 },
          record: { type: ['object', 'null'] },
        },
      },
    },
    message: { type: 'string', maxLength: 500 },
    batch: { type: 'string', minLength: 8, maxLength: 100 },
  },
} as const;

const historyQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kind,
    id: recordId,
    limit: { type: 'integer', minimum: 1, maximum: HISTORY_LIMIT_MAX, default: 50 },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
  },
} as const;

/** The longest an operations body may be: a merge or a paste can touch many records. */
const OPERATIONS_BODY_LIMIT = 8 * 1024 * 1024;
/** Comments keep proxies from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

export function teamRoutes(app: FastifyInstance, store: Store, team: Team): void {
  const { accounts, records } = team;
  // Live streams never end by themselves: a stopping server ends them, or closing would wait for every reader.
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of streams) end();
  });
  const exists = async (inv: string) => {
    if (!(await store.getInvestigation(inv))) throw notFound('The investigation');
  };

  app.get<{ Params: { id: string } }>(
    '/api/investigations/:id/access',
    { schema: { params: investigationParams } },
    async (request): Promise<AccessResponse> => {
      const inv = request.params.id;
      const role = await requireRole(accounts, request, inv, 'reader');
      return {
        role,
        public: await accounts.isPublic(inv),
        ...(role === 'owner' && { members: await accounts.members(inv) }),
      };
    },
  );

  app.put<{ Params: { id: string }; Body: { username: string; role: Role } }>(
    '/api/investigations/:id/members',
    {
      schema: {
        params: investigationParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['username', 'role'],
          properties: { username: { type: 'string', maxLength: 64 }, role: { type: 'string', enum: ROLES } },
        },
      },
    },
    async (request, reply) => {
      const inv = request.params.id;
      await requireRole(accounts, request, inv, 'owner');
      const userId = await accounts.userId(request.body.username);
      if (userId === null) throw new ApiError(404, 'no-user', `There is no account "${request.body.username}".`);
      await accounts.setRole(inv, userId, request.body.role);
      return reply.code(204).send();
    },
  );

  app.delete<{ Params: { id: string; username: string } }>(
    '/api/investigations/:id/members/:username',
    { schema: { params: { ...investigationParams, required: ['id', 'username'] } } },
    async (request, reply) => {
      const inv = request.params.id;
      await requireRole(accounts, request, inv, 'owner');
      const userId = await accounts.userId(request.params.username);
      if (userId !== null) await accounts.removeRole(inv, userId);
      return reply.code(204).send();
    },
  );

  app.put<{ Params: { id: string }; Body: { public: boolean } }>(
    '/api/investigations/:id/public',
    {
      schema: {
        params: investigationParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['public'],
          properties: { public: { type: 'boolean' } },
        },
      },
    },
    async (request, reply) => {
      await requireRole(accounts, request, request.params.id, 'owner');
      await accounts.setPublic(request.params.id, request.body.public);
      return reply.code(204).send();
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/investigations/:id/versions',
    { schema: { params: investigationParams } },
    async (request) => {
      await requireRole(accounts, request, request.params.id, 'reader');
      await exists(request.params.id);
      return records.versions(request.params.id);
    },
  );

  app.post<{ Params: { id: string }; Body: OperationsRequest }>(
    '/api/investigations/:id/operations',
    { schema: { params: investigationParams, body: operationsBody }, bodyLimit: OPERATIONS_BODY_LIMIT },
    async (request) => {
      const inv = request.params.id;
      await requireRole(accounts, request, inv, 'editor');
      await exists(inv);
      const { fresh, ...result } = await records.apply(inv, request.viewer!.userId, request.body);
      if (fresh) team.bus.committed(inv, result.seq);
      return result;
    },
  );

  app.get<{ Params: { id: string }; Querystring: { kind?: RecordKind; id?: string; limit: number; offset: number } }>(
    '/api/investigations/:id/history',
    { schema: { params: investigationParams, querystring: historyQuery } },
    async (request): Promise<HistoryResponse> => {
      const inv = request.params.id;
      await requireRole(accounts, request, inv, 'reader');
      await exists(inv);
      const { kind: k, id, limit, offset } = request.query;
      if ((k === undefined) !== (id === undefined)) {
        throw new ApiError(400, 'invalid-request', 'Ask for a record’s history with both kind and id, or neither.');
      }
      const items =
        k && id ? await recordHistory(team.db, inv, k, id, limit, offset) : await activity(team.db, inv, limit, offset);
      return { items, limit, offset };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { after?: number } }>(
    '/api/investigations/:id/events',
    {
      schema: {
        params: investigationParams,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { after: { type: 'integer', minimum: 0 } },
        },
      },
    },
    async (request, reply) => {
      const inv = request.params.id;
      await requireRole(accounts, request, inv, 'reader');
      await exists(inv);
      const header = request.headers['last-event-id'];
      let last = Number(header ?? request.query.after ?? (await records.latestSeq(inv))) || 0;
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        connection: 'keep-alive',
      });
      out.write(': live\n\n');
      // One catch-up at a time, each from the last event written: none is skipped or sent twice.
      let sending = Promise.resolve();
      const send = () => {
        sending = sending
          .then(async () => {
            for (;;) {
              const events = await changesAfter(team.db, inv, last, 100);
              for (const event of events) {
                out.write(`id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`);
                last = event.seq;
              }
              if (events.length < 100) return;
            }
          })
          .catch(() => {});
      };
      const unsubscribe = team.bus.subscribe(inv, () => send());
      send();
      const heartbeat = setInterval(() => out.write(': still here\n\n'), HEARTBEAT_MS);
      const end = () => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(end);
        out.end();
      };
      streams.add(end);
      request.raw.on('close', end);
    },
  );
}
