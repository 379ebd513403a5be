// The store interface: what the API needs from a database, in a few primitives that SQLite and PostgreSQL each
// implement (store/sqlite, store/postgres). Graph logic (ranking, expand planning, path search) lives above it in
// server/graph, written once for both. Entities and relations get a store-wide integer number (`n`) on import, so
// adjacency walks compare integers; ids stay the public names.
import type { Entity, Relation, Source } from '../../src/model/schema';
import type {
  DatasetHead,
  ExpandRequest,
  ExpandResponse,
  InvestigationDetails,
  InvestigationSummary,
  PathsResponse,
  SearchResponse,
} from '../../src/io/server/wire';

export interface EntityRow {
  n: number;
  entity: Entity;
  degree: number;
}

export interface RelationRow {
  n: number;
  relation: Relation;
}

/** One end of a relation seen from an entity: the adjacency table holds two per relation, one from each end. */
export interface AdjacencyRow {
  entity: number;
  neighbour: number;
  relation: number;
  relationType: string;
  neighbourType: string;
  /** The relation points from `entity` to `neighbour` (or is undirected). */
  outgoing: boolean;
}

/**
 * A step of a walk: what a search for paths needs, and the neighbour's degree where the store has it at hand (the
 * search from both ends grows the lighter side). A store may answer whole AdjacencyRows.
 */
export type WalkRow = Pick<AdjacencyRow, 'entity' | 'neighbour' | 'relation' | 'outgoing'> & {
  neighbourDegree?: number;
};

export interface NeighbourCount {
  relationType: string;
  entityType: string;
  count: number;
}

/**
 * A page of neighbours with what an expand needs around it: the given entities' counts by type, the entities of the
 * neighbours `neighbours` would pick, by number, and the rows from the given entities to one skipped or picked (what
 * the expand does not leave out), counted by type as the counts are.
 */
export interface NeighbourPage {
  counts: NeighbourCount[];
  entities: EntityRow[];
  taken: NeighbourCount[];
}

export interface NeighbourQuery {
  relationTypes?: readonly string[];
  entityTypes?: readonly string[];
  order?: 'most' | 'least';
  limit: number;
  /** Neighbours (by number) to skip. */
  exclude?: ReadonlySet<number>;
}

/** The evidence rules a path may be asked to follow (the app's EvidenceRules), checked on stored columns. */
export interface WalkRules {
  minOrigins: number;
  excludeDisputed: boolean;
  happenedOnly: boolean;
}

export interface WalkQuery {
  /** 'out': follow arrows; 'in': walk them backwards; 'both': ignore direction. Undirected relations go both ways. */
  direction: 'out' | 'in' | 'both';
  rules: WalkRules | null;
  /** Stop reading after this many rows; the caller treats a full answer as "too big to walk". */
  cap: number;
  /**
   * The entities the walk hopes to reach (the other side's frontier in a search from both ends). When some rows
   * lead to them and the cap was not reached, a store may answer with those rows only: the walk ends there, and
   * the rest would be read only to be thrown away. A store may also ignore it and answer every row.
   */
  meet?: readonly number[];
  /**
   * The largest degree among the frontier's entities, where the caller knows it: a store may then leave out the
   * work that pays only when the frontier holds a supernode.
   */
  heaviest?: number;
}

/** A relation handed to the store, with what the importer worked out about it. */
export interface RelationBatchItem {
  relation: Relation;
  /** Independent origins of the relation's claims (model/evidence). */
  origins: number;
  /**
   * The positions of its source and target among the entities handed to `addEntities` (0 for the first), when
   * the importer knows them: a store may then skip looking the ids up.
   */
  ends?: readonly [number, number];
  /** The relation as JSON, when the importer has that text already (it reads back as `relation`). */
  json?: string;
}

/**
 * Receives an import in batches, in order: sources, then entities, then relations. Nothing shows until finish.
 * A store may write a batch after its promise resolves; a problem it finds then comes from a later call or finish.
 */
export interface ImportSink {
  /** Records per batch this sink takes best (the importer's own size when not set). */
  readonly batchSize?: number;
  addSources(batch: readonly Source[]): Promise<void>;
  /** `json`: each entity's JSON text, where the importer has it already (it reads back as the entity). */
  addEntities(batch: readonly Entity[], json?: readonly (string | null)[]): Promise<void>;
  addRelations(batch: readonly RelationBatchItem[]): Promise<void>;
  /** Builds the indexes and degrees and makes the investigation visible. */
  finish(): Promise<InvestigationSummary>;
  /** Removes everything written so far. */
  abort(): Promise<void>;
}

export interface PathQuery {
  from: string;
  to: string;
  directed: boolean;
  rules: WalkRules | null;
  /** At most this many paths are listed (all of the same, shortest, length). */
  maxPaths: number;
}

