// The API's reads over a store's primitives, run in the thread that calls them: the server's own for PostgreSQL
// (whose work is in the database) and for a SQLite store in memory, a reader thread's for a SQLite file.
import type { GraphReads, GraphStore } from '../store/types';
import { expand } from './expand';
import { shortestPaths } from './paths';
import { searchEntities } from './search';

export function inThreadReads(store: GraphStore): GraphReads {
  return {
    search: (inv, query, limit, offset) => searchEntities(store, inv, query, limit, offset),
    expand: (inv, request) => expand(store, inv, request),
    paths: (inv, query) => shortestPaths(store, inv, query),
    close: async () => {},
  };
}
