// Everything the SQLite store writes for an import, on a connection of its own (in the writer thread, see
// writerWorker.ts): batches as they come, each one transaction; at the end the degrees, then the adjacency rows and
// the counts by type, made from the import's shape kept in typed arrays (importGraph.ts) by a helper thread while
// the writer writes them (adjacencyHelper.ts), and appended in key order.
// Entity and relation numbers are the investigation's first numbers plus each record's position in the import.
import type Database from 'better-sqlite3';
import { fold } from '../../../src/model/search';
import { labelOfNames, searchableNames } from '../adjacencyFlags';
import { RecordError } from '../types';
import { type AdjacencyMaker, type AdjacencyRows, adjacencyInThread } from './adjacencyHelper';
import { SLICE, adjacencyInput } from './adjacencyRows';
import { ImportGraph } from './importGraph';
import { ImportLabels, labelKey } from './labelKey';
import { threadCpuMs } from './threadCpu';
import type { EntityColumns, RelationColumns, WriterReply, WriterRequest } from './writerProtocol';

/** Names indexed at a time when the writer has nothing else to do: short, so a batch that arrives waits little. */
const NAMES_AT_A_TIME = 2_048;
/** Characters of names the writer may hold back before it indexes some even with batches waiting. */
const MAX_HELD_NAME_CHARS = 32 * 1024 * 1024;

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Inserts many rows per statement: far fewer calls into SQLite than one statement per row. A value the same in
 * every row (`@inv`, the investigation) is a named parameter, bound once per statement rather than once per row.
 */
class BulkInsert {
  private readonly many: Database.Statement;
  private readonly one: Database.Statement;
  private readonly values: unknown[];
  private readonly width: number;
  private filled = 0;
  private named: Record<string, unknown> = {};

  /** `row`: the row's values, `?` for each one given by add, `@name` for one given by `use`. */
  constructor(db: Database.Database, into: string, row: string[], rows = Number(process.env.BULK_ROWS) || 128) {
    const tuple = `(${row.join(',')})`;
    this.width = row.filter((value) => value === '?').length;
    this.many = db.prepare(`INSERT INTO ${into} VALUES ${Array(rows).fill(tuple).join(',')}`);
    this.one = db.prepare(`INSERT INTO ${into} VALUES ${tuple}`);
    this.values = new Array(this.width * rows);
  }

  use(named: Record<string, unknown>): this {
    this.named = named;
    return this;
  }

  add(value: unknown): void {
    this.values[this.filled++] = value;
    if (this.filled === this.values.length) {
      // Spread rather than one array: better-sqlite3 binds arguments given one by one faster than the elements
      // of an array. An adjacency row of 8 numbers written as the finish writes them (a file in WAL mode, 100,000
      // rows a transaction): 0.71 against 0.77–0.82 µs of CPU; in an in-memory table 0.56 against 0.75 µs.
      this.many.run(...this.values, this.named);
      this.filled = 0;
    }
  }

  flush(): void {
    for (let at = 0; at < this.filled; at += this.width)
      this.one.run(this.values.slice(at, at + this.width), this.named);
    this.filled = 0;
  }
}

/** Names held: each entity's number, label and aliases (none: an empty list), as written. */
const heldNames = () => ({ n: [] as number[], label: [] as string[], aliases: [] as string[][], next: 0, chars: 0 });
const NO_ALIASES: string[] = [];

/** `count` plain values. */
const plain = (count: number) => Array<string>(count).fill('?');

export class ImportWriter {
  private readonly entityRows: BulkInsert;
  private readonly nameRows: BulkInsert;
  private readonly relationRows: BulkInsert;
  private readonly claimRows: BulkInsert;
  private import: {
    inv: string;
    entityBase: number;
    relationBase: number;
    graph: ImportGraph;
    labels: ImportLabels;
  } | null = null;
  /**
   * Names of entities written but not yet indexed (FTS5 costs more than the entity rows): the writer indexes them
   * when no batch is waiting (`indexSomeNames`), so the work fills the time it would otherwise wait for the parser,
   * and the rest before the finish. Held to a bound, so a file of huge names cannot fill the memory. They are held
   * as written and folded as they are indexed: folding is about a tenth of the parser's work on entity lines, and
   * the parser is the slower side while entities come in.
   */
  private names = heldNames();

