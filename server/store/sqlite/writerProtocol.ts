// What the SQLite store's main thread asks its writer (a worker thread with its own connection, writerWorker.ts),
// and what it answers. Batches travel as columns (arrays of strings, typed arrays of numbers): one structured
// clone per batch, and nothing in them the writer has to parse again.

export interface EntityColumns {
  ids: string[];
  types: string[];
  /** The entity as JSON, as the store keeps it. */
  bodies: string[];
  /**
   * Each entity's label then its aliases, as written: the writer folds them for the search index when it indexes
   * them, in time it would otherwise spend waiting (importWriter.ts), rather than the parser folding them first.
   */
  names: string[];
  /** How many of `names` are each entity's (its label and aliases). */
  nameCounts: Int32Array;
}

export interface RelationColumns {
  ids: string[];
  types: string[];
  /** Positions of each relation's ends among the import's entities, or -1 when only `endIds` say which. */
  sources: Int32Array;
  targets: Int32Array;
  /** The ends' ids, sent only when a position is unknown (an importer that gave none). */
  endIds?: [string, string][];
  flags: Uint8Array;
  origins: Int32Array;
  bodies: string[];
  /** Claims as rows: the relation's place in this batch, the claim's index, its source, the claim as JSON. */
  claims: { at: number[]; index: number[]; source: string[]; body: string[] };
}

export type WriterRequest =
  | { op: 'begin'; inv: string; title: string; head: string; created: string }
  | { op: 'sources'; inv: string; rows: [id: string, body: string, text: string | null][] }
  | ({ op: 'entities'; inv: string } & EntityColumns)
  | ({ op: 'relations'; inv: string } & RelationColumns)
  | { op: 'finish'; inv: string }
  | { op: 'abort'; inv: string }
  | { op: 'delete'; inv: string }
  | { op: 'close' };

export interface WriterFailure {
  message: string;
  /** Set for a record the store refused (RecordError): its id, so the importer can name the line. */
  recordId?: string;
}

export type WriterReply =
  | { seq: number; ok: true; value?: { entities: number; relations: number } }
  | { seq: number; ok: false; error: WriterFailure };
