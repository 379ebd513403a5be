// The shared-investigation sync against the real graph server on a real SQLite store: two editors' engines, each
// with its own account, the live stream read over a socket, a conflict settled, an outbox kept while the server
// cannot be reached, and undo limited to one's own records. Expected values come from what each step sent.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../server/app';
import { openSqliteStore } from '../../../server/store/sqlite/sqliteStore';
import type { Store } from '../../../server/store/types';
import { openTeam, type Team } from '../../../server/team/team';
import { apiClient } from '../../../server/testing/apiClient';
import { contractFixture, toNdjson } from '../../../server/testing/contractFixture';
import { createTeamClient } from '../../io/server/teamClient';
import type { ChangeEvent } from '../../io/server/teamWire';
import type { Entity } from '../../model/schema';
import { recordKey } from '../../model/edit/recordChanges';
import { SharedSync, type Batch, type Conflict, type SyncState, type VersionedChange } from './sharedSync';

let store: Store;
let team: Team;
let app: FastifyInstance;
let origin: string;
let inv: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  team = await openTeam({ dataDir: ':memory:' }, store);
  app = await buildServer({ store, team });
  for (const name of ['alice', 'bob']) {
    const id = await team.accounts.createUser(name, `${name} long password`);
    tokens[name] = await team.accounts.createToken(id, 'test');
  }
  const auth = { authorization: `Bearer ${tokens.alice}` };
  inv = (await apiClient(app, auth).upload('fixture.ndjson', toNdjson(contractFixture()))).body.id;
  await team.accounts.setRole(inv, (await team.accounts.userId('bob'))!, 'editor');
  await app.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app?.close();
  await team?.close();
  await store?.close();
});

/** An editor: an engine with the account's token, the live stream read with fetch, and what it was told. */
function editor(name: string, kept: Batch[] = []) {
  const network = { down: false };
  const fetchAs: typeof fetch = (input, init) => {
    if (network.down) return Promise.reject(new TypeError('fetch failed'));
    const headers = { ...(init?.headers as Record<string, string>), authorization: `Bearer ${tokens[name]}` };
    return fetch(input, { ...init, headers });
  };
  const told = {
    applied: [] as VersionedChange[][],
    states: [] as SyncState[],
    conflicts: [] as Conflict[],
    refused: [] as string[],
  };
  const saved: Batch[][] = [];
  const engine = new SharedSync(
    inv,
    createTeamClient(origin, fetchAs),
    { load: async () => kept, save: async (_inv, batches) => void saved.push([...batches]) },
    {
      apply: (changes) => void told.applied.push(changes),
      state: (state) => void told.states.push(state),
      conflict: (conflict) => void told.conflicts.push(conflict),
      refused: (message) => void told.refused.push(message),
      listen(url, onEvent, _onTrouble, onOpen) {
        const abort = new AbortController();
        void fetchAs(url, { signal: abort.signal }).then(
          async (response) => {
            onOpen();
            const reader = response.body!.getReader();
            let text = '';
            for (;;) {
              const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
              if (done) return;
              text += new TextDecoder().decode(value);
              const parts = text.split('\n\n');
              text = parts.pop()!;
              for (const part of parts) {
                const data = part.split('\n').find((line) => line.startsWith('data: '));
                if (data) onEvent(JSON.parse(data.slice(6)) as ChangeEvent);
              }
            }
          },
          () => {},
        );
        return { close: () => abort.abort() };
      },
    },
  );
  return { engine, told, network, saved, last: () => told.states.at(-1) };
}

const ana = (label: string): Entity => ({ id: 'ana', type: 'person', label, aliases: ['Anita'] });
const celine = (label: string): Entity => ({ id: 'celine', type: 'person', label, aliases: [] });
const serverVersions = async () => (await team.records.versions(inv)).versions;

