// Types for ensure-postgres.mjs, which the PostgreSQL test clusters import to find the server programs.
export const DEBIAN_PACKAGES: string[];
export const PROGRAMS: string[];
export const INSTALL_HINT: string;
export interface FoundPostgres {
  bindir?: string;
  version?: string;
  problems?: string[];
}
export function findPostgres(): FoundPostgres;
export function ensurePostgres(options?: { install?: boolean }): { bindir: string; version: string };
