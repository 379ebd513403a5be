// Assembles the server: the API over a store, the built app from dist/, JSON errors without stacks, bounded bodies,
// and no cross-origin access unless configured. It keeps no state between requests (the store holds everything),
// so several can run behind a load balancer.
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import type { HealthResponse } from '../src/io/server/wire';
import { ApiError, errorBody } from './graph/errors';
import { graphRoutes } from './routes/graph';
import { investigationRoutes } from './routes/investigations';
import { sessionRoutes, type SessionSettings } from './routes/session';
import { teamRoutes } from './routes/team';
import { registerAccess } from './team/access';
import type { Team } from './team/team';
import type { Store } from './store/types';

export interface ServerOptions {
  store: Store;
  /** Accounts, roles and the records edited through the server (team/team.ts). */
  team: Team;
  session?: SessionSettings;
  /** The built app to serve (dist/); absent or missing: the API alone. */
  appDir?: string;
  /** Origins allowed to call the API from another site; none by default. */
  corsOrigins?: string[];
  maxUploadBytes?: number;
  /** JSON bodies (expand) are small; anything bigger is refused before it is parsed. */
  bodyLimit?: number;
  logger?: boolean;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { store, team } = options;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? 1024 * 1024 });
  const log = options.logger ? (message: string) => app.log.info(message) : undefined;

  app.setErrorHandler((error, _request, reply) => {
    const { status, body, unexpected } = errorBody(error);
    if (unexpected) app.log.error(error);
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not-found', message: `Nothing at ${request.method} ${request.url.split('?')[0]}.` }),
  );
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
  });
  // A write from a page on another site is refused even when the browser would send it without asking (a form
  // post): without this, any site could make a visitor's browser import into their local server.
  app.addHook('onRequest', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    const origin = request.headers.origin;
    if (!origin) return;
    const own = `${request.protocol}://${request.host}`;
    if (origin !== own && !(options.corsOrigins ?? []).includes(origin)) {
      throw new ApiError(403, 'cross-origin', 'Requests from another site are not allowed by this server.');
    }
  });
  if (options.corsOrigins?.length) await app.register(cors, { origin: options.corsOrigins });
  await app.register(multipart, { throwFileSizeLimit: false });
  await app.register(cookie);
  // Only routes that ask for it (sign-in) are limited; the rest answer as fast as the store lets them.
  await app.register(rateLimit, { global: false });
  registerAccess(app, team.accounts);

  app.get('/api/health', async (): Promise<HealthResponse> => {
    await store.ping();
    return { ok: true, store: store.kind };
  });
  sessionRoutes(app, team.accounts, options.session);
  teamRoutes(app, store, team);
  investigationRoutes(app, store, team, {
    maxUploadBytes: options.maxUploadBytes ?? 4 * 1024 ** 3,
    ...(log && { log }),
  });
  graphRoutes(app, store, team);

  if (options.appDir && existsSync(options.appDir)) {
    await app.register(fastifyStatic, { root: options.appDir, index: 'index.html' });
  }
  return app;
}
