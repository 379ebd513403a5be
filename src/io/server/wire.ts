// The graph server's HTTP API as types: what each endpoint takes and returns. The server (server/) and the app's
// server side of the graph-source seam both import this file, so the two cannot drift apart.
import type { z } from 'zod';
import type {
  Dataset,
  Entity,
  Relation,
  Source,
  datasetSchema,
  entitySchema,
  relationSchema,
  sourceSchema,
} from '../../model/schema';

export interface InvestigationSummary {
  id: string;
  title: string;
  entities: number;
  relations: number;
}

/** An entity as the server returns it: the record itself plus how many relations it has in the whole store. */
export interface ServerEntity extends Entity {
  degree: number;
}

export interface HealthResponse {
  ok: true;
  store: 'sqlite' | 'postgres';
}

export interface SearchResponse {
  items: ServerEntity[];
  /** How many entities match, counted up to `SEARCH_COUNT_CAP`; `totalCapped` says the count stopped there. */
  total: number;
  totalCapped: boolean;
  limit: number;
  offset: number;
}

export type ExpandOrder = 'most' | 'least';

export interface ExpandRequest {
  /** The entities whose neighbours are wanted. */
  ids: string[];
  /** At most this many neighbours; 0 returns only the counts (`more`), the first step for a supernode. */
  limit: number;
  relationTypes?: string[];
  entityTypes?: string[];
  /** Most or least connected neighbours first; absent: the store's own order. */
  order?: ExpandOrder;
  /** Neighbours the caller already has: not returned again, and not counted as left out. */
  exclude?: string[];
}

/** Counts of neighbours left out (or, with limit 0, of all neighbours), in all and by type. */
export interface LeftOut {
  total: number;
  byRelationType: Record<string, number>;
  byEntityType: Record<string, number>;
}

export interface ExpandResponse {
  /** The neighbours returned (the ids given are not repeated). */
  entities: ServerEntity[];
  /** Every relation between the neighbours returned and the ids given, and among them. */
  relations: Relation[];
  /** The sources the relations' claims cite, without their stored texts. */
  sources: Source[];
  more: LeftOut;
}

export interface PathsResponse {
  found: boolean;
  /** Why nothing was found, in words for the user (no path, or the search stopped at its limits). */
  reason?: string;
  /** Each path as its entity ids in order and the relation id of each step. */
  paths: { entities: string[]; relations: string[] }[];
  entities: ServerEntity[];
  relations: Relation[];
  sources: Source[];
}

export interface ImportResponse {
  id: string;
  title: string;
  entities: number;
  relations: number;
  warnings: string[];
}

/** Every error the API returns: a message for people, a short code for programs, never a stack. */
export interface ErrorResponse {
  error: string;
  message: string;
  /** The record or line an import error is about. */
  line?: number;
}

/** What a dataset holds besides its records: title, description, declared vocabulary, attributes, views… */
export type DatasetHead = Omit<Dataset, 'sources' | 'entities' | 'relations'>;

/** An investigation as GET /api/investigations/:id returns it. */
export interface InvestigationDetails extends InvestigationSummary {
  head: DatasetHead;
}

/**
 * One line of the NDJSON export (and import): exactly one of these keys. The `dataset` line comes first, then the
 * sources, the entities and the relations, so a reader can check each record as it arrives.
 */
export type NdjsonRecord =
  | { dataset: Omit<z.input<typeof datasetSchema>, 'sources' | 'entities' | 'relations'> }
  | { source: z.input<typeof sourceSchema> }
  | { entity: z.input<typeof entitySchema> }
  | { relation: z.input<typeof relationSchema> };

export const SEARCH_LIMIT_MAX = 100;
export const SEARCH_COUNT_CAP = 1000;
export const EXPAND_LIMIT_MAX = 500;
export const EXPAND_IDS_MAX = 200;
export const LIST_LIMIT_MAX = 200;

/**
 * With `Accept: application/x-ndjson`, an import answers 200 at once and then one line per batch written, ending
 * with the result or the error: how a client shows progress on a file of millions of records.
 */
export type ImportProgressLine =
  { progress: { entities: number; relations: number } } | { done: ImportResponse } | { error: ErrorResponse };
