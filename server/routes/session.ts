// Signing in and out, choosing a password, API tokens, and (for the admin) new accounts. Sign-in attempts are
// rate-limited; the session id is new at every sign-in and lives only in an HttpOnly, SameSite=Strict cookie.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SessionResponse, SignInRequest } from '../../src/io/server/teamWire';
import { ApiError } from '../graph/errors';
import { PASSWORD_MIN, USERNAME, type Accounts } from '../team/accounts';
import { SESSION_COOKIE, signedIn } from '../team/access';

const username = { type: 'string', pattern: USERNAME.source } as const;
const password = { type: 'string', minLength: 1, maxLength: 1000 } as const;
const newPassword = { type: 'string', minLength: PASSWORD_MIN, maxLength: 1000 } as const;

export interface SessionSettings {
  /** Sign-in attempts allowed per client address per minute. */
  signInPerMinute?: number;
}

export function sessionRoutes(app: FastifyInstance, accounts: Accounts, settings: SessionSettings = {}): void {
  // Counted per address and account name, after the body is read: guessing one account's password is slowed
  // without locking out everyone behind the same address.
  const limit = {
    max: settings.signInPerMinute ?? 10,
    timeWindow: 60_000,
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => {
      const body = request.body as { username?: unknown } | undefined;
      return `${request.ip}\n${typeof body?.username === 'string' ? body.username : ''}`;
    },
  };
  const setCookie = (request: FastifyRequest, reply: FastifyReply, value: string, maxAge: number) =>
    reply.setCookie(SESSION_COOKIE, value, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      maxAge,
    });

  app.get('/api/session', async (request): Promise<SessionResponse> => {
    const viewer = request.viewer;
    if (!viewer) return { user: null };
    return {
      user: { username: viewer.username, admin: viewer.admin },
      ...(viewer.csrf && { csrf: viewer.csrf }),
      ...(viewer.mustSetPassword && { mustSetPassword: true }),
    };
  });

  app.post<{ Body: SignInRequest }>(
    '/api/session',
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['username', 'password'],
          properties: { username: { type: 'string', maxLength: 64 }, password },
        },
      },
      config: { rateLimit: limit },
    },
    async (request, reply): Promise<SessionResponse> => {
      const old = request.cookies[SESSION_COOKIE];
      if (old) await accounts.signOut(old);
      const signed = await accounts.signIn(request.body.username, request.body.password);
      if (!signed) throw new ApiError(401, 'bad-credentials', 'The username or the password is wrong.');
      setCookie(request, reply, signed.session, 14 * 86_400);
      const { viewer } = signed;
      return {
        user: { username: viewer.username, admin: viewer.admin },
        csrf: viewer.csrf!,
        ...(viewer.mustSetPassword && { mustSetPassword: true }),
      };
    },
  );

  app.delete('/api/session', async (request, reply) => {
    const session = request.cookies[SESSION_COOKIE];
    if (session) await accounts.signOut(session);
    setCookie(request, reply, '', 0);
    return reply.code(204).send();
  });

  app.post<{ Body: { password: string; current?: string } }>(
    '/api/session/password',
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['password'],
          properties: { password: newPassword, current: password },
        },
      },
      config: { rateLimit: limit },
    },
    async (request, reply) => {
      const viewer = signedIn(request);
      if (!viewer.mustSetPassword) {
        const again = await accounts.signIn(viewer.username, request.body.current ?? '');
        if (!again) throw new ApiError(403, 'bad-credentials', 'The current password is wrong.');
        await accounts.signOut(again.session);
      }
      await accounts.setPassword(viewer.userId, request.body.password);
      return reply.code(204).send();
    },
  );

  app.post<{ Body: { label: string } }>(
    '/api/tokens',
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['label'],
          properties: { label: { type: 'string', minLength: 1, maxLength: 100 } },
        },
      },
    },
    async (request, reply) => {
      const viewer = signedIn(request);
      return reply.code(201).send({ token: await accounts.createToken(viewer.userId, request.body.label) });
    },
  );

  app.post<{ Body: { username: string; password: string; admin?: boolean } }>(
    '/api/users',
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['username', 'password'],
          properties: { username, password: newPassword, admin: { type: 'boolean' } },
        },
      },
    },
    async (request, reply) => {
      if (!signedIn(request).admin) throw new ApiError(403, 'forbidden', 'Only an administrator adds accounts.');
      if (await accounts.userId(request.body.username)) {
        throw new ApiError(409, 'taken', `The username "${request.body.username}" is taken.`);
      }
      await accounts.createUser(request.body.username, request.body.password, request.body.admin ?? false);
      return reply.code(201).send({ username: request.body.username });
    },
  );
}
