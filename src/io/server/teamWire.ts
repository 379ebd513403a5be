// The team side of the graph server's API as types: accounts, sessions, roles, the operations an editor sends, the
// versions that guard them, live changes and the history. Shared by the server (server/team, server/routes) and the
// app, like wire.ts.
import type { Entity, Relation, Source } from '../../model/schema';
import type { DatasetHead } from './wire';

export type Role = 'reader' | 'editor' | 'owner';
export const ROLES: readonly Role[] = ['reader', 'editor', 'owner'];

/** GET /api/session: who is signed in (null: nobody), and the token cookie-authenticated writes must carry. */
export interface SessionResponse {
  user: { username: string; admin: boolean } | null;
  /** Sent back in the `x-csrf-token` header of every write made with the session cookie. */
  csrf?: string;
  /** Signed in with the one-time token from the first start: a password must be chosen before anything else. */
  mustSetPassword?: boolean;
}

export interface SignInRequest {
  username: string;
  password: string;
}

/** The header a cookie-authenticated write carries: a page on another site cannot read the session to send it. */
export const CSRF_HEADER = 'x-csrf-token';

export interface Member {
  username: string;
  role: Role;
}

/** GET /api/investigations/:id/access */
export interface AccessResponse {
  /** The asker's own role (null: none, reading a public investigation). */
  role: Role | null;
  public: boolean;
  /** Listed for owners only. */
  members?: Member[];
}

/** A record of one of the dataset's lists, or its head (title, description, vocabulary, views…) as one record. */
export type RecordKind = 'source' | 'entity' | 'relation' | 'head';
/** The head's id: there is one per investigation. */
export const HEAD_ID = 'head';
export type TeamRecord = Source | Entity | Relation | DatasetHead;
/** A record of one of the lists (every kind but the head). */
export type ListRecord = Source | Entity | Relation;

/**
 * One change to one record. `base` is the version the editor's change was made from (0: the record as imported, or
 * new); the server refuses the whole batch when any record has moved on since (409), so nothing is overwritten.
 * `record: null` deletes it.
 */
export interface Operation {
  kind: RecordKind;
  id: string;
  base: number;
  record: TeamRecord | null;
}

/** POST /api/investigations/:id/operations: one user action, applied whole or not at all. */
export interface OperationsRequest {
  ops: Operation[];
  /** What the user did, in their words' form ("Edited Maduro."): shown in the history and the activity list. */
  message: string;
  /** Set by the client for a replayed batch (offline queue): the server applies a batch id once only. */
  batch?: string;
}

export interface RecordVersion {
  kind: RecordKind;
  id: string;
  version: number;
}

export interface OperationsResponse {
  seq: number;
  versions: RecordVersion[];
}

/** The body of a 409: each record that moved on, as it is now on the server (null: deleted there). */
export interface ConflictResponse {
  error: 'conflict';
  message: string;
  conflicts: { kind: RecordKind; id: string; version: number; record: TeamRecord | null; by: string | null }[];
}

/** GET /api/investigations/:id/versions: every record whose version is above 0, and the latest change. */
export interface VersionsResponse {
  seq: number;
  versions: RecordVersion[];
}

/** One accepted batch, as the live stream sends it and the activity list shows it. */
export interface ChangeEvent {
  seq: number;
  /** The batch id its sender gave (null: none): a tab knows its own changes coming back by it. */
  batch: string | null;
  by: string;
  at: string;
  message: string;
  /** Each record after the change (null: deleted), with its new version. */
  records: { kind: RecordKind; id: string; version: number; record: TeamRecord | null }[];
}

/** One record's change in its history: before and after. */
export interface HistoryItem {
  seq: number;
  by: string;
  at: string;
  message: string;
  kind: RecordKind;
  id: string;
  version: number;
  before: TeamRecord | null;
  after: TeamRecord | null;
}

export interface HistoryResponse {
  items: HistoryItem[];
  limit: number;
  offset: number;
}

export const HISTORY_LIMIT_MAX = 200;
export const OPERATIONS_MAX = 5000;
/** Investigations above this size are explored search-first and not edited through the server. */
export const TEAM_EDIT_MAX_RECORDS = 150_000;