  /** `makeAdjacency`: where the finish's adjacency rows are made (the writer thread gives a helper thread). */
  constructor(
    private readonly db: Database.Database,
    private readonly makeAdjacency: AdjacencyMaker = adjacencyInThread,
  ) {
    this.entityRows = new BulkInsert(db, 'entities (n, inv, id, type, body)', ['?', '@inv', '?', '?', '?']);
    this.nameRows = new BulkInsert(db, 'entity_names (rowid, names)', plain(2));
    this.relationRows = new BulkInsert(db, 'relations (n, inv, id, type, source_n, target_n, flags, origins, body)', [
      '?',
      '@inv',
      ...plain(7),
    ]);
    this.claimRows = new BulkInsert(db, 'claims (relation_n, idx, source, body)', plain(4));
  }

  /** Rows written since the transaction the batches share began. */
  private uncommitted = 0;

  /**
   * Batches share a transaction until it holds about SLICE rows: a commit per small batch would write the pages
   * of the indexes again and again. Nothing of an import shows before its finish anyway.
   */
  private batchWrite(rows: number, write: () => void): void {
    if (!this.db.inTransaction) this.db.exec('BEGIN');
    // A batch that fails leaves nothing behind (so its ids are not mistaken for stored ones).
    this.db.exec('SAVEPOINT batch');
    try {
      write();
    } catch (error) {
      this.db.exec('ROLLBACK TO batch');
      throw error;
    } finally {
      this.db.exec('RELEASE batch');
    }
    this.uncommitted += rows;
    if (this.uncommitted >= SLICE) this.commit();
  }

  private commit(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.uncommitted = 0;
  }

  /** A failure while indexing names between requests, reported by the import's next request. */
  private namesFailure: unknown = null;

  /** Indexes a few names held, between requests; a failure goes to the import's next request. */
  indexNamesAside(): void {
    try {
      this.indexSomeNames();
    } catch (error) {
      this.namesFailure = error;
      this.names = heldNames();
    }
  }

  private current(inv: string) {
    if (this.import?.inv !== inv) throw new Error('No import of this investigation is under way.');
    if (this.namesFailure) throw this.namesFailure;
    return this.import;
  }

  begin(inv: string, title: string, head: string, created: string): void {
    // Imports take turns, so one still marked as under way was cut short (the server stopped): it goes first.
    const stale = this.db.prepare(`SELECT id FROM investigations WHERE status = 'importing'`).all() as { id: string }[];
    for (const { id } of stale) deleteInvestigationRows(this.db, id);
    const next = (table: string) =>
      (this.db.prepare(`SELECT coalesce(max(n), 0) + 1 AS n FROM ${table}`).get() as { n: number }).n;
    const entityBase = next('entities');
    const relationBase = next('relations');
    this.db
      .prepare(
        `INSERT INTO investigations (id, title, head, created, status, first_entity, first_relation)
        VALUES (?, ?, ?, ?, 'importing', ?, ?)`,
      )
      .run(inv, title, head, created, entityBase, relationBase);
    for (const rows of [this.entityRows, this.relationRows]) rows.use({ inv });
    this.import = { inv, entityBase, relationBase, graph: new ImportGraph(), labels: new ImportLabels() };
    this.names = heldNames();
    this.namesFailure = null;
  }

