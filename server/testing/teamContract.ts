// The team contract, written once and run on each store (team.sqlite.test.ts, team.postgres.test.ts): accounts and
// sessions, roles and refusals, operations guarded by versions, the history, live changes, and hostile requests.
// Expected values come from the contract fixture's construction and from the steps the tests take themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AddressInfo } from 'node:net';
import type {
  ChangeEvent,
  ConflictResponse,
  HistoryItem,
  HistoryResponse,
  OperationsResponse,
  SessionResponse,
} from '../../src/io/server/teamWire';
import type { Entity, Relation } from '../../src/model/schema';
import { buildServer } from '../app';
import type { Store } from '../store/types';
import { openTeam, type Team } from '../team/team';
import { multipart } from './apiClient';
import { contractFixture, toNdjson } from './contractFixture';

const PASSWORDS = { alice: 'alice long password', bob: 'bob long password', rita: 'rita long password' };
type Name = keyof typeof PASSWORDS;

interface Signed {
  cookie: string;
  csrf: string;
}

const sessionCookie = (response: LightMyRequestResponse) =>
  response.cookies.find((c) => c.name === 'graph_session') as { name: string; value: string } & Record<string, unknown>;

const ana = (label: string): Entity => ({ id: 'ana', type: 'person', label, aliases: ['Anita'] });

