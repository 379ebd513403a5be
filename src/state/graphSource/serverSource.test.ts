// The server side of the seam against the real graph server on a real SQLite store: the app's fetch client
// (io/server/client.ts) over a socket, its errors and cancelling, and a search-first dataset grown from the server's
// answers. Expected values come from the contract fixture's construction (server/testing/contractFixture.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServerClient, isAborted, ServerError, type ServerClient } from '../../io/server/client';
import { validateDataset } from '../../io/validate';
import { buildServer } from '../../../server/app';
import { openSqliteStore } from '../../../server/store/sqlite/sqliteStore';
import type { Store } from '../../../server/store/types';
import { apiClient } from '../../../server/testing/apiClient';
import { openTestTeam } from '../../../server/testing/teamForTests';
import type { Team } from '../../../server/team/team';
import { FIXTURE, FIXTURE_COUNTS, contractFixture, toNdjson } from '../../../server/testing/contractFixture';
import { serverSource } from './serverSource';
import { addToDataset } from './additions';

const folder = mkdtempSync(join(tmpdir(), 'graph-app-client-'));
let store: Store;
let app: FastifyInstance;
let client: ServerClient;
let inv: string;
let team: Team;

beforeAll(async () => {
  store = await openSqliteStore(join(folder, 'store.sqlite'));
  const signedIn = await openTestTeam(store);
  team = signedIn.team;
  app = await buildServer({ store, team });
  const imported = await apiClient(app, signedIn.auth).upload('fixture.ndjson', toNdjson(contractFixture()));
  inv = imported.body.id;
  // Public to read: the app's client here asks without signing in, as a reader of a published investigation does.
  await team.accounts.setPublic(inv, true);
  await app.listen({ port: 0, host: '127.0.0.1' });
  client = createServerClient(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
});
afterAll(async () => {
  await app?.close();
  await team?.close();
  await store?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the app’s client for the graph server', () => {
  it('knows a graph server by its health answer, and a static host that answers every path with a page is none', async () => {
    expect(await client.health()).toEqual({ ok: true, store: 'sqlite' });
    const page: Server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>An app</title>');
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    try {
      const elsewhere = createServerClient(`http://127.0.0.1:${(page.address() as AddressInfo).port}`);
      expect(await elsewhere.health()).toBeNull();
    } finally {
      page.close();
    }
  });

  it('lists the investigations with their counts, and gives one with its head', async () => {
    const listed = (await client.investigations(50, 0)).find((s) => s.id === inv);
    expect(listed).toEqual({
      id: inv,
      title: FIXTURE.title,
      entities: FIXTURE_COUNTS.entities,
      relations: FIXTURE_COUNTS.relations,
    });
    const details = await client.investigation(inv);
    expect(details.head.title).toBe(FIXTURE.title);
    expect(Object.keys(details.head.vocabulary?.relationTypes ?? {})).toEqual(['owns', 'employs']);
  });

  it('exports the whole investigation as a dataset the app reads', async () => {
    const checked = validateDataset(JSON.parse(await client.exportJson(inv)));
    if (!checked.ok) throw new Error(checked.problems[0]?.message);
    expect(checked.dataset.entities).toHaveLength(FIXTURE_COUNTS.entities);
    expect(checked.dataset.relations).toHaveLength(FIXTURE_COUNTS.relations);
  });

  it('says in words what went wrong, and gives up a request it is told to', async () => {
    const missing = await client.investigation('no-such-investigation').catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ServerError);
    // Asked without signing in, an investigation that is not public might exist or not: the answer is to sign in.
    expect((missing as ServerError).status).toBe(401);
    expect((missing as ServerError).message).toMatch(/sign in/i);
    const unknown = await client.expand(inv, { ids: ['nobody'], limit: 0 }).catch((error: unknown) => error);
    expect((unknown as ServerError).message).toContain('nobody');

    const abort = new AbortController();
    abort.abort();
    const cancelled = await client.search(inv, 'leaf', 5, 0, abort.signal).catch((error: unknown) => error);
    expect(isAborted(cancelled)).toBe(true);
  });
});

describe('a search-first story grown from the server', () => {
  it('finds an entity, counts its neighbours by type, brings some, and says what stays out', async () => {
    const source = serverSource(client, inv);
    const found = await source.searchEntities('hub holdings', 5);
    expect(found.hits[0]).toMatchObject({ entity: { id: 'hub' }, degree: FIXTURE.hubDegree });

    // The counts alone first: the hub owns 20 companies and employs 10 people.
    const counts = await source.neighbours(['hub'], [], { limit: 0 });
    expect(counts.entities).toEqual([]);
    expect(counts.more).toEqual({
      total: FIXTURE.hubDegree,
      byRelationType: { owns: FIXTURE.companies, employs: FIXTURE.people },
      byEntityType: { company: FIXTURE.companies, person: FIXTURE.people },
    });

    // The two best-connected companies (c1: 4 relations, c2: 3), added to a story holding the hub alone.
    const head = (await client.investigation(inv)).head;
    const start = { ...head, sources: [], entities: [found.hits[0]!.entity], relations: [] };
    const some = await source.neighbours(['hub'], [], { limit: 2, entityTypes: ['company'], order: 'most' });
    expect(some.entities.map((e) => e.id)).toEqual(['c1', 'c2']);
    const added = addToDataset(start, new Map([['hub', FIXTURE.hubDegree]]), some, validateDataset);
    if (!added.ok) throw new Error(added.message);
    expect(added.dataset.entities.map((e) => e.id)).toEqual(['hub', 'c1', 'c2']);
    expect(added.dataset.relations.map((r) => r.id).sort()).toEqual(['owns-c1', 'owns-c2']);

    // Asked again with those two loaded, they are neither returned nor counted as left out.
    const rest = await source.neighbours(['hub'], ['c1', 'c2'], { limit: 0 });
    expect(rest.more.total).toBe(FIXTURE.hubDegree - 2);
    expect(rest.more.byEntityType).toEqual({ company: FIXTURE.companies - 2, person: FIXTURE.people });
  });

  it('asks for a path with the evidence rules only when they are on', async () => {
    const source = serverSource(client, inv);
    // Without rules the requested shortcut is the path; with them (happened only) the three-step chain.
    const any = await source.paths({ from: 'ana', to: 'dmitri', directed: false, rules: null });
    expect(any.relations.map((r) => r.id)).toEqual(['ana-asked-dmitri']);
    const happened = await source.paths({
      from: 'ana',
      to: 'dmitri',
      directed: false,
      rules: { minOrigins: 1, excludeDisputed: true, happenedOnly: true },
    });
    expect(happened.entities.map((e) => e.id).sort()).toEqual(['ana', 'bolivar', 'celine', 'dmitri']);
  });
});
