// Bulk import into SQLite: records arrive in batches, each batch one transaction; degrees are counted in memory and
// the adjacency rows (two per relation, ordered by the neighbour's degree) and counts by type are built at the end,
// in slices with a pause between them, so the server keeps answering other requests while a big file loads.
import type Database from 'better-sqlite3';
import type { Entity, Relation, Source } from '../../../src/model/schema';
import type { DatasetHead, InvestigationSummary } from '../../../src/io/server/wire';
import { fold } from '../../../src/model/search';
import { OUTGOING, relationFlags, searchableNames } from '../adjacencyFlags';
import { RecordError, type ImportSink } from '../types';
import { newInvestigationId } from '../investigationIds';

const SLICE = 50_000;
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export function sqliteImportSink(db: Database.Database, head: DatasetHead, release: () => void): ImportSink {
  const inv = newInvestigationId();
  db.prepare(`INSERT INTO investigations (id, title, head, created, status) VALUES (?, ?, ?, ?, 'importing')`).run(
    inv,
    head.title,
    JSON.stringify(head),
    new Date().toISOString(),
  );

  const insertSource = db.prepare(`INSERT INTO sources (inv, id, body, text) VALUES (?, ?, ?, ?)`);
  const insertEntity = db.prepare(`INSERT INTO entities (inv, id, type, body) VALUES (?, ?, ?, ?)`);
  const insertName = db.prepare(`INSERT INTO entity_names (rowid, inv, names) VALUES (?, ?, ?)`);
  const insertRelation = db.prepare(
    `INSERT INTO relations (inv, id, type, source_n, target_n, flags, origins, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertClaim = db.prepare(`INSERT INTO claims (relation_n, idx, source, body) VALUES (?, ?, ?, ?)`);

  const numbers = new Map<string, number>();
  let firstEntity = 0;
  let degrees = new Int32Array(1024);
  let entityCount = 0;
  let relationCount = 0;
  let firstRelation = 0;
  let lastRelation = -1;

  const countDegree = (n: number) => {
    const at = n - firstEntity;
    if (at >= degrees.length) {
      const grown = new Int32Array(Math.max(degrees.length * 2, at + 1));
      grown.set(degrees);
      degrees = grown;
    }
    degrees[at]! += 1;
  };

  const addSources = db.transaction((batch: readonly Source[]) => {
    for (const source of batch) {
      const { text, ...body } = source;
      try {
        insertSource.run(inv, source.id, JSON.stringify(body), text ?? null);
      } catch (error) {
        if (isUniqueViolation(error)) throw new RecordError(`Two sources have the id "${source.id}".`, source.id);
        throw error;
      }
    }
  });

  const addEntities = db.transaction((batch: readonly Entity[]) => {
    for (const entity of batch) {
      if (numbers.has(entity.id)) throw new RecordError(`Two entities have the id "${entity.id}".`, entity.id);
      const n = Number(insertEntity.run(inv, entity.id, entity.type, JSON.stringify(entity)).lastInsertRowid);
      if (entityCount === 0) firstEntity = n;
      numbers.set(entity.id, n);
      insertName.run(n, inv, searchableNames(fold, entity.label, entity.aliases));
      entityCount++;
    }
  });

  const endOf = (relation: Relation, end: string): number => {
    const n = numbers.get(end);
    if (n === undefined) {
      throw new RecordError(`The relation "${relation.id}" refers to "${end}", which is not an entity.`, relation.id);
    }
    return n;
  };

  const addRelations = db.transaction((batch: readonly { relation: Relation; origins: number }[]) => {
    for (const { relation, origins } of batch) {
      const source = endOf(relation, relation.source);
      const target = endOf(relation, relation.target);
      let n: number;
      try {
        n = Number(
          insertRelation.run(
            inv,
            relation.id,
            relation.type,
            source,
            target,
            relationFlags(relation),
            origins,
            JSON.stringify(relation),
          ).lastInsertRowid,
        );
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new RecordError(`Two relations have the id "${relation.id}".`, relation.id);
        }
        throw error;
      }
      if (relationCount === 0) firstRelation = n;
      lastRelation = n;
      relation.claims.forEach((claim, idx) => insertClaim.run(n, idx, claim.source, JSON.stringify(claim)));
      countDegree(source);
      countDegree(target);
      relationCount++;
    }
  });

  const setDegree = db.prepare(`UPDATE entities SET degree = ? WHERE n = ?`);
  const writeDegrees = db.transaction((from: number, to: number) => {
    for (let at = from; at < to; at++) if (degrees[at]) setDegree.run(degrees[at], firstEntity + at);
  });
  // Each relation becomes two adjacency rows; `neighbour_degree` leads the key after the entity so that "most
  // connected first" is an index walk, and a supernode's first 100 neighbours cost 100 rows, not 100,000.
  const adjacencyOut = db.prepare(`
    INSERT INTO adjacency (entity, neighbour_degree, neighbour, relation, relation_type, neighbour_type, flags, origins)
    SELECT r.source_n, t.degree, r.target_n, r.n, r.type, t.type, r.flags | ${OUTGOING}, r.origins
    FROM relations r JOIN entities t ON t.n = r.target_n WHERE r.n BETWEEN ? AND ?`);
  const adjacencyIn = db.prepare(`
    INSERT OR IGNORE INTO adjacency
      (entity, neighbour_degree, neighbour, relation, relation_type, neighbour_type, flags, origins)
    SELECT r.target_n, s.degree, r.source_n, r.n, r.type, s.type, r.flags, r.origins
    FROM relations r JOIN entities s ON s.n = r.source_n WHERE r.n BETWEEN ? AND ?`);
  const counts = db.prepare(`
    INSERT INTO neighbour_counts (entity, relation_type, neighbour_type, count)
    SELECT entity, relation_type, neighbour_type, count(*) FROM adjacency WHERE entity BETWEEN ? AND ?
    GROUP BY entity, relation_type, neighbour_type`);
  const inSlices = async (first: number, last: number, step: (from: number, to: number) => void) => {
    for (let from = first; from <= last; from += SLICE) {
      db.transaction(() => step(from, Math.min(from + SLICE - 1, last)))();
      await pause();
    }
  };

  let ended = false;
  const end = () => {
    if (!ended) release();
    ended = true;
  };

  return {
    async addSources(batch) {
      addSources(batch);
      await pause();
    },
    async addEntities(batch) {
      addEntities(batch);
      await pause();
    },
    async addRelations(batch) {
      addRelations(batch);
      await pause();
    },
    async finish(): Promise<InvestigationSummary> {
      try {
        const began = Date.now();
        for (let from = 0; from < entityCount; from += SLICE) {
          writeDegrees(from, Math.min(from + SLICE, entityCount));
          await pause();
        }
        if (relationCount > 0) {
          await inSlices(firstRelation, lastRelation, (from, to) => {
            adjacencyOut.run(from, to);
            adjacencyIn.run(from, to);
          });
        }
        const adjacencyAt = Date.now();
        if (entityCount > 0) await inSlices(firstEntity, firstEntity + entityCount - 1, (a, b) => counts.run(a, b));
        if (process.env.IMPORT_TIMINGS)
          console.log('finish: degrees+adjacency', adjacencyAt - began, 'counts', Date.now() - adjacencyAt);
        db.prepare(`UPDATE investigations SET status = 'ready', entities = ?, relations = ? WHERE id = ?`).run(
          entityCount,
          relationCount,
          inv,
        );
        return { id: inv, title: head.title, entities: entityCount, relations: relationCount };
      } finally {
        end();
      }
    },
    async abort() {
      try {
        deleteInvestigationRows(db, inv);
      } finally {
        end();
      }
    },
  };
}

/** Removes an investigation and everything in it (also a half-written import). */
export function deleteInvestigationRows(db: Database.Database, inv: string): void {
  db.transaction(() => {
    const range = db.prepare(`SELECT min(n) AS lo, max(n) AS hi FROM entities WHERE inv = ?`).get(inv) as {
      lo: number | null;
      hi: number | null;
    };
    if (range.lo !== null && range.hi !== null) {
      db.prepare(`DELETE FROM adjacency WHERE entity BETWEEN ? AND ?`).run(range.lo, range.hi);
      db.prepare(`DELETE FROM neighbour_counts WHERE entity BETWEEN ? AND ?`).run(range.lo, range.hi);
      db.prepare(`DELETE FROM entity_names WHERE rowid BETWEEN ? AND ?`).run(range.lo, range.hi);
    }
    db.prepare(`DELETE FROM claims WHERE relation_n IN (SELECT n FROM relations WHERE inv = ?)`).run(inv);
    db.prepare(`DELETE FROM relations WHERE inv = ?`).run(inv);
    db.prepare(`DELETE FROM entities WHERE inv = ?`).run(inv);
    db.prepare(`DELETE FROM sources WHERE inv = ?`).run(inv);
    db.prepare(`DELETE FROM investigations WHERE id = ?`).run(inv);
  })();
}