export function describeTeamContract(
  name: string,
  open: () => Promise<Store>,
  databaseUrl: () => string | undefined = () => undefined,
): void {
  describe(`team API on ${name}`, () => {
    let store: Store;
    let team: Team;
    let app: FastifyInstance;
    let inv: string;
    const signed: Partial<Record<Name, Signed>> = {};
    const base = () => `/api/investigations/${inv}`;

    async function signIn(who: Name, password = PASSWORDS[who]): Promise<LightMyRequestResponse> {
      return app.inject({ method: 'POST', url: '/api/session', payload: { username: who, password } });
    }
    async function session(who: Name): Promise<Signed> {
      if (signed[who]) return signed[who]!;
      const response = await signIn(who);
      expect(response.statusCode).toBe(200);
      const cookie = `graph_session=${sessionCookie(response).value}`;
      return (signed[who] = { cookie, csrf: (response.json() as SessionResponse).csrf! });
    }
    async function as(who: Name | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
      const headers: Record<string, string> = {};
      if (who) {
        const s = await session(who);
        headers.cookie = s.cookie;
        headers['x-csrf-token'] = s.csrf;
      }
      return app.inject({ method, url, headers, ...(payload && { payload }) });
    }
    const operate = (who: Name, ops: object[], message = 'An edit.', batch?: string) =>
      as(who, 'POST', `${base()}/operations`, { ops, message, ...(batch && { batch }) });
    const exportedAna = async (who: Name) => {
      const response = await as(who, 'GET', `${base()}/export?format=json`);
      return (response.json() as { entities: Entity[] }).entities.find((e) => e.id === 'ana');
    };

    beforeAll(async () => {
      store = await open();
      const url = databaseUrl();
      team = await openTeam({ dataDir: ':memory:', ...(url && { databaseUrl: url }) }, store);
      for (const [username, password] of Object.entries(PASSWORDS)) await team.accounts.createUser(username, password);
      app = await buildServer({ store, team, session: { signInPerMinute: 10 } });
      const aliceSession = await session('alice');
      const upload = multipart('fixture.ndjson', toNdjson(contractFixture()));
      const imported = await app.inject({
        method: 'POST',
        url: '/api/investigations',
        payload: upload.payload,
        headers: { ...upload.headers, cookie: aliceSession.cookie, 'x-csrf-token': aliceSession.csrf },
      });
      expect(imported.statusCode).toBe(201);
      inv = (imported.json() as { id: string }).id;
    });
    afterAll(async () => {
      await app?.close();
      await team?.close();
      await store?.close();
    });

    describe('accounts and sessions', () => {
      it('lets the first owner in once with the one-time token, then only after choosing a password', async () => {
        const fresh = await openTeam({ dataDir: ':memory:' }, store);
        try {
          const first = await fresh.accounts.createFirstOwner();
          expect(first?.username).toBe('owner');
          expect(await fresh.accounts.createFirstOwner()).toBeNull();
          const freshApp = await buildServer({ store, team: fresh });
          const signInWith = (password: string) =>
            freshApp.inject({ method: 'POST', url: '/api/session', payload: { username: 'owner', password } });
          const once = await signInWith(first!.oneTimeToken);
          expect(once.statusCode).toBe(200);
          expect((once.json() as SessionResponse).mustSetPassword).toBe(true);
          const headers = {
            cookie: `graph_session=${sessionCookie(once).value}`,
            'x-csrf-token': (once.json() as SessionResponse).csrf!,
          };
          expect((await freshApp.inject({ method: 'GET', url: '/api/investigations', headers })).statusCode).toBe(403);
          // The page and the health check still answer, so the app can load and ask for the password.
          expect((await freshApp.inject({ method: 'GET', url: '/api/health', headers })).statusCode).toBe(200);
          expect((await freshApp.inject({ method: 'GET', url: '/api/session', headers })).statusCode).toBe(200);
          expect((await freshApp.inject({ method: 'GET', url: '/index.html', headers })).statusCode).not.toBe(403);
          const chosen = await freshApp.inject({
            method: 'POST',
            url: '/api/session/password',
            headers,
            payload: { password: 'a password of my own' },
          });
          expect(chosen.statusCode).toBe(204);
          expect((await freshApp.inject({ method: 'GET', url: '/api/investigations', headers })).statusCode).toBe(200);
          expect((await signInWith(first!.oneTimeToken)).statusCode).toBe(401);
          expect((await signInWith('a password of my own')).statusCode).toBe(200);
          await freshApp.close();
        } finally {
          await fresh.close();
        }
      });

      it('keeps secrets as hashes and digests only', async () => {
        const token = await team.accounts.createToken((await team.accounts.userId('rita'))!, 'script');
        const stored = JSON.stringify([
          ...(await team.db.all('SELECT * FROM team_users')),
          ...(await team.db.all('SELECT * FROM team_tokens')),
          ...(await team.db.all('SELECT * FROM team_sessions')),
        ]);
        expect(stored).not.toContain(PASSWORDS.alice);
        expect(stored).not.toContain(token);
        expect(stored).not.toContain(signed.alice!.cookie.split('=')[1]);
        expect(stored).toContain('scrypt$');
      });

      it('gives an HttpOnly, SameSite cookie with a new id at each sign-in (no fixation)', async () => {
        const planted = 'planted-session-id-chosen-by-an-attacker';
        const response = await app.inject({
          method: 'POST',
          url: '/api/session',
          headers: { cookie: `graph_session=${planted}` },
          payload: { username: 'bob', password: PASSWORDS.bob },
        });
        const cookie = sessionCookie(response);
        expect(cookie.httpOnly).toBe(true);
        expect(cookie.sameSite).toBe('Strict');
        expect(cookie.value).not.toBe(planted);
        const again = sessionCookie(await signIn('bob'));
        expect(again.value).not.toBe(cookie.value);
        const withPlanted = await app.inject({
          method: 'GET',
          url: '/api/session',
          headers: { cookie: `graph_session=${planted}` },
        });
        expect((withPlanted.json() as SessionResponse).user).toBeNull();
      });

      it('refuses a wrong password, and limits sign-in attempts', async () => {
        await session('rita'); // signed in before the attempts below use up her limit
        const statuses: number[] = [];
        for (let i = 0; i < 12; i++) statuses.push((await signIn('rita', 'not her password')).statusCode);
        expect(statuses[0]).toBe(401);
        expect(statuses).toContain(429);
      });
    });

    describe('roles', () => {
      it('hides an investigation from someone without a role, and asks whoever is not signed in to sign in', async () => {
        expect((await as('bob', 'GET', base())).statusCode).toBe(404);
        expect((await as('bob', 'GET', `${base()}/search?q=hub`)).statusCode).toBe(404);
        expect(
          ((await as('bob', 'GET', '/api/investigations')).json() as { id: string }[]).map((i) => i.id),
        ).not.toContain(inv);
        expect((await as(null, 'GET', base())).statusCode).toBe(401);
        expect((await as(null, 'GET', `${base()}/export?format=json`)).statusCode).toBe(401);
        expect((await as('alice', 'GET', base())).statusCode).toBe(200);
      });

      it('refuses a reader’s write with 403 and leaves the investigation unchanged', async () => {
        expect((await as('alice', 'PUT', `${base()}/members`, { username: 'rita', role: 'reader' })).statusCode).toBe(
          204,
        );
        expect((await as('rita', 'GET', base())).statusCode).toBe(200);
        const write = await operate('rita', [{ kind: 'entity', id: 'ana', base: 0, record: ana('Rita was here') }]);
        expect(write.statusCode).toBe(403);
        expect((await exportedAna('alice'))?.label).toBe('Ana Peña');
        const access = await as('alice', 'GET', `${base()}/access`);
        expect(access.json()).toMatchObject({ role: 'owner', public: false });
        expect((access.json() as { members: unknown[] }).members).toEqual([
          { username: 'alice', role: 'owner' },
          { username: 'rita', role: 'reader' },
        ]);
      });

      it('refuses a token on another person’s investigation as if it did not exist', async () => {
        const token = await team.accounts.createToken((await team.accounts.userId('bob'))!, 'bob’s script');
        const headers = { authorization: `Bearer ${token}` };
        expect((await app.inject({ method: 'GET', url: base(), headers })).statusCode).toBe(404);
        const written = await app.inject({
          method: 'POST',
          url: `${base()}/operations`,
          headers,
          payload: { ops: [{ kind: 'entity', id: 'ana', base: 0, record: ana('Bob') }], message: 'x' },
        });
        expect(written.statusCode).toBe(404);
        expect(
          (await app.inject({ method: 'GET', url: base(), headers: { authorization: 'Bearer nonsense' } })).statusCode,
        ).toBe(401);
      });

      it('reads with the role held at each request, given or taken away', async () => {
        const token = await team.accounts.createToken((await team.accounts.userId('bob'))!, 'bob’s reader');
        const search = () =>
          app.inject({ method: 'GET', url: `${base()}/search?q=hub`, headers: { authorization: `Bearer ${token}` } });
        expect((await search()).statusCode).toBe(404);
        expect((await as('alice', 'PUT', `${base()}/members`, { username: 'bob', role: 'reader' })).statusCode).toBe(
          204,
        );
        expect((await search()).statusCode).toBe(200);
        expect((await as('bob', 'GET', `${base()}/search?q=hub`)).statusCode).toBe(200);
        expect((await as('alice', 'DELETE', `${base()}/members/bob`)).statusCode).toBe(204);
        expect((await search()).statusCode).toBe(404);
        expect((await as('bob', 'GET', `${base()}/search?q=hub`)).statusCode).toBe(404);
      });

      it('opens a public investigation to read, not to write', async () => {
        const other = await app.inject({
          method: 'POST',
          url: '/api/investigations',
          ...(() => {
            const body = multipart('pub.ndjson', toNdjson(contractFixture()), { title: 'Published' });
            return {
              payload: body.payload,
              headers: { ...body.headers, cookie: signed.alice!.cookie, 'x-csrf-token': signed.alice!.csrf },
            };
          })(),
        });
        const pub = (other.json() as { id: string }).id;
        expect((await as('alice', 'PUT', `/api/investigations/${pub}/public`, { public: true })).statusCode).toBe(204);
        expect((await as(null, 'GET', `/api/investigations/${pub}/search?q=hub`)).statusCode).toBe(200);
        expect(((await as(null, 'GET', '/api/investigations')).json() as { id: string }[]).map((i) => i.id)).toEqual([
          pub,
        ]);
        const anonymous = await as(null, 'POST', `/api/investigations/${pub}/operations`, {
          ops: [{ kind: 'entity', id: 'ana', base: 0, record: ana('Anyone') }],
          message: 'x',
        });
        expect(anonymous.statusCode).toBe(401);
        const bobOnPublic = await as('bob', 'POST', `/api/investigations/${pub}/operations`, {
          ops: [{ kind: 'entity', id: 'ana', base: 0, record: ana('Bob') }],
          message: 'x',
        });
        expect(bobOnPublic.statusCode).toBe(403);
        expect((await as('alice', 'DELETE', `/api/investigations/${pub}`)).statusCode).toBe(204);
      });
    });

    describe('edits', () => {
      beforeAll(async () => {
        expect((await as('alice', 'PUT', `${base()}/members`, { username: 'bob', role: 'editor' })).statusCode).toBe(
          204,
        );
      });

      it('refuses a write without the session’s check token (CSRF), and changes nothing', async () => {
        const s = await session('bob');
        for (const csrf of [undefined, 'a guessed token']) {
          const response = await app.inject({
            method: 'POST',
            url: `${base()}/operations`,
            headers: { cookie: s.cookie, ...(csrf && { 'x-csrf-token': csrf }) },
            payload: { ops: [{ kind: 'entity', id: 'ana', base: 0, record: ana('Forged') }], message: 'x' },
          });
          expect(response.statusCode).toBe(403);
          expect((response.json() as { error: string }).error).toBe('csrf');
        }
        expect((await exportedAna('bob'))?.label).toBe('Ana Peña');
      });

      it('keeps both of two edits made from the same version: the second is a conflict with the first in it', async () => {
        const first = await operate(
          'alice',
          [{ kind: 'entity', id: 'ana', base: 0, record: ana('Ana Peña (Alice)') }],
          'Alice renames Ana.',
        );
        expect(first.statusCode).toBe(200);
        expect((first.json() as OperationsResponse).versions).toEqual([{ kind: 'entity', id: 'ana', version: 1 }]);
        const second = await operate(
          'bob',
          [{ kind: 'entity', id: 'ana', base: 0, record: ana('Ana Peña (Bob)') }],
          'Bob renames Ana.',
        );
        expect(second.statusCode).toBe(409);
        const conflict = second.json() as ConflictResponse;
        expect(conflict.conflicts).toEqual([
          { kind: 'entity', id: 'ana', version: 1, record: ana('Ana Peña (Alice)'), by: 'alice' },
        ]);
        expect((await exportedAna('bob'))?.label).toBe('Ana Peña (Alice)');
        // Bob combines the two and sends it on the version he has now seen.
        const combined = await operate(
          'bob',
          [{ kind: 'entity', id: 'ana', base: 1, record: ana('Ana Peña (Alice, Bob)') }],
          'Bob combines.',
        );
        expect(combined.statusCode).toBe(200);
        expect((await exportedAna('alice'))?.label).toBe('Ana Peña (Alice, Bob)');
      });

      it('lists both edits in the record’s history, and restores the first as a new change', async () => {
        const history = (await as('rita', 'GET', `${base()}/history?kind=entity&id=ana`)).json() as HistoryResponse;
        expect(history.items.map((i) => [i.by, i.version, (i.after as Entity).label])).toEqual([
          ['bob', 2, 'Ana Peña (Alice, Bob)'],
          ['alice', 1, 'Ana Peña (Alice)'],
        ]);
        expect((history.items[1]!.before as Entity).label).toBe('Ana Peña');
        const restored = await operate(
          'alice',
          [{ kind: 'entity', id: 'ana', base: 2, record: history.items[1]!.after }],
          'Restored.',
        );
        expect(restored.statusCode).toBe(200);
        expect((await exportedAna('rita'))?.label).toBe('Ana Peña (Alice)');
        const activity = (await as('rita', 'GET', `${base()}/history`)).json() as HistoryResponse;
        expect(activity.items.map((i) => i.message).slice(0, 3)).toEqual([
          'Restored.',
          'Bob combines.',
          'Alice renames Ana.',
        ]);
      });

      it('exports the project with its history, which imports back as a new investigation', async () => {
        const response = await as('alice', 'GET', `${base()}/export?format=ndjson&history=1`);
        const lines = response.body
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as Record<string, unknown>);
        const changes = lines.filter((line) => 'change' in line).map((line) => line.change as HistoryItem);
        const ofAna = changes.filter((c) => c.kind === 'entity' && c.id === 'ana');
        expect(ofAna.map((c) => [c.by, c.version, (c.before as Entity).label, (c.after as Entity).label])).toEqual([
          ['alice', 1, 'Ana Peña', 'Ana Peña (Alice)'],
          ['bob', 2, 'Ana Peña (Alice)', 'Ana Peña (Alice, Bob)'],
          ['alice', 3, 'Ana Peña (Alice, Bob)', 'Ana Peña (Alice)'],
        ]);
        const body = multipart('with-history.ndjson', response.body);
        const again = await app.inject({
          method: 'POST',
          url: '/api/investigations',
          payload: body.payload,
          headers: { ...body.headers, cookie: signed.alice!.cookie, 'x-csrf-token': signed.alice!.csrf },
        });
        expect(again.statusCode).toBe(201);
        const copy = (again.json() as { id: string }).id;
        const copied = await as('alice', 'GET', `/api/investigations/${copy}/export?format=json`);
        expect((copied.json() as { entities: Entity[] }).entities.find((e) => e.id === 'ana')?.label).toBe(
          'Ana Peña (Alice)',
        );
        expect(
          ((await as('alice', 'GET', `/api/investigations/${copy}/history`)).json() as HistoryResponse).items,
        ).toEqual([]);
        expect((await as('alice', 'DELETE', `/api/investigations/${copy}`)).statusCode).toBe(204);
      });

      it('shares the head (title, vocabulary…) as one more record', async () => {
        const before = (await as('alice', 'GET', `${base()}/export?format=json`)).json() as Record<string, unknown>;
        const head = Object.fromEntries(
          Object.entries(before).filter(([key]) => !['sources', 'entities', 'relations'].includes(key)),
        );
        const renamed = { ...head, title: 'Contract fixture, renamed' };
        expect((await operate('bob', [{ kind: 'head', id: 'head', base: 0, record: renamed }])).statusCode).toBe(200);
        const after = (await as('rita', 'GET', `${base()}/export?format=json`)).json() as { title: string };
        expect(after.title).toBe('Contract fixture, renamed');
        const listed = (
          (await as('rita', 'GET', '/api/investigations')).json() as { id: string; title: string }[]
        ).find((item) => item.id === inv);
        expect(listed?.title).toBe('Contract fixture, renamed');
        const refused = [
          await operate('bob', [{ kind: 'head', id: 'head', base: 1, record: { ...renamed, title: '' } }]),
          await operate('bob', [{ kind: 'head', id: 'head', base: 1, record: null }]),
          await operate('bob', [{ kind: 'head', id: 'another', base: 0, record: renamed }]),
        ];
        expect(refused.map((r) => r.statusCode)).toEqual([422, 422, 422]);
        expect((await operate('bob', [{ kind: 'head', id: 'head', base: 1, record: head }])).statusCode).toBe(200);
      });

      it('applies a batch whole or not at all, and names the record at fault', async () => {
        const before = (await as('alice', 'GET', `${base()}/versions`)).json() as { seq: number };
        const newRelation: Relation = {
          id: 'ana-knows-ghost',
          type: 'knows',
          source: 'ana',
          target: 'ghost',
          claims: [{ source: 's1', quote: 'A quote.', status: 'reported' }],
        } as Relation;
        const refusals = [
          [{ kind: 'entity', id: 'celine', base: 0, record: { id: 'celine', type: 'person' } }],
          [{ kind: 'entity', id: 'celine', base: 0, record: ana('Wrong id') }],
          [
            {
              kind: 'entity',
              id: 'dmitri',
              base: 0,
              record: { id: 'dmitri', type: 'person', label: 'Dmitri V.', aliases: [] },
            },
            { kind: 'relation', id: 'ana-knows-ghost', base: 0, record: newRelation },
          ],
          [{ kind: 'entity', id: 'hub', base: 0, record: null }],
        ];
        const errors: string[] = [];
        for (const ops of refusals) {
          const response = await operate('alice', ops);
          expect(response.statusCode).toBe(422);
          errors.push((response.json() as { message: string }).message);
        }
        expect(errors[0]).toContain('celine');
        expect(errors[2]).toContain('ghost');
        expect(errors[3]).toMatch(/hub.*still has relation/);
        const after = (await as('alice', 'GET', `${base()}/versions`)).json() as {
          seq: number;
          versions: { id: string }[];
        };
        expect(after.seq).toBe(before.seq);
        expect(after.versions.map((v) => v.id)).not.toContain('dmitri');
      });

      it('applies a replayed batch once only', async () => {
        const op = {
          kind: 'entity',
          id: 'celine',
          base: 0,
          record: { id: 'celine', type: 'person', label: 'Céline O.', aliases: [] },
        };
        const first = await operate('bob', [op], 'Offline edit.', 'batch-0001-offline');
        const replay = await operate('bob', [op], 'Offline edit.', 'batch-0001-offline');
        expect(first.statusCode).toBe(200);
        expect(replay.statusCode).toBe(200);
        expect(replay.json()).toEqual(first.json());
        const history = (await as('bob', 'GET', `${base()}/history?kind=entity&id=celine`)).json() as HistoryResponse;
        expect(history.items).toHaveLength(1);
      });

      it('takes one of many saves made at once from the same version, and refuses the others as conflicts', async () => {
        const current = ((await as('alice', 'GET', `${base()}/versions`)).json() as OperationsResponse).versions;
        const base0 = current.find((v) => v.kind === 'entity' && v.id === 'p7')?.version ?? 0;
        const person = (n: number) => ({ id: 'p7', type: 'person', label: `Leaf Person 7 (${n})`, aliases: [] });
        const answers = await Promise.all(
          Array.from({ length: 20 }, (_, n) =>
            operate(
              n % 2 ? 'alice' : 'bob',
              [{ kind: 'entity', id: 'p7', base: base0, record: person(n) }],
              `Save ${n}.`,
            ),
          ),
        );
        const statuses = answers.map((a) => a.statusCode).sort();
        expect(statuses.filter((s) => s === 200)).toHaveLength(1);
        expect(statuses.filter((s) => s === 409)).toHaveLength(19);
        const history = (await as('bob', 'GET', `${base()}/history?kind=entity&id=p7`)).json() as HistoryResponse;
        expect(history.items).toHaveLength(1);
      });

      it('sends each change to the others as it lands, with who made it', async () => {
        await app.listen({ port: 0, host: '127.0.0.1' });
        const port = (app.server.address() as AddressInfo).port;
        const listening = new AbortController();
        const response = await fetch(`http://127.0.0.1:${port}${base()}/events`, {
          headers: { cookie: (await session('rita')).cookie },
          signal: listening.signal,
        });
        expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
        const reader = response.body!.getReader();
        const decoder = new TextDecoder();
        const sent = Date.now();
        const op = {
          kind: 'entity',
          id: 'dmitri',
          base: 0,
          record: { id: 'dmitri', type: 'person', label: 'Dmitri (live)', aliases: [] },
        };
        expect((await operate('bob', [op], 'Live edit.')).statusCode).toBe(200);
        let text = '';
        while (!text.includes('Live edit.')) text += decoder.decode((await reader.read()).value);
        const waited = Date.now() - sent;
        listening.abort();
        const data = text.split('\n').find((line) => line.startsWith('data: ') && line.includes('Live edit.'))!;
        const event = JSON.parse(data.slice(6)) as ChangeEvent;
        expect(event.by).toBe('bob');
        expect(event.records).toEqual([{ kind: 'entity', id: 'dmitri', version: 1, record: op.record }]);
        expect(waited).toBeLessThan(2000);
      });
    });

    describe('hostile requests', () => {
      const INJECTIONS = [
        "' OR '1'='1",
        "'; DROP TABLE team_users; --",
        '$1',
        '%',
        '</script><script>alert(1)</script>',
      ];

      it('treats injection strings in every field as plain data', async () => {
        const before = (await as('alice', 'GET', `${base()}/versions`)).json();
        for (const evil of INJECTIONS) {
          const e = encodeURIComponent(evil);
          const answers = [
            await signIn('alice', evil),
            await app.inject({ method: 'POST', url: '/api/session', payload: { username: evil, password: evil } }),
            await operate('alice', [{ kind: evil, id: 'ana', base: 0, record: null }]),
            await operate('alice', [{ kind: 'entity', id: evil, base: 0, record: null }], evil, `batch-${evil}`),
            await as('alice', 'PUT', `${base()}/members`, { username: evil, role: 'reader' }),
            await as('alice', 'PUT', `${base()}/members`, { username: 'bob', role: evil }),
            await as('alice', 'DELETE', `${base()}/members/${e}`),
            await as('alice', 'GET', `${base()}/history?kind=entity&id=${e}`),
            await as('alice', 'GET', `${base()}/history?kind=${e}&id=ana`),
            await as('alice', 'GET', `/api/investigations/${e}/versions`),
          ];
          for (const answer of answers) expect(answer.statusCode, `${evil}: ${answer.body}`).toBeLessThan(500);
        }
        expect((await as('alice', 'GET', `${base()}/versions`)).json()).toEqual(before);
        expect(await team.accounts.userCount()).toBe(3);
        expect((await as('bob', 'GET', base())).statusCode).toBe(200);
      });

      it('refuses an oversized body', async () => {
        const huge = await operate('alice', [
          { kind: 'entity', id: 'ana', base: 0, record: { ...ana('x'), description: 'x'.repeat(9 * 1024 * 1024) } },
        ]);
        expect(huge.statusCode).toBe(413);
      });
    });
  });
}
