// The SQLite store's tables. One file holds every investigation; entity and relation numbers (`n`) are store-wide,
// so adjacency rows need no investigation column. The schema version is kept in `user_version` and upgraded in steps.
import type Database from 'better-sqlite3';
import type { Entity } from '../../../src/model/schema';
import { fold } from '../../../src/model/search';
import { searchableNames } from '../adjacencyFlags';
import { labelKey } from './labelKey';

/** A step is SQL, or a function for one that needs more than SQL. */
const MIGRATIONS: (string | ((db: Database.Database) => void))[] = [
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
  // Faster imports. Each investigation's numbers are one range, kept with it, so deleting and exporting need no
  // index on the investigation's relations; ids of relations are checked unique by the importer, so their index
  // goes. Degrees get a narrow table written once at the end (updating each entity's row rewrote the whole table).
  // Counts by type are kept only for entities with many relations: the others are counted from their few rows.
  `
  ALTER TABLE investigations ADD COLUMN first_entity INTEGER;
  ALTER TABLE investigations ADD COLUMN last_entity INTEGER;
  ALTER TABLE investigations ADD COLUMN first_relation INTEGER;
  ALTER TABLE investigations ADD COLUMN last_relation INTEGER;
  UPDATE investigations SET
    first_entity = (SELECT min(n) FROM entities WHERE inv = investigations.id),
    last_entity = (SELECT max(n) FROM entities WHERE inv = investigations.id),
    first_relation = (SELECT min(n) FROM relations WHERE inv = investigations.id),
    last_relation = (SELECT max(n) FROM relations WHERE inv = investigations.id);
  DROP INDEX relations_by_id;
  CREATE TABLE entity_degrees (n INTEGER PRIMARY KEY, degree INTEGER NOT NULL);
  INSERT INTO entity_degrees SELECT n, degree FROM entities WHERE degree > 0;
  ALTER TABLE entities DROP COLUMN degree;
  `,
  // Names indexed without the investigation: its entities are one range of numbers, which a search gives FTS5 as
  // a range of rowids. One token fewer per entity makes an import's indexing about a fifth cheaper. A contentless
  // index cannot be read back, so the names are folded again from the entities.
  (db) => {
    db.exec(`
      DROP TABLE entity_names;
      CREATE VIRTUAL TABLE entity_names USING fts5 (
        names, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');`);
    const insert = db.prepare(`INSERT INTO entity_names (rowid, names) VALUES (?, ?)`);
    const page = db.prepare(`SELECT n, body FROM entities WHERE n > ? ORDER BY n LIMIT 10000`);
    for (let last = 0, rows = page.all(last) as { n: number; body: string }[]; rows.length > 0;) {
      for (const { n, body } of rows) {
        const entity = JSON.parse(body) as Partial<Entity>;
        if (typeof entity.label === 'string') insert.run(n, searchableNames(fold, entity.label, entity.aliases ?? []));
        last = n;
      }
      rows = page.all(last) as { n: number; body: string }[];
    }
  },
  // Type names as small numbers in the adjacency and the counts (one list of names for the whole store): an import
  // binds two integers per adjacency row instead of two strings, and the rows take about a third less room.
  `
  CREATE TABLE type_codes (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
  INSERT INTO type_codes (name)
    SELECT relation_type FROM adjacency UNION SELECT neighbour_type FROM adjacency
    UNION SELECT relation_type FROM neighbour_counts UNION SELECT neighbour_type FROM neighbour_counts;
  CREATE TABLE adjacency_coded (
    entity INTEGER NOT NULL, neighbour_degree INTEGER NOT NULL, neighbour INTEGER NOT NULL,
    relation INTEGER NOT NULL, relation_type INTEGER NOT NULL, neighbour_type INTEGER NOT NULL,
    flags INTEGER NOT NULL, origins INTEGER NOT NULL,
    PRIMARY KEY (entity, neighbour_degree, neighbour, relation)) WITHOUT ROWID;
  INSERT INTO adjacency_coded
    SELECT a.entity, a.neighbour_degree, a.neighbour, a.relation, r.code, t.code, a.flags, a.origins
    FROM adjacency a JOIN type_codes r ON r.name = a.relation_type JOIN type_codes t ON t.name = a.neighbour_type
    ORDER BY a.entity, a.neighbour_degree, a.neighbour, a.relation;
  DROP TABLE adjacency;
  ALTER TABLE adjacency_coded RENAME TO adjacency;
  CREATE TABLE neighbour_counts_coded (
    entity INTEGER NOT NULL, relation_type INTEGER NOT NULL, neighbour_type INTEGER NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (entity, relation_type, neighbour_type)) WITHOUT ROWID;
  INSERT INTO neighbour_counts_coded
    SELECT c.entity, r.code, t.code, c.count
    FROM neighbour_counts c JOIN type_codes r ON r.name = c.relation_type JOIN type_codes t ON t.name = c.neighbour_type
    ORDER BY 1, 2, 3;
  DROP TABLE neighbour_counts;
  ALTER TABLE neighbour_counts_coded RENAME TO neighbour_counts;
  `,
  // Exact names found by key (labelKey.ts): a number from each folded label, in a table keyed by the
  // investigation's first entity, the number and the entity, so that deleting an investigation is one range.
  (db) => {
    db.exec(`
      CREATE TABLE entity_labels (
        first INTEGER NOT NULL, key INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (first, key, n)) WITHOUT ROWID;`);
    const insert = db.prepare(`INSERT INTO entity_labels (first, key, n) VALUES (?, ?, ?)`);
    const investigations = db
      .prepare(`SELECT first_entity, last_entity FROM investigations WHERE status = 'ready'`)
      .raw(true)
      .all() as [number, number][];
    const labels = db
      .prepare(`SELECT n, json_extract(body, '$.label') FROM entities WHERE n BETWEEN ? AND ?`)
      .raw(true);
    for (const [first, last] of investigations) {
      const rows = (labels.all(first, last) as [number, unknown][])
        .filter((row): row is [number, string] => typeof row[1] === 'string')
        .map(([n, label]) => [labelKey(fold(label)), n] as const)
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (const [key, n] of rows) insert.run(first, key, n);
    }
  },
];

/**
 * Brings the file's schema up to date, one numbered step at a time, each in its own transaction (`upTo`: stop at
 * that version, for tests of an upgrade).
 */
export function migrate(db: Database.Database, upTo = MIGRATIONS.length): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`The store was written by a newer version of this server (schema ${current}); upgrade the server.`);
  }
  for (let version = current; version < upTo; version++) {
    db.transaction(() => {
      const step = MIGRATIONS[version]!;
      if (typeof step === 'string') db.exec(step);
      else step(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
