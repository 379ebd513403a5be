// The query set run against one target (a server's API, or graphology in memory) by 1 or more concurrent clients:
// each request's time, what it returned, and the wall time of the whole run (so requests per second).
import type { QuerySet } from './queries';

/** One answer: how long it took, how many entities or paths it returned, and its size on the wire (0 in memory). */
export interface Answer {
  ms: number;
  returned: number;
  bytes: number;
}

export interface QueryTarget {
  search(q: string, limit: number): Promise<Answer>;
  /** `ids` the neighbours of the answer, for a second step. */
  expand(ids: string[], limit: number, order?: 'most' | 'least'): Promise<Answer & { ids: string[] }>;
  path(from: string, to: string): Promise<Answer & { found: boolean }>;
}

export const QUERY_KINDS = [
  'search',
  'expand typical',
  'expand supernode (100)',
  'expand supernode (counts)',
  'two steps out',
  'shortest path',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface Samples {
  /** Requests asked for; fewer were sent when the kind ran out of its time budget. */
  asked: number;
  ms: number[];
  returned: number[];
  bytes: number[];
  wallMs: number;
  errors: number;
  firstError?: string;
  /** Paths only: how many pairs were joined. */
  found?: number;
}

export const SEARCH_LIMIT = 20;
export const EXPAND_CAP = 100;
/** The first step of "two steps out" keeps this many neighbours; the second expands them all at once. */
export const FIRST_STEP = 50;

type Task = () => Promise<Answer & { found?: boolean }>;

/** The requests of one kind: `count` of them, cycling through the query set. */
function tasks(target: QueryTarget, set: QuerySet, kind: QueryKind, count: number): Task[] {
  const at = <T>(list: readonly T[], i: number) => list[i % list.length]!;
  return Array.from({ length: count }, (_, i): Task => {
    switch (kind) {
      case 'search':
        return () => target.search(at(set.search, i), SEARCH_LIMIT);
      case 'expand typical':
        return () => target.expand([at(set.typical, i)], EXPAND_CAP);
      case 'expand supernode (100)':
        return () => target.expand([at(set.supernodes, i).id], EXPAND_CAP, 'most');
      case 'expand supernode (counts)':
        return () => target.expand([at(set.supernodes, i).id], 0);
      case 'two steps out':
        return async () => {
          const first = await target.expand([at(set.typical, i)], FIRST_STEP);
          if (first.ids.length === 0) return first;
          const second = await target.expand(first.ids, EXPAND_CAP);
          return {
            ms: first.ms + second.ms,
            returned: first.returned + second.returned,
            bytes: first.bytes + second.bytes,
          };
        };
      case 'shortest path':
        return () => target.path(...at(set.pairs, i));
    }
  });
}

/** A kind's requests stop being sent after this long (at least MIN_SAMPLES are sent), so a slow store ends its run. */
export const BUDGET_MS = 60_000;
const MIN_SAMPLES = 5;

/**
 * Runs `count` requests of a kind with `concurrency` clients, each taking the next request when its last is done,
 * until they are all sent or the budget is spent.
 */
export async function measure(
  target: QueryTarget,
  set: QuerySet,
  kind: QueryKind,
  count: number,
  concurrency: number,
  budgetMs = BUDGET_MS,
): Promise<Samples> {
  const list = tasks(target, set, kind, count);
  const samples: Samples = { asked: count, ms: [], returned: [], bytes: [], wallMs: 0, errors: 0 };
  if (kind === 'shortest path') samples.found = 0;
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < list.length && (next < MIN_SAMPLES || performance.now() - started < budgetMs)) {
      const task = list[next++]!;
      try {
        const answer = await task();
        samples.ms.push(answer.ms);
        samples.returned.push(answer.returned);
        samples.bytes.push(answer.bytes);
        if (answer.found) samples.found!++;
      } catch (error) {
        samples.errors++;
        samples.firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  samples.wallMs = performance.now() - started;
  return samples;
}

/** The server's API as a query target. */
export function apiTarget(api: {
  search: (q: string, limit: number) => Promise<{ ms: number; bytes: number; body: { items: unknown[] } }>;
  expand: (r: {
    ids: string[];
    limit: number;
    order?: 'most' | 'least';
  }) => Promise<{ ms: number; bytes: number; body: { entities: { id: string }[] } }>;
  paths: (
    from: string,
    to: string,
  ) => Promise<{ ms: number; bytes: number; body: { found: boolean; paths: { entities: string[] }[] } }>;
}): QueryTarget {
  return {
    async search(q, limit) {
      const { ms, bytes, body } = await api.search(q, limit);
      return { ms, bytes, returned: body.items.length };
    },
    async expand(ids, limit, order) {
      const { ms, bytes, body } = await api.expand(order ? { ids, limit, order } : { ids, limit });
      return { ms, bytes, returned: body.entities.length, ids: body.entities.map((e) => e.id) };
    },
    async path(from, to) {
      const { ms, bytes, body } = await api.paths(from, to);
      return { ms, bytes, returned: body.paths[0]?.entities.length ?? 0, found: body.found };
    },
  };
}
