// The API contract, written once and run against every store (api.sqlite.test.ts, api.postgres.test.ts), as
// database drivers test each dialect with one suite. Expected values come from the fixture's construction
// (contractFixture.ts), never from the code under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type {
  ExpandResponse,
  HealthResponse,
  ImportProgressLine,
  PathsResponse,
  SearchResponse,
} from '../../src/io/server/wire';
import { validateDataset } from '../../src/io/validate';
import { buildServer } from '../app';
import type { Store } from '../store/types';
import type { Team } from '../team/team';
import { apiClient, multipart } from './apiClient';
import { openTestTeam } from './teamForTests';
import { FIXTURE, FIXTURE_COUNTS, contractFixture, toNdjson } from './contractFixture';

/** `databaseUrl()`: where the PostgreSQL store is (its team tables live there too); absent for SQLite. */
export function describeStoreContract(
  name: string,
  open: () => Promise<Store>,
  databaseUrl: () => string | undefined = () => undefined,
): void {
  describe(`graph server API on ${name}`, () => {
    let store: Store;
    let app: FastifyInstance;
    let api: ReturnType<typeof apiClient>;
    let inv: string;
    let team: Team;
    let auth: Record<string, string>;
    const base = () => `/api/investigations/${inv}`;
    const search = (q: string, limit = 20) =>
      api.get<SearchResponse>(`${base()}/search?q=${encodeURIComponent(q)}&limit=${limit}`);
    const expand = (body: object) => api.post<ExpandResponse>(`${base()}/expand`, body);
    const paths = (query: string) => api.get<PathsResponse>(`${base()}/paths?${query}`);

    beforeAll(async () => {
      store = await open();
      ({ team, auth } = await openTestTeam(store, databaseUrl()));
      app = await buildServer({ store, team });
      api = apiClient(app, auth);
      const imported = await api.upload('fixture.ndjson', toNdjson(contractFixture()));
      expect(imported.status).toBe(201);
      inv = imported.body.id;
    });
    afterAll(async () => {
      await app?.close();
      await team?.close();
      await store?.close();
    });

    it('answers health with its store', async () => {
      const health = await api.get<HealthResponse>('/api/health');
      expect(health.body).toEqual({ ok: true, store: name });
    });

    it('lists the imported investigation with its counts', async () => {
      const found = (await api.list()).find((item) => item.id === inv);
      expect(found).toEqual({
        id: inv,
        title: FIXTURE.title,
        entities: FIXTURE_COUNTS.entities,
        relations: FIXTURE_COUNTS.relations,
      });
    });

    describe('search', () => {
      it('ignores case and accents, and matches word prefixes', async () => {
        expect((await search('ana pena')).body.items.map((e) => e.id)).toEqual(['ana']);
        expect((await search('CELINE ort')).body.items.map((e) => e.id)).toEqual(['celine']);
        expect((await search('bolivar')).body.items[0]?.label).toBe('Bolívar Trading');
        expect((await search('anita')).body.items.map((e) => e.id)).toEqual(['ana']);
      });

      it('pages and counts the matches, each with its degree', async () => {
        const page = (await search('leaf comp', 5)).body;
        expect(page.items).toHaveLength(5);
        expect(page.total).toBe(FIXTURE.companies);
        expect(page.totalCapped).toBe(false);
        const best = page.items[0]!;
        // Leaf Company 1 has the hub and three people: the best connected of the companies comes first.
        expect(best).toMatchObject({ id: 'c1', degree: 4 });
      });

      it('puts an exact name first', async () => {
        expect((await search('hub holdings')).body.items[0]?.id).toBe('hub');
      });
    });

    describe('expand', () => {
      it('gives a supernode’s counts by type first, without neighbours', async () => {
        const { body } = await expand({ ids: ['hub'], limit: 0 });
        expect(body.entities).toEqual([]);
        expect(body.more).toEqual({
          total: FIXTURE.hubDegree,
          byRelationType: { owns: 20, employs: 10 },
          byEntityType: { company: 20, person: 10 },
        });
      });

      it('returns the most connected neighbours first, with the relations among them', async () => {
        const { body } = await expand({ ids: ['hub'], limit: 2, order: 'most' });
        expect(body.entities.map((e) => [e.id, e.degree])).toEqual([
          ['c1', 4],
          ['c2', 3],
        ]);
        expect(body.relations.map((r) => r.id).sort()).toEqual(['owns-c1', 'owns-c2']);
        expect(body.sources.map((s) => s.id)).toEqual(['s3']);
        expect(body.more).toEqual({
          total: 28,
          byRelationType: { owns: 18, employs: 10 },
          byEntityType: { company: 18, person: 10 },
        });
      });

      it('returns the least connected first, filters by type, and skips what the caller has', async () => {
        const least = (await expand({ ids: ['hub'], limit: 5, order: 'least' })).body;
        expect(least.entities.map((e) => e.degree)).toEqual([1, 1, 1, 1, 1]);
        const people = (await expand({ ids: ['hub'], limit: 3, entityTypes: ['person'], order: 'most' })).body;
        expect(people.entities.every((e) => e.type === 'person' && e.degree === 2)).toBe(true);
        expect(people.entities).toHaveLength(3);
        expect(people.more.total).toBe(27);
        const skipping = (await expand({ ids: ['hub'], limit: 1, order: 'most', exclude: ['c1'] })).body;
        expect(skipping.entities.map((e) => e.id)).toEqual(['c2']);
        expect(skipping.more.total).toBe(28);
      });

      it('finds the relations between several expanded entities', async () => {
        const { body } = await expand({ ids: ['c1', 'p1'], limit: 10 });
        const ids = body.entities.map((e) => e.id).sort();
        expect(ids).toEqual(['hub', 'p2', 'p3']);
        expect(body.relations.map((r) => r.id).sort()).toEqual([
          'c1-p1',
          'c1-p2',
          'c1-p3',
          'employs-p1',
          'employs-p2',
          'employs-p3',
          'owns-c1',
        ]);
      });

      it('refuses unknown entities and oversized pages', async () => {
        expect((await expand({ ids: ['nobody'], limit: 5 })).status).toBe(404);
        expect((await expand({ ids: ['hub'], limit: 100_000 })).status).toBe(400);
        expect((await expand({ ids: [], limit: 5 })).status).toBe(400);
      });
    });

    describe('paths', () => {
      it('takes the shortest path, whatever the evidence, when no rules are asked', async () => {
        const { body } = await paths('from=ana&to=dmitri');
        expect(body.paths).toEqual([{ entities: ['ana', 'dmitri'], relations: ['ana-asked-dmitri'] }]);
      });

      it('follows the evidence rules: a request is not a link that happened', async () => {
        const { body } = await paths('from=ana&to=dmitri&happenedOnly=1&minOrigins=1&excludeDisputed=1');
        expect(body.paths[0]).toEqual({
          entities: ['ana', 'bolivar', 'celine', 'dmitri'],
          relations: ['ana-leads-bolivar', 'bolivar-supplied-celine', 'celine-met-dmitri'],
        });
        expect(body.entities.map((e) => e.id).sort()).toEqual(['ana', 'bolivar', 'celine', 'dmitri']);
        expect(body.sources.map((s) => s.id).sort()).toEqual(['doc1', 's1', 's2', 's3']);
      });

      it('counts independent origins, not articles', async () => {
        // ana → bolivar is told by two articles that both rest on one document: one origin.
        const { body } = await paths('from=ana&to=dmitri&happenedOnly=1&minOrigins=2');
        expect(body.found).toBe(false);
        expect(body.reason).toMatch(/evidence rules/);
      });

      it('follows arrows when asked; an undirected link goes both ways', async () => {
        expect((await paths('from=ana&to=dmitri&directed=1&happenedOnly=1')).body.found).toBe(true);
        expect((await paths('from=dmitri&to=ana&directed=1&happenedOnly=1')).body.found).toBe(false);
        expect((await paths('from=dmitri&to=celine&directed=1')).body.found).toBe(true);
      });

      it('refuses an unknown end', async () => {
        expect((await paths('from=ana&to=nobody')).status).toBe(404);
      });
    });

    describe('export', () => {
      it('streams NDJSON that imports back as the same investigation', async () => {
        const ndjson = await app.inject({ method: 'GET', url: `${base()}/export?format=ndjson`, headers: auth });
        expect(ndjson.headers['content-type']).toMatch(/ndjson/);
        const lines = ndjson.body.trim().split('\n');
        expect(lines).toHaveLength(1 + FIXTURE_COUNTS.sources + FIXTURE_COUNTS.entities + FIXTURE_COUNTS.relations);
        const again = await api.upload('again.ndjson', ndjson.body, { title: 'Round trip' });
        expect(again.status).toBe(201);
        expect(again.body).toMatchObject({
          title: 'Round trip',
          entities: FIXTURE_COUNTS.entities,
          relations: FIXTURE_COUNTS.relations,
        });
        await app.inject({ method: 'DELETE', url: `/api/investigations/${again.body.id}`, headers: auth });
      });

      it('reports an import’s progress line by line when asked, ending with the result', async () => {
        const body = multipart('progress.ndjson', toNdjson(contractFixture()));
        const response = await app.inject({
          method: 'POST',
          url: '/api/investigations',
          payload: body.payload,
          headers: { ...auth, ...body.headers, accept: 'application/x-ndjson' },
        });
        const lines = response.body
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as ImportProgressLine);
        const last = lines.at(-1)!;
        expect('done' in last && last.done).toMatchObject({ entities: FIXTURE_COUNTS.entities });
        const progress = lines.filter((l) => 'progress' in l);
        expect(progress.at(-1)).toEqual({
          progress: { entities: FIXTURE_COUNTS.entities, relations: FIXTURE_COUNTS.relations },
        });
        if ('done' in last)
          await app.inject({ method: 'DELETE', url: `/api/investigations/${last.done.id}`, headers: auth });
      });

      it('streams the project JSON the app opens', async () => {
        const json = await app.inject({ method: 'GET', url: `${base()}/export?format=json`, headers: auth });
        const checked = validateDataset(JSON.parse(json.body));
        expect(checked.ok).toBe(true);
        if (!checked.ok) return;
        expect(checked.dataset.title).toBe(FIXTURE.title);
        expect(checked.dataset.entities).toHaveLength(FIXTURE_COUNTS.entities);
        expect(checked.dataset.relations).toHaveLength(FIXTURE_COUNTS.relations);
        expect(checked.dataset.sources).toHaveLength(FIXTURE_COUNTS.sources);
      });
    });

    describe('imports that fail leave the store as it was', () => {
      const bad = (records: object[]) => records.map((r) => JSON.stringify(r)).join('\n');
      const head = { dataset: { title: 'Broken' } };
      const person = (id: string) => ({ entity: { id, type: 'person', label: id } });
      const cases: [string, string, string, RegExp, number | undefined][] = [
        [
          'a relation to an unknown entity, by line',
          'broken.ndjson',
          bad([head, person('a'), { relation: { id: 'r', type: 'met_with', source: 'a', target: 'ghost' } }]),
          /Line 3: .*"ghost"/,
          3,
        ],
        ['a repeated id', 'twice.ndjson', bad([head, person('a'), person('a')]), /Line 3: .*id "a"/, 3],
        ['a record out of order', 'order.ndjson', bad([head, person('a'), { source: { id: 's' } }]), /Line 3/, 3],
        [
          'an unknown type',
          'type.ndjson',
          bad([head, { entity: { id: 'a', type: 'alien', label: 'A' } }]),
          /Line 2/,
          2,
        ],
        [
          'a line that is not JSON',
          'text.ndjson',
          `${JSON.stringify(head)}\n{"entity": {`,
          /Line 2 is not valid JSON/,
          2,
        ],
        ['an empty file', 'empty.json', '   ', /empty/, undefined],
        [
          'an entity bomb',
          'bomb.gexf',
          '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><gexf><graph><nodes><node id="&lol;"/></nodes></graph></gexf>',
          /DOCTYPE/,
          undefined,
        ],
        [
          'an external entity',
          'xxe.graphml',
          '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><graphml><graph><node id="&xxe;"/></graph></graphml>',
          /DOCTYPE/,
          undefined,
        ],
        ['absurd nesting', 'deep.json', '['.repeat(100_000) + ']'.repeat(100_000), /deep|nest/i, undefined],
        ['binary bytes', 'binary.csv', '\u0000\u0001\u0002\u0003PK\u0003\u0004', /./, undefined],
        [
          'a prototype-polluting attribute bag',
          'proto.ndjson',
          `${JSON.stringify(head)}\n{"entity":{"id":"a","type":"person","label":"A","attributes":{"__proto__":{"polluted":1}}}}`,
          /Line 2/,
          2,
        ],
      ];
      it.each(cases)('refuses %s with a message that names it', async (_what, fileName, content, message, line) => {
        const before = await store.totals();
        const { status, body } = await api.upload(fileName, content);
        expect(status).toBeGreaterThanOrEqual(400);
        expect(status).toBeLessThan(500);
        expect(body.message).toMatch(message);
        if (line !== undefined) expect(body.line).toBe(line);
        expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
        expect(await store.totals()).toEqual(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });

      it('imports the app’s formats whole: GraphML with its counts', async () => {
        const graphml =
          '<?xml version="1.0"?><graphml><graph edgedefault="directed"><node id="x"/><node id="y"/><node id="z"/>' +
          '<edge source="x" target="y"/><edge source="y" target="z"/></graph></graphml>';
        const { status, body } = await api.upload('three.graphml', graphml, { title: 'Three' });
        expect(status).toBe(201);
        expect(body).toMatchObject({ title: 'Three', entities: 3, relations: 2 });
        await app.inject({ method: 'DELETE', url: `/api/investigations/${body.id}`, headers: auth });
      });
    });

    describe('hostile requests', () => {
      const INJECTIONS = [
        "' OR '1'='1",
        "'; DROP TABLE entities; --",
        '" OR 1=1 --',
        'x") UNION SELECT * FROM investigations --',
        '*',
        'NEAR(a b)',
        'a:* | b',
        '%',
        '_',
        '\\',
        '$1',
        '</script><script>alert(1)</script>',
      ];
      const fixtureIds = new Set(contractFixture().flatMap((r) => ('entity' in r ? [r.entity.id] : [])));
      it('treats injection strings in every parameter as plain data', async () => {
        const before = await store.totals();
        for (const evil of INJECTIONS) {
          const e = encodeURIComponent(evil);
          const answers = [
            await api.get(`/api/investigations/${e}`),
            await api.get(`/api/investigations/${e}/search?q=hub`),
            await api.get(`${base()}/search?q=${e}`),
            await api.get(`${base()}/search?q=hub&limit=${e}`),
            await api.get(`${base()}/search?q=hub&offset=${e}`),
            await api.get(`/api/investigations?limit=${e}`),
            await api.get(`/api/investigations?offset=${e}`),
            await api.post(`${base()}/expand`, { ids: [evil], limit: 5 }),
            await api.post(`${base()}/expand`, { ids: ['hub'], limit: 5, relationTypes: [evil], entityTypes: [evil] }),
            await api.post(`${base()}/expand`, { ids: ['hub'], limit: 5, exclude: [evil] }),
            await api.post(`${base()}/expand`, { ids: ['hub'], limit: 5, order: evil }),
            await api.post(`/api/investigations/${e}/expand`, { ids: ['hub'], limit: 5 }),
            await api.get(`${base()}/paths?from=${e}&to=hub`),
            await api.get(`${base()}/paths?from=hub&to=${e}`),
            await api.get(`${base()}/paths?from=ana&to=dmitri&minOrigins=${e}`),
            await api.get(`${base()}/paths?from=ana&to=dmitri&directed=${e}`),
            await api.get(`${base()}/export?format=${e}`),
            await api.get(`/api/investigations/${e}/export`),
            await api.upload(
              'evil.ndjson',
              toNdjson([{ dataset: { title: evil } }, { entity: { id: evil, type: 'person', label: evil } }]),
            ),
          ];
          for (const answer of answers) expect(answer.status, `${evil}`).toBeLessThan(500);
          // Searched as the plain words it holds ("$1" finds "Leaf Company 1"): only the fixture's own entities.
          const searched = (await search(evil)).body;
          for (const item of searched.items) expect(fixtureIds.has(item.id)).toBe(true);
        }
        // Only the uploads above were stored (one entity each): nothing was dropped or rewritten.
        const after = await store.totals();
        expect(after.entities - before.entities).toBe(INJECTIONS.length);
        for (const item of await api.list()) {
          if (item.id !== inv && item.entities === 1)
            await app.inject({ method: 'DELETE', url: `/api/investigations/${item.id}`, headers: auth });
        }
        expect(await store.totals()).toEqual(before);
        expect((await api.list()).find((item) => item.id === inv)?.entities).toBe(FIXTURE_COUNTS.entities);
      });

      it('refuses oversized bodies, writes from other sites, and unknown routes, in JSON without a stack', async () => {
        const huge = await app.inject({
          method: 'POST',
          url: `${base()}/expand`,
          headers: { ...auth, 'content-type': 'application/json' },
          payload: JSON.stringify({ ids: ['hub'], limit: 1, pad: 'x'.repeat(2 * 1024 * 1024) }),
        });
        expect(huge.statusCode).toBe(413);
        const crossSite = await app.inject({
          method: 'POST',
          url: `${base()}/expand`,
          headers: { ...auth, origin: 'https://elsewhere.example' },
          payload: { ids: ['hub'], limit: 1 },
        });
        expect(crossSite.statusCode).toBe(403);
        const missing = await app.inject({ method: 'GET', url: '/api/nothing-here' });
        expect(missing.statusCode).toBe(404);
        for (const response of [huge, crossSite, missing]) {
          const body = response.json() as Record<string, unknown>;
          expect(typeof body.message).toBe('string');
          expect(body.stack).toBeUndefined();
        }
        expect((await api.get(`/api/investigations/unknownid/search?q=a`)).status).toBe(404);
        expect((await api.get(`${base()}/search?q=a&limit=1000`)).status).toBe(400);
      });
    });
  });
}
