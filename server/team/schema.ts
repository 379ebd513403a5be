// The team's tables. In SQLite they live in a file of their own beside the graph store (team.sqlite), so a long
// import writing the graph never holds up a sign-in or an edit; in PostgreSQL they come from the versioned
// migration 0003_team.sql. The two say the same thing in each dialect.
import type Database from 'better-sqlite3';

const SQLITE_STEPS: string[] = [
  `
  CREATE TABLE team_users (
    id INTEGER PRIMARY KEY AUTOINCREMENT, username TEXT NOT NULL UNIQUE, password_hash TEXT,
    admin INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL);
  CREATE TABLE team_one_time (digest TEXT PRIMARY KEY, user_id INTEGER NOT NULL, expires TEXT NOT NULL);
  CREATE TABLE team_sessions (
    digest TEXT PRIMARY KEY, user_id INTEGER NOT NULL, csrf TEXT NOT NULL, created TEXT NOT NULL,
    expires TEXT NOT NULL, must_set_password INTEGER NOT NULL DEFAULT 0);
  CREATE TABLE team_tokens (
    digest TEXT PRIMARY KEY, user_id INTEGER NOT NULL, label TEXT NOT NULL, created TEXT NOT NULL);
  CREATE TABLE team_roles (inv TEXT NOT NULL, user_id INTEGER NOT NULL, role TEXT NOT NULL, PRIMARY KEY (inv, user_id));
  CREATE INDEX team_roles_by_user ON team_roles (user_id);
  CREATE TABLE team_public (inv TEXT PRIMARY KEY);
  CREATE TABLE team_adopted (inv TEXT PRIMARY KEY);
  CREATE TABLE team_records (
    inv TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, pos INTEGER NOT NULL, version INTEGER NOT NULL,
    body TEXT, relation_source TEXT, relation_target TEXT, PRIMARY KEY (inv, kind, id));
  CREATE INDEX team_records_by_source ON team_records (inv, relation_source);
  CREATE INDEX team_records_by_target ON team_records (inv, relation_target);
  CREATE INDEX team_records_in_order ON team_records (inv, kind, pos);
  CREATE TABLE team_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, inv TEXT NOT NULL, batch TEXT, user_id INTEGER NOT NULL,
    at TEXT NOT NULL, message TEXT NOT NULL, UNIQUE (inv, batch));
  CREATE INDEX team_changes_by_inv ON team_changes (inv, seq);
  CREATE TABLE team_record_changes (
    seq INTEGER NOT NULL, inv TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL,
    before TEXT, after TEXT, PRIMARY KEY (inv, kind, id, version));
  CREATE INDEX team_record_changes_by_seq ON team_record_changes (seq);
  `,
];

export function migrateTeamSqlite(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SQLITE_STEPS.length) {
    throw new Error(`The team file was written by a newer version of this server (schema ${current}).`);
  }
  for (let version = current; version < SQLITE_STEPS.length; version++) {
    db.transaction(() => {
      db.exec(SQLITE_STEPS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
