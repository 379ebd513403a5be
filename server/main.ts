// `npm run serve` ends here: reads the settings from the environment, opens the store (seeding it with the bundled
// story when it holds nothing yet), and listens on 127.0.0.1 unless HOST says otherwise.
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './app';
import { importStream } from './import/importFile';
import { openStore } from './store/open';
import { replicaUrlsFrom } from './store/postgres';
import type { Store } from './store/types';
import { openTeam, type Team } from './team/team';

const root = fileURLToPath(new URL('..', import.meta.url));
const STORY = `${root}graph-data/venezuela-military-aid.json`;

export async function seedStory(store: Store): Promise<void> {
  if ((await store.listInvestigations(1, 0)).length > 0) return;
  await importStream(store, createReadStream(STORY), { fileName: 'venezuela-military-aid.json' });
}

/**
 * The first start makes the owner account and prints its one-time token (the only time it is shown; the store keeps
 * its digest). Investigations nobody holds a role on, the seeded story among them, go to that owner.
 */
export async function welcomeOwner(store: Store, team: Team, print: (line: string) => void): Promise<void> {
  const first = await team.accounts.createFirstOwner();
  if (first) {
    print(
      `Owner account "${first.username}" created. Sign in once with this one-time token as the password, ` +
        `within 24 hours, then choose a password:\n\n    ${first.oneTimeToken}\n`,
    );
  }
  const all = await store.listInvestigations(10_000, 0);
  await team.accounts.adoptOrphans(all.map((item) => item.id));
}

async function main(): Promise<void> {
  const env = process.env;
  const store = await openStore({
    dataDir: env.DATA_DIR || `${root}data`,
    ...(env.DATABASE_URL && { databaseUrl: env.DATABASE_URL }),
    ...(env.DATABASE_REPLICA_URLS && { replicaUrls: replicaUrlsFrom(env.DATABASE_REPLICA_URLS) }),
    ...(env.DATABASE_STATEMENT_TIMEOUT_MS && { statementTimeoutMs: Number(env.DATABASE_STATEMENT_TIMEOUT_MS) }),
  });
  if (env.SEED_STORY !== '0') await seedStory(store);
  const team = await openTeam(
    { dataDir: env.DATA_DIR || `${root}data`, ...(env.DATABASE_URL && { databaseUrl: env.DATABASE_URL }) },
    store,
  );
  await welcomeOwner(store, team, (line) => console.log(line));
  const app = await buildServer({
    store,
    team,
    appDir: env.APP_DIR || `${root}dist`,
    logger: env.LOG !== '0',
    ...(env.CORS_ORIGINS && { corsOrigins: env.CORS_ORIGINS.split(',').map((o) => o.trim()) }),
  });
  const port = Number(env.PORT) || 8080;
  const host = env.HOST || '127.0.0.1';
  await app.listen({ port, host });
  closeOnSignals(app, team, store);
}

/**
 * On SIGINT or SIGTERM: stop taking requests (live streams end), then close the team tables and the store, in that
 * order, then `after` (a throwaway folder's removal), and exit.
 */
export function closeOnSignals(app: FastifyInstance, team: Team, store: Store, after?: () => void): void {
  const stop = async () => {
    await app.close();
    await team.close();
    await store.close();
    after?.();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