describe('editing a server investigation together', () => {
  let alice: ReturnType<typeof editor>;
  let bob: ReturnType<typeof editor>;
  beforeAll(async () => {
    alice = editor('alice');
    bob = editor('bob');
    await alice.engine.start();
    await bob.engine.start();
  });
  afterAll(() => {
    alice.engine.stop();
    bob.engine.stop();
  });

  it('sends an edit, and the other editor receives it with its version', async () => {
    alice.engine.edited([{ kind: 'entity', id: 'ana', record: ana('Ana (Alice)') }], 'Alice renames Ana.');
    await vi.waitFor(() =>
      expect(bob.told.applied.flat()).toContainEqual({
        kind: 'entity',
        id: 'ana',
        version: 1,
        record: ana('Ana (Alice)'),
      }),
    );
    expect(alice.told.applied).toEqual([]);
    expect(alice.last()).toEqual({ kind: 'live', waiting: 0 });
  });

  it('shows a conflict when an edit was based on an older version, and sends what the user settles on', async () => {
    bob.engine.edited(
      [{ kind: 'entity', id: 'ana', record: ana('Ana (Bob)') }],
      'Bob renames Ana.',
      new Map([[recordKey('entity', 'ana'), 0]]),
    );
    await vi.waitFor(() => expect(bob.told.conflicts).toHaveLength(1));
    const conflict = bob.told.conflicts[0]!;
    expect(conflict.records).toEqual([
      { kind: 'entity', id: 'ana', mine: ana('Ana (Bob)'), theirs: ana('Ana (Alice)'), by: 'alice', version: 1 },
    ]);
    expect(bob.last()).toMatchObject({ kind: 'conflict', waiting: 1 });
    bob.engine.settle(conflict, new Map([[recordKey('entity', 'ana'), ana('Ana (Alice and Bob)')]]));
    await vi.waitFor(async () =>
      expect(await serverVersions()).toContainEqual({ kind: 'entity', id: 'ana', version: 2 }),
    );
    await vi.waitFor(() =>
      expect(alice.told.applied.flat()).toContainEqual({
        kind: 'entity',
        id: 'ana',
        version: 2,
        record: ana('Ana (Alice and Bob)'),
      }),
    );
  });

  it('keeps edits made while the server cannot be reached, and sends them when it can', async () => {
    bob.network.down = true;
    bob.engine.edited([{ kind: 'entity', id: 'celine', record: celine('Céline (offline)') }], 'Offline edit.');
    await vi.waitFor(() => expect(bob.last()).toMatchObject({ kind: 'offline', waiting: 1 }));
    expect(bob.saved.at(-1)?.map((b) => b.message)).toEqual(['Offline edit.']);
    bob.network.down = false;
    await vi.waitFor(() => expect(bob.last()).toEqual({ kind: 'live', waiting: 0 }), { timeout: 10_000 });
    expect(await serverVersions()).toContainEqual({ kind: 'entity', id: 'celine', version: 1 });
    expect(bob.saved.at(-1)).toEqual([]);
  });

  it('lets undo take back only the records whose latest version is the user’s own', async () => {
    await vi.waitFor(() => expect(alice.told.applied.flat().some((c) => c.id === 'celine')).toBe(true));
    const { own, others } = bob.engine.undoable([
      { kind: 'entity', id: 'celine', record: celine('Céline Ortiz') },
      { kind: 'entity', id: 'ana', record: ana('Ana Peña') },
    ]);
    expect(own.map((c) => c.id)).toEqual(['celine', 'ana']);
    expect(others).toEqual([]);
    const forAlice = alice.engine.undoable([
      { kind: 'entity', id: 'celine', record: celine('Céline Ortiz') },
      { kind: 'entity', id: 'ana', record: ana('Ana (Alice)') },
    ]);
    // Bob changed both since Alice's own edit of Ana: neither is hers to take back.
    expect(forAlice.own).toEqual([]);
    expect(forAlice.others.map((c) => c.id)).toEqual(['celine', 'ana']);
  });

  it('shows and sends the edits a closed tab kept in its outbox', async () => {
    const kept: Batch = {
      id: 'batch-kept-from-before',
      message: 'Kept while offline.',
      ops: [
        {
          kind: 'entity',
          id: 'dmitri',
          base: 0,
          record: { id: 'dmitri', type: 'person', label: 'Dmitri (kept)', aliases: [] },
        },
      ],
    };
    const reopened = editor('bob', [kept]);
    await reopened.engine.start();
    expect(reopened.told.applied[0]).toEqual([{ ...kept.ops[0], version: 1 }]);
    await vi.waitFor(async () =>
      expect(await serverVersions()).toContainEqual({ kind: 'entity', id: 'dmitri', version: 1 }),
    );
    reopened.engine.stop();
  });
});