  addSources(inv: string, rows: [string, string, string | null][]): void {
    this.current(inv);
    this.commit();
    const insert = this.db.prepare(`INSERT INTO sources (inv, id, body, text) VALUES (?, ?, ?, ?)`);
    this.db.transaction(() => {
      for (const [id, body, text] of rows) {
        try {
          insert.run(inv, id, body, text);
        } catch (error) {
          if (isUniqueViolation(error)) throw new RecordError(`Two sources have the id "${id}".`, id);
          throw error;
        }
      }
    })();
  }

  addEntities(inv: string, batch: EntityColumns): void {
    const { entityBase, graph } = this.current(inv);
    const first = graph.entityCount;
    try {
      this.batchWrite(batch.ids.length, () => {
        for (let i = 0; i < batch.ids.length; i++) {
          const n = entityBase + first + i;
          this.entityRows.add(n);
          this.entityRows.add(batch.ids[i]);
          this.entityRows.add(batch.types[i]);
          this.entityRows.add(batch.bodies[i]);
        }
        this.entityRows.flush();
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw this.repeated(batch.ids, 'entities', `SELECT 1 FROM entities WHERE inv = ? AND id = ?`);
      throw error;
    }
    for (const type of batch.types) graph.addEntity(type);
    this.holdNames(entityBase + first, batch);
  }

  private holdNames(first: number, { names, nameCounts }: EntityColumns): void {
    const held = this.names;
    for (let i = 0, at = 0; i < nameCounts.length; at += nameCounts[i]!, i++) {
      const label = names[at]!;
      const aliases = nameCounts[i] === 1 ? NO_ALIASES : names.slice(at + 1, at + nameCounts[i]!);
      held.n.push(first + i);
      held.label.push(label);
      held.aliases.push(aliases);
      held.chars += label.length;
      for (const alias of aliases) held.chars += alias.length;
    }
    while (this.names.chars > MAX_HELD_NAME_CHARS) this.indexSomeNames();
  }

  /** Whether names wait to be indexed. */
  get namesHeld(): boolean {
    return this.names.next < this.names.n.length;
  }

  /** Indexes the next few names held (in the transaction the batches share). */
  indexSomeNames(count = NAMES_AT_A_TIME): void {
    const held = this.names;
    const end = Math.min(held.next + count, held.n.length);
    this.batchWrite(end - held.next, () => {
      for (let i = held.next; i < end; i++) {
        const label = held.label[i]!;
        const aliases = held.aliases[i]!;
        const names = searchableNames(fold, label, aliases);
        this.nameRows.add(held.n[i]);
        this.nameRows.add(names);
        this.import!.labels.set(held.n[i]! - this.import!.entityBase, labelKey(labelOfNames(names)));
        held.chars -= label.length;
        for (const alias of aliases) held.chars -= alias.length;
      }
      this.nameRows.flush();
    });
    held.next = end;
    if (held.next === held.n.length) this.names = heldNames();
    // Compacted now and then, so the names indexed are let go of.
    else if (held.next >= 100_000)
      this.names = {
        ...held,
        n: held.n.slice(held.next),
        label: held.label.slice(held.next),
        aliases: held.aliases.slice(held.next),
        next: 0,
      };
  }

  /** The record a unique index refused (a bulk statement does not say which): the first id already stored. */
  private repeated(ids: string[], what: 'entities' | 'relations', sql: string): RecordError {
    const find = this.db.prepare(sql);
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id) || find.get(this.import!.inv, id))
        return new RecordError(`Two ${what} have the id "${id}".`, id);
      seen.add(id);
    }
    return new RecordError(`Two ${what} have the same id.`, '');
  }

  addRelations(inv: string, batch: RelationColumns): void {
    const { entityBase, relationBase, graph } = this.current(inv);
    const count = batch.ids.length;
    const sources = batch.sources;
    const targets = batch.targets;
    if (batch.endIds) this.findEnds(inv, batch);
    const first = graph.relationCount;
    try {
      this.batchWrite(count, () => {
        const rows = this.relationRows;
        for (let i = 0; i < count; i++) {
          rows.add(relationBase + first + i);
          rows.add(batch.ids[i]);
          rows.add(batch.types[i]);
          rows.add(entityBase + sources[i]!);
          rows.add(entityBase + targets[i]!);
          rows.add(batch.flags[i]);
          rows.add(batch.origins[i]);
          rows.add(batch.bodies[i]);
        }
        this.relationRows.flush();
        const { at, index, source, body } = batch.claims;
        for (let c = 0; c < at.length; c++) {
          this.claimRows.add(relationBase + first + at[c]!);
          this.claimRows.add(index[c]);
          this.claimRows.add(source[c]);
          this.claimRows.add(body[c]);
        }
        this.claimRows.flush();
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw this.repeated(batch.ids, 'relations', `SELECT 1 FROM relations WHERE inv = ? AND id = ?`);
      throw error;
    }
    for (let i = 0; i < count; i++) {
      graph.addRelation(sources[i]!, targets[i]!, batch.types[i]!, batch.flags[i]!, batch.origins[i]!);
    }
  }

  /** Ends given by id only (an importer that knows no positions): looked up in the entities written. */
  private findEnds(inv: string, batch: RelationColumns): void {
    const { entityBase } = this.current(inv);
    const find = this.db.prepare(`SELECT n FROM entities WHERE inv = ? AND id = ?`);
    batch.endIds!.forEach(([sourceId, targetId], i) => {
      for (const [ends, id] of [
        [batch.sources, sourceId],
        [batch.targets, targetId],
      ] as const) {
        if (ends[i]! >= 0) continue;
        const row = find.get(inv, id) as { n: number } | undefined;
        if (!row) {
          const relation = batch.ids[i]!;
          throw new RecordError(`The relation "${relation}" refers to "${id}", which is not an entity.`, relation);
        }
        ends[i] = row.n - entityBase;
      }
    });
  }

  finish(inv: string): { entities: number; relations: number } {
    const { graph } = this.current(inv);
    const timed = Boolean(process.env.IMPORT_TIMINGS);
    // The store's numbers for the import's type names; counts are keyed by them, as the table's key orders them.
    const relationCode = this.typeCodes(graph.relationTypes.names);
    const entityCode = this.typeCodes(graph.entityTypes.names);
    // Made beside what the writer does until it writes them: the names left, the degrees.
    const adjacency = this.makeAdjacency(adjacencyInput(graph, relationCode, entityCode));
    try {
      const began = timed ? threadCpuMs() : 0;
      while (this.namesHeld) this.indexSomeNames(SLICE);
      this.commit();
      const names = timed ? threadCpuMs() : 0;
      this.writeLabels();
      const labels = timed ? threadCpuMs() : 0;
      this.writeDegrees();
      const degrees = timed ? threadCpuMs() : 0;
      const waited = this.writeAdjacency(adjacency);
      if (timed)
        console.log(
          'finish CPU ms: names left',
          names - began,
          'labels',
          labels - names,
          'degrees',
          degrees - labels,
          'adjacency',
          threadCpuMs() - degrees,
          '(waited for its rows',
          Math.round(waited),
          'ms)',
        );
    } finally {
      adjacency.stop();
    }
    const { entityBase, relationBase } = this.import!;
    this.db
      .prepare(
        `UPDATE investigations SET status = 'ready', entities = ?, relations = ?, last_entity = ?, last_relation = ?
        WHERE id = ?`,
      )
      .run(
        graph.entityCount,
        graph.relationCount,
        entityBase + graph.entityCount - 1,
        relationBase + graph.relationCount - 1,
        inv,
      );
    this.import = null;
    return { entities: graph.entityCount, relations: graph.relationCount };
  }

  /** The label keys (labelKey.ts), appended in the table's key order: investigation, key, entity. */
  private writeLabels(): void {
    const { entityBase, graph, labels } = this.import!;
    const rows = new BulkInsert(this.db, 'entity_labels (first, key, n)', ['@first', '?', '?']).use({
      first: entityBase,
    });
    this.db.transaction(() => {
      labels.inKeyOrder(graph.entityCount, (place, key) => {
        rows.add(key);
        rows.add(entityBase + place);
      });
      rows.flush();
    })();
  }

  /** Degrees in their own narrow table, appended in order (entities without relations have no row). */
  private writeDegrees(): void {
    const { entityBase, graph } = this.import!;
    const rows = new BulkInsert(this.db, 'entity_degrees (n, degree)', plain(2));
    for (let from = 0; from < graph.entityCount; from += SLICE) {
      this.db.transaction(() => {
        const to = Math.min(from + SLICE, graph.entityCount);
        for (let e = from; e < to; e++) {
          if (graph.degree[e] === 0) continue;
          rows.add(entityBase + e);
          rows.add(graph.degree[e]);
        }
        rows.flush();
      })();
    }
  }

  /**
   * Two rows per relation (one from each end) in the adjacency table's key order, so each lands at the end of the
   * index, and the counts by relation type and neighbour type of each entity's rows, also in key order: one slice
   * of rows a transaction. Returns how long (ms) it waited for slices.
   */
  private writeAdjacency(adjacency: AdjacencyRows): number {
    const { entityBase, relationBase } = this.import!;
    const rows = new BulkInsert(this.db, 'adjacency', plain(8));
    const counts = new BulkInsert(this.db, 'neighbour_counts', plain(4));
    let waited = 0;
    for (;;) {
      const asked = performance.now();
      const slice = adjacency.next();
      waited += performance.now() - asked;
      if (!slice) return waited;
      this.db.transaction(() => {
        const values = slice.rows;
        for (let at = 0; at < values.length; at += 8) {
          rows.add(entityBase + values[at]!);
          rows.add(values[at + 1]);
          rows.add(entityBase + values[at + 2]!);
          rows.add(relationBase + values[at + 3]!);
          rows.add(values[at + 4]);
          rows.add(values[at + 5]);
          rows.add(values[at + 6]);
          rows.add(values[at + 7]);
        }
        rows.flush();
        const byType = slice.counts;
        for (let at = 0; at < byType.length; at += 4) {
          counts.add(entityBase + byType[at]!);
          counts.add(byType[at + 1]);
          counts.add(byType[at + 2]);
          counts.add(byType[at + 3]);
        }
        counts.flush();
      })();
    }
  }

  /** The store's code of each name (new names get theirs), by the import's own code of the name. */
  private typeCodes(names: readonly string[]): Int32Array<ArrayBuffer> {
    const add = this.db.prepare(`INSERT OR IGNORE INTO type_codes (name) VALUES (?)`);
    const find = this.db.prepare(`SELECT code FROM type_codes WHERE name = ?`);
    return this.db.transaction(() =>
      Int32Array.from(names, (name) => {
        add.run(name);
        return (find.get(name) as { code: number }).code;
      }),
    )();
  }

  /** Undoes an import, whatever it had written. */
  abort(inv: string): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.names = heldNames();
    this.namesFailure = null;
    this.uncommitted = 0;
    if (this.import?.inv === inv) this.import = null;
    deleteInvestigationRows(this.db, inv);
  }

  delete(inv: string): void {
    this.commit();
    deleteInvestigationRows(this.db, inv);
  }
}