/**
 * The API's reads whole (server/graph over the store's primitives), where a store runs them somewhere other than
 * the server's thread: SQLite's reader threads. Their errors are the ApiErrors server/graph throws.
 */
/** What server/graph reads a store through. */
export type GraphStore = Pick<
  Store,
  | 'search'
  | 'exactLabel'
  | 'entitiesById'
  | 'entitiesByN'
  | 'relationsByN'
  | 'sourcesById'
  | 'neighbourCounts'
  | 'neighbours'
  | 'adjacencyBetween'
  | 'relationsAmong'
  | 'neighbourPage'
  | 'walk'
>;

export interface GraphReads {
  search(inv: string, query: string, limit: number, offset: number): Promise<SearchResponse>;
  expand(inv: string, request: ExpandRequest): Promise<ExpandResponse>;
  paths(inv: string, query: PathQuery): Promise<PathsResponse>;
  close(): Promise<void>;
}

/**
 * The API's reads answered as the JSON text of their answers: reads run in other threads make the text there, so
 * the server's thread neither copies the answer's objects across nor serialises them (a supernode's page is some
 * 34 KB of JSON). The text is what JSON.stringify makes of the answer, as the server would send it.
 */
export type JsonReads = {
  [K in Exclude<keyof GraphReads, 'close'>]: (...args: Parameters<GraphReads[K]>) => Promise<string>;
} & { close(): Promise<void> };

export type ExportRecord = { source: Source } | { entity: Entity } | { relation: Relation };

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the store answers the API's reads off the server's thread; absent: server/graph runs them here. */
  readonly readers?: JsonReads;
  ping(): Promise<void>;
  listInvestigations(limit: number, offset: number): Promise<InvestigationSummary[]>;
  getInvestigation(id: string): Promise<InvestigationDetails | null>;
  deleteInvestigation(id: string): Promise<void>;
  beginImport(head: DatasetHead): Promise<ImportSink>;

  /**
   * Entities of `inv` whose names (label or alias), folded as model/search.ts folds them, contain every word of
   * `words` as a word prefix. `total` is counted up to `countCap`.
   */
  search(
    inv: string,
    words: readonly string[],
    limit: number,
    offset: number,
    countCap: number,
  ): Promise<{ rows: EntityRow[]; total: number }>;
  /** Entities whose folded label equals `folded` exactly (ranked first by search). */
  exactLabel(inv: string, folded: string, limit: number): Promise<EntityRow[]>;
  entitiesById(inv: string, ids: readonly string[]): Promise<EntityRow[]>;
  entitiesByN(ns: readonly number[]): Promise<EntityRow[]>;
  relationsByN(ns: readonly number[]): Promise<RelationRow[]>;
  sourcesById(inv: string, ids: readonly string[]): Promise<Source[]>;

  /** Neighbour counts of the given entities by relation type and neighbour type (one row per pair of types). */
  neighbourCounts(entities: readonly number[]): Promise<NeighbourCount[]>;
  /**
   * The adjacency rows to up to `limit` distinct neighbours of the given entities (every row to each neighbour
   * picked), filtered, most or least connected neighbours first when asked, skipping `exclude`.
   */
  neighbours(entities: readonly number[], query: NeighbourQuery): Promise<AdjacencyRow[]>;
  /** Every adjacency row from `entities` to `among` (both sets of numbers). */
  adjacencyBetween(entities: readonly number[], among: readonly number[]): Promise<AdjacencyRow[]>;
  /**
   * Where a store can, in one step: the relations with an adjacency row from `light` to `all` or from `heavy` to
   * `heavy`, by number (server/graph/loaded.ts reads them with adjacencyBetween and relationsByN otherwise).
   */
  relationsAmong?(light: readonly number[], all: readonly number[], heavy: readonly number[]): Promise<RelationRow[]>;
  /**
   * Where a store can, in one step: `neighbourCounts`, `entitiesByN` of the neighbours `neighbours` picks, and
   * `adjacencyBetween` the entities and those skipped or picked (server/graph/expand.ts asks each otherwise).
   */
  neighbourPage?(entities: readonly number[], query: NeighbourQuery): Promise<NeighbourPage>;
  /** One breadth-first step: adjacency rows from the frontier allowed by the query. */
  walk(frontier: readonly number[], query: WalkQuery): Promise<WalkRow[]>;

  exportRecords(inv: string): AsyncIterable<ExportRecord>;
  /** Rows in the whole store, half-written imports included: how tests see that a refused import left nothing. */
  totals(): Promise<{ investigations: number; entities: number; relations: number; sources: number }>;
  close(): Promise<void>;
}

/** A record the store cannot take (a repeated id, a relation whose end is unknown): the importer names its line. */
export class RecordError extends Error {
  constructor(
    message: string,
    /** The id of the record at fault, as written in the file. */
    public readonly recordId: string,
  ) {
    super(message);
    this.name = 'RecordError';
  }
}
