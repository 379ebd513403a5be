// The graph server the browser tests run against (playwright.config.ts starts it): a throwaway SQLite store in a
// temporary folder, seeded with the bundled story and a generated Offshore-shaped graph of E2E_ENTITIES entities
// (100,000 by default), then the built app and the API on 127.0.0.1:$PORT. The folder goes when the server stops.
// `npx tsx server/testing/e2eServer.ts`
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../app';
import { importStream } from '../import/importFile';
import { closeOnSignals, seedStory } from '../main';
import { openStore } from '../store/open';
import { openTeam } from '../team/team';
import { E2E_TEAM_TITLE, E2E_USERS } from './e2eUsers';
import { offshoreRecords } from './offshoreGenerator';

const STORY_FILE = fileURLToPath(new URL('../../graph-data/venezuela-military-aid.json', import.meta.url));

/** The generated graph the browser tests explore (the seed and the shape are the generator's defaults). */
export const E2E_GRAPH = { entities: 100_000, relations: 165_000, seed: 1 };

/** The generated graph as NDJSON, a megabyte at a time, never whole in memory. */
async function* ndjson(options: typeof E2E_GRAPH): AsyncGenerator<Buffer> {
  let chunk = '';
  for (const record of offshoreRecords(options)) {
    chunk += JSON.stringify(record) + '\n';
    if (chunk.length < 1 << 20) continue;
    yield Buffer.from(chunk);
    chunk = '';
  }
  if (chunk) yield Buffer.from(chunk);
}

async function main(): Promise<void> {
  const started = Date.now();
  const dataDir = process.env.DATA_DIR || mkdtempSync(join(tmpdir(), 'graph-e2e-'));
  const throwaway = !process.env.DATA_DIR;
  const store = await openStore({ dataDir });
  const entities = Number(process.env.E2E_ENTITIES) || E2E_GRAPH.entities;
  const graph = { ...E2E_GRAPH, entities, relations: Math.round(entities * 1.65) };
  if ((await store.listInvestigations(1, 0)).length === 0) {
    await seedStory(store);
    await importStream(store, ndjson(graph), { fileName: 'offshore.ndjson' });
  }
  // The seeded investigations are public to read, so exploring needs no sign-in. The team tests sign in as these
  // accounts and edit a copy of the story of their own, which is not public: Alice owns it, Bob edits, Rita reads.
  const team = await openTeam({ dataDir }, store);
  if ((await team.accounts.userCount()) === 0) {
    for (const item of await store.listInvestigations(100, 0)) await team.accounts.setPublic(item.id, true);
    const ids: Record<string, number> = {};
    for (const [name, user] of Object.entries(E2E_USERS)) {
      ids[name] = await team.accounts.createUser(user.username, user.password);
    }
    const copy = await importStream(store, createReadStream(STORY_FILE), {
      fileName: 'story.json',
      title: E2E_TEAM_TITLE,
    });
    await team.accounts.setRole(copy.id, ids.alice!, 'owner');
    await team.accounts.setRole(copy.id, ids.bob!, 'editor');
    await team.accounts.setRole(copy.id, ids.rita!, 'reader');
  }
  const app = await buildServer({ store, team, appDir: fileURLToPath(new URL('../../dist', import.meta.url)) });
  const port = Number(process.env.PORT) || 8080;
  await app.listen({ port, host: '127.0.0.1' });
  console.log(
    `Browser-test server on :${port}, seeded in ${((Date.now() - started) / 1000).toFixed(1)} s (${dataDir})`,
  );
  closeOnSignals(app, team, store, () => throwaway && rmSync(dataDir, { recursive: true, force: true }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