/** Removes an investigation and everything in it (also a half-written import), by its ranges of numbers. */
export function deleteInvestigationRows(db: Database.Database, inv: string): void {
  db.transaction(() => {
    const found = db
      .prepare(
        `SELECT first_entity AS firstEntity, last_entity AS lastEntity, first_relation AS firstRelation,
        last_relation AS lastRelation FROM investigations WHERE id = ?`,
      )
      .get(inv) as Record<'firstEntity' | 'lastEntity' | 'firstRelation' | 'lastRelation', number | null> | undefined;
    if (!found) return;
    // An import cut short has no end written: its numbers run up to the next investigation's, or to the last.
    const end = (first: number | null, last: number | null, column: string, table: string) => {
      if (first === null || last !== null) return last;
      const next = db.prepare(`SELECT min(${column}) AS n FROM investigations WHERE ${column} > ?`).get(first) as {
        n: number | null;
      };
      if (next.n !== null) return next.n - 1;
      return (db.prepare(`SELECT max(n) AS n FROM ${table}`).get() as { n: number | null }).n;
    };
    const entities = [found.firstEntity, end(found.firstEntity, found.lastEntity, 'first_entity', 'entities')];
    const relations = [
      found.firstRelation,
      end(found.firstRelation, found.lastRelation, 'first_relation', 'relations'),
    ];
    if (entities[0] !== null && entities[1] !== null) {
      for (const sql of [
        `DELETE FROM adjacency WHERE entity BETWEEN ? AND ?`,
        `DELETE FROM neighbour_counts WHERE entity BETWEEN ? AND ?`,
        `DELETE FROM entity_degrees WHERE n BETWEEN ? AND ?`,
        `DELETE FROM entity_names WHERE rowid BETWEEN ? AND ?`,
        `DELETE FROM entities WHERE n BETWEEN ? AND ?`,
      ])
        db.prepare(sql).run(entities[0], entities[1]);
    }
    if (relations[0] !== null && relations[1] !== null) {
      db.prepare(`DELETE FROM claims WHERE relation_n BETWEEN ? AND ?`).run(relations[0], relations[1]);
      db.prepare(`DELETE FROM relations WHERE n BETWEEN ? AND ?`).run(relations[0], relations[1]);
    }
    if (entities[0] !== null) db.prepare(`DELETE FROM entity_labels WHERE first = ?`).run(entities[0]);
    db.prepare(`DELETE FROM sources WHERE inv = ?`).run(inv);
    db.prepare(`DELETE FROM investigations WHERE id = ?`).run(inv);
  })();
}

