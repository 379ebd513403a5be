// The team side of the server in one place: accounts and roles, the records edited through the server, and the
// bus that carries live changes. Opened beside the graph store, on the same database (PostgreSQL) or in a file of
// its own next to the store's (SQLite).
import { join } from 'node:path';
import pg from 'pg';
import { openConnection } from '../store/sqlite/connection';
import type { Store } from '../store/types';
import { Accounts } from './accounts';
import { postgresTeamDb, sqliteTeamDb, type TeamDb } from './db';
import { localBus, postgresBus, type ChangeBus } from './events';
import { TeamRecords } from './records';
import { migrateTeamSqlite } from './schema';

export interface Team {
  db: TeamDb;
  accounts: Accounts;
  records: TeamRecords;
  bus: ChangeBus;
  close(): Promise<void>;
}

export const TEAM_FILE = 'team.sqlite';

export interface TeamSettings {
  /** postgres://… (the store's primary; its migrations made the tables); absent: SQLite in `dataDir`. */
  databaseUrl?: string;
  /** The SQLite team file's folder; ':memory:' for a throwaway one. */
  dataDir: string;
}

export async function openTeam(settings: TeamSettings, store: Store): Promise<Team> {
  if (settings.databaseUrl) {
    const pool = new pg.Pool({ connectionString: settings.databaseUrl, max: 10, statement_timeout: 10_000 });
    pool.on('error', () => {});
    const db = postgresTeamDb(pool);
    const bus = await postgresBus(settings.databaseUrl);
    return assemble(db, store, bus, () => pool.end());
  }
  const file = settings.dataDir === ':memory:' ? ':memory:' : join(settings.dataDir, TEAM_FILE);
  const connection = openConnection(file, 16_000);
  connection.pragma('busy_timeout = 5000');
  migrateTeamSqlite(connection);
  return assemble(sqliteTeamDb(connection), store, localBus(), async () => void connection.close());
}

function assemble(db: TeamDb, store: Store, bus: ChangeBus, end: () => Promise<void>): Team {
  return {
    db,
    accounts: new Accounts(db),
    records: new TeamRecords(db, store),
    bus,
    async close() {
      await bus.close();
      await end();
    },
  };
}
