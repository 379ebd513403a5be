// The SQLite store's tables. One file holds every investigation; entity and relation numbers (`n`) are store-wide,
// so adjacency rows need no investigation column. The schema version is kept in `user_version` and upgraded in steps.
import type Database from 'better-sqlite3';

const MIGRATIONS: string[] = [
  `
  CREATE TABLE investigations (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, head TEXT NOT NULL, created TEXT NOT NULL,
    status TEXT NOT NULL, entities INTEGER NOT NULL DEFAULT 0, relations INTEGER NOT NULL DEFAULT 0);
  CREATE TABLE sources (
    inv TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, text TEXT, PRIMARY KEY (inv, id)) WITHOUT ROWID;
  CREATE TABLE entities (
    n INTEGER PRIMARY KEY, inv TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL,
    body TEXT NOT NULL, degree INTEGER NOT NULL DEFAULT 0);
  CREATE UNIQUE INDEX entities_by_id ON entities (inv, id);
  -- No prefix index: it made imports a third slower, and a prefix query stops at the page it needs anyway.
  CREATE VIRTUAL TABLE entity_names USING fts5 (
    inv, names, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
  CREATE TABLE relations (
    n INTEGER PRIMARY KEY, inv TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL,
    source_n INTEGER NOT NULL, target_n INTEGER NOT NULL, flags INTEGER NOT NULL, origins INTEGER NOT NULL,
    body TEXT NOT NULL);
  CREATE UNIQUE INDEX relations_by_id ON relations (inv, id);
  CREATE TABLE claims (
    relation_n INTEGER NOT NULL, idx INTEGER NOT NULL, source TEXT NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (relation_n, idx)) WITHOUT ROWID;
  CREATE TABLE adjacency (
    entity INTEGER NOT NULL, neighbour_degree INTEGER NOT NULL, neighbour INTEGER NOT NULL,
    relation INTEGER NOT NULL, relation_type TEXT NOT NULL, neighbour_type TEXT NOT NULL,
    flags INTEGER NOT NULL, origins INTEGER NOT NULL,
    PRIMARY KEY (entity, neighbour_degree, neighbour, relation)) WITHOUT ROWID;
  CREATE TABLE neighbour_counts (
    entity INTEGER NOT NULL, relation_type TEXT NOT NULL, neighbour_type TEXT NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (entity, relation_type, neighbour_type)) WITHOUT ROWID;
  `,
];

/** Brings the file's schema up to date, one numbered step at a time, each in its own transaction. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`The store was written by a newer version of this server (schema ${current}); upgrade the server.`);
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