/** With IMPORT_TIMINGS set, the writer prints the CPU time (ms) each kind of request took in all, at each finish. */
const timings = new Map<string, number>();

/** Carries out one request; a failure becomes the answer, with the record's id when a record was at fault. */
export function answer(writer: ImportWriter, request: WriterRequest, seq: number): WriterReply {
  if (request.op === 'begin') timings.clear();
  const reply = timed(request.op, () => carryOut(writer, request, seq));
  if (request.op === 'finish' && process.env.IMPORT_TIMINGS)
    console.log('writer ms', Object.fromEntries([...timings].map(([k, v]) => [k, Math.round(v)])));
  return reply;
}

/** Indexes a few of the names held, for a writer with no request waiting. */
export function spareTime(writer: ImportWriter): void {
  timed('names', () => writer.indexNamesAside());
}

function timed<T>(what: string, run: () => T): T {
  if (!process.env.IMPORT_TIMINGS) return run();
  const began = threadCpuMs();
  const result = run();
  timings.set(what, (timings.get(what) ?? 0) + threadCpuMs() - began);
  return result;
}

function carryOut(writer: ImportWriter, request: WriterRequest, seq: number): WriterReply {
  try {
    switch (request.op) {
      case 'begin':
        writer.begin(request.inv, request.title, request.head, request.created);
        break;
      case 'sources':
        writer.addSources(request.inv, request.rows);
        break;
      case 'entities':
        writer.addEntities(request.inv, request);
        break;
      case 'relations':
        writer.addRelations(request.inv, request);
        break;
      case 'finish':
        return { seq, ok: true, value: writer.finish(request.inv) };
      case 'abort':
        writer.abort(request.inv);
        break;
      case 'delete':
        writer.delete(request.inv);
        break;
      case 'close':
        break;
    }
    return { seq, ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { seq, ok: false, error: { message, ...(error instanceof RecordError && { recordId: error.recordId }) } };
  }
}
