// The team contract against PostgreSQL, on a fresh database of the run's throwaway cluster.
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../src/io/server/teamWire';
import { buildServer } from './app';
import { openPostgresStore } from './store/postgres';
import { openTeam } from './team/team';
import { apiClient } from './testing/apiClient';
import { contractFixture, toNdjson } from './testing/contractFixture';
import { POSTGRES_SETUP_TIMEOUT_MS, testDatabase } from './testing/postgresForTests';
import { describeTeamContract } from './testing/teamContract';

let url: string;
beforeAll(async () => {
  url = await testDatabase('team');
}, POSTGRES_SETUP_TIMEOUT_MS);

describeTeamContract(
  'postgres',
  () => openPostgresStore(url),
  () => url,
);

describe('two servers on one PostgreSQL', () => {
  it('pass a change made through one to a reader listening on the other (LISTEN and NOTIFY)', async () => {
    const servers = await Promise.all(
      [0, 1].map(async () => {
        const store = await openPostgresStore(url);
        const team = await openTeam({ dataDir: ':memory:', databaseUrl: url }, store);
        const app = await buildServer({ store, team });
        await app.listen({ port: 0, host: '127.0.0.1' });
        return { store, team, app, port: (app.server.address() as AddressInfo).port };
      }),
    );
    const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
    try {
      const userId = await a.team.accounts.createUser('two-servers', 'two servers password');
      const auth = { authorization: `Bearer ${await a.team.accounts.createToken(userId, 'test')}` };
      const imported = await apiClient(a.app, auth).upload('fixture.ndjson', toNdjson(contractFixture()));
      const inv = imported.body.id;
      const listening = new AbortController();
      const stream = await fetch(`http://127.0.0.1:${b.port}/api/investigations/${inv}/events`, {
        headers: auth,
        signal: listening.signal,
      });
      const reader = stream.body!.getReader();
      const record = { id: 'ana', type: 'person', label: 'Ana (through A)', aliases: ['Anita'] };
      const written = await apiClient(a.app, auth).post(`/api/investigations/${inv}/operations`, {
        ops: [{ kind: 'entity', id: 'ana', base: 0, record }],
        message: 'Through server A.',
      });
      expect(written.status).toBe(200);
      let text = '';
      while (!text.includes('Through server A.')) text += new TextDecoder().decode((await reader.read()).value);
      listening.abort();
      const data = text.split('\n').find((line) => line.includes('Through server A.'))!;
      expect((JSON.parse(data.slice('data: '.length)) as ChangeEvent).records[0]?.record).toEqual(record);
    } finally {
      for (const server of servers) {
        await server.app.close();
        await server.team.close();
        await server.store.close();
      }
    }
  });
});
