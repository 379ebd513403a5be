// Brings a database's schema up to date with node-pg-migrate, from the versioned SQL files in ./migrations, when the
// store opens. Its advisory lock makes servers starting at once take turns; each runs only what is missing.
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import type pg from 'pg';

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

export async function migrate(client: pg.ClientBase): Promise<void> {
  // A migration over big tables may take longer than a request's query may.
  await client.query('SET statement_timeout = 0');
  await runner({
    dbClient: client,
    dir: MIGRATIONS,
    direction: 'up',
    migrationsTable: 'pgmigrations',
    singleTransaction: true,
    advisoryLockMode: 'wait',
    log: () => {},
  });
  await client.query('RESET statement_timeout');
}
