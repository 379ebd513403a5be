// Who is asking, and what they may do. A request proves who it is with the session cookie (the app) or an API token
// in the Authorization header (scripts). A write made with the cookie must also carry the session's CSRF token in a
// header, which a page on another site cannot read. Roles are per investigation; someone without one cannot tell that
// an investigation exists (404), and nobody signed in gets 401 unless it is public.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import { CSRF_HEADER, type Role } from '../../src/io/server/teamWire';
import { ApiError, notFound } from '../graph/errors';
import { atLeast, type Accounts, type Viewer } from './accounts';

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer | null;
  }
}

export const SESSION_COOKIE = 'graph_session';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes open to someone who has not yet chosen a password after the one-time sign-in. */
const BEFORE_PASSWORD = new Set(['/api/session', '/api/session/password']);

export function registerAccess(app: FastifyInstance, accounts: Accounts): void {
  app.decorateRequest('viewer', null);
  app.addHook('preHandler', async (request) => {
    const authorization = request.headers.authorization;
    const inv = namedInvestigation(request);
    let viewer: Viewer | null = null;
    if (authorization !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      viewer = token ? await accounts.viewerForToken(token, inv) : null;
      if (!viewer) throw new ApiError(401, 'bad-token', 'The API token is not valid.');
    } else {
      const session = request.cookies[SESSION_COOKIE];
      if (session) viewer = await accounts.viewerForSession(session, inv);
    }
    request.viewer = viewer;
    const path = request.url.split('?')[0]!;
    if (viewer?.via === 'session' && !READS.has(request.method) && path !== '/api/session') {
      const sent = request.headers[CSRF_HEADER];
      if (sent !== viewer.csrf) {
        throw new ApiError(403, 'csrf', 'This write did not carry the session’s check token; reload the page.');
      }
    }
    // The app's own files and the health check stay open: the page must load to show the password form.
    if (viewer?.mustSetPassword && path.startsWith('/api/') && path !== '/api/health' && !BEFORE_PASSWORD.has(path)) {
      throw new ApiError(403, 'set-password', 'Choose a password before anything else.');
    }
  });
}

/** The investigation a route under /api/investigations/:id names (its params are parsed before this hook). */
function namedInvestigation(request: FastifyRequest): string | undefined {
  if (!request.routeOptions.url?.startsWith('/api/investigations/:id')) return undefined;
  const id = (request.params as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

export function signedIn(request: FastifyRequest): Viewer {
  if (!request.viewer) throw new ApiError(401, 'sign-in', 'Sign in first.');
  return request.viewer;
}

/**
 * The asker's role on `inv` when it is at least `minimum`; null for a reader of a public investigation. Otherwise
 * 401 (nobody signed in), 404 (no role: the investigation is not theirs to know of) or 403 (a role too low).
 */
export async function requireRole(
  accounts: Accounts,
  request: FastifyRequest,
  inv: string,
  minimum: Role,
): Promise<Role | null> {
  const viewer = request.viewer;
  // Read with the sign-in when the request names `inv` (the same request: as current as asking now).
  const role = !viewer
    ? null
    : viewer.roleOn?.inv === inv
      ? viewer.roleOn.role
      : await accounts.roleOf(inv, viewer.userId);
  if (atLeast(role, minimum)) return role;
  const isPublic = await accounts.isPublic(inv);
  if (isPublic && minimum === 'reader') return role;
  if (!viewer) throw new ApiError(401, 'sign-in', 'Sign in to use this investigation.');
  if (!role && !isPublic) throw notFound('The investigation');
  throw new ApiError(
    403,
    'forbidden',
    `Your role here is ${role ?? 'none (it is public to read)'}; this needs ${minimum}.`,
  );
}
