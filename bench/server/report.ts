// The server bench's tables: per graph size, each figure for SQLite, PostgreSQL and graphology in memory side by
// side, with the issue's goals and a pass/miss mark; then how each query's time changes from the small store to the big.
import { QUERY_KINDS, type QueryKind, type Samples } from './measure';
import type { ReferenceFigures } from './reference';
import { STORE_TITLES, type StoreName } from './stores';

export const CONCURRENCY = [1, 20] as const;
export type Concurrency = (typeof CONCURRENCY)[number];

export interface StoreFigures {
  store: StoreName;
  description?: string;
  importMs?: number;
  storeBytes?: number;
  memory: {
    afterImportMB?: number;
    afterQueriesMB?: number;
    peakMB?: number;
    storeAfterImportMB?: number;
    storeAfterQueriesMB?: number;
  };
  figures: Partial<Record<QueryKind, Partial<Record<Concurrency, Samples>>>>;
  error?: string;
}

export interface SizeRun {
  entities: number;
  relations: number;
  fileBytes: number;
  stores: StoreFigures[];
  reference?: ReferenceFigures;
}

export interface ServerReport {
  date: string;
  machine: string;
  load: string;
  quick: boolean;
  durationS: number;
  runs: SizeRun[];
}

export const GOALS = { queryP95Ms: 50, pathP95Ms: 500, importPerS: 100_000, growth: 1.5 };
const goalOf = (kind: QueryKind) =>
  kind === 'shortest path' ? GOALS.pathP95Ms : kind === 'two steps out' ? undefined : GOALS.queryP95Ms;

export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: never an interpolation between samples.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const number = (v: number | undefined, digits = 0) =>
  v === undefined || !Number.isFinite(v)
    ? '–'
    : v.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (v: number | undefined) => number(v, v !== undefined && v < 10 ? 1 : 0);
const mark = (value: number | undefined, ok: (v: number) => boolean) =>
  value === undefined ? '' : ok(value) ? ' ✓' : ' ✗';
const mb = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / 2 ** 20);

type Cell = (s: StoreFigures) => string;
type RefCell = (r: ReferenceFigures) => string;

function queryRows(kind: QueryKind): [string, string, Cell, RefCell][] {
  const goal = goalOf(kind);
  const of = (s: StoreFigures, c: Concurrency) => s.figures[kind]?.[c];
  const ref = (r: ReferenceFigures) => r.figures[kind];
  const p = (samples: Samples | undefined, q: number) => percentile(samples?.ms ?? [], q);
  const rows: [string, string, Cell, RefCell][] = [];
  for (const c of CONCURRENCY) {
    const who = c === 1 ? '1 client' : `${c} clients`;
    const memory = c === 1;
    rows.push(
      [`${kind}, ${who}: p50 (ms)`, '', (s) => ms(p(of(s, c), 50)), (r) => (memory ? ms(p(ref(r), 50)) : '')],
      [
        `${kind}, ${who}: p95 (ms)`,
        goal ? `≤ ${goal}` : '',
        (s) => {
          const v = p(of(s, c), 95);
          return ms(v) + (goal ? mark(v, (x) => x <= goal) : '');
        },
        (r) => (memory ? ms(p(ref(r), 95)) : ''),
      ],
    );
    if (c !== 1)
      rows.push([
        `${kind}, ${who}: requests/s`,
        '',
        (s) => {
          const samples = of(s, c);
          const rate = samples ? (samples.ms.length / samples.wallMs) * 1000 : undefined;
          return number(rate, rate !== undefined && rate < 10 ? 1 : 0);
        },
        () => '',
      ]);
  }
  const returned = (samples: Samples | undefined) => number(percentile(samples?.returned ?? [], 50));
  const extra = (samples: Samples | undefined) =>
    samples?.found !== undefined ? `, ${samples.found}/${samples.ms.length} found` : '';
  const errors = (samples: Samples | undefined) => (samples?.errors ? `, ${samples.errors} errors` : '');
  const cut = (samples: Samples | undefined, who: string) => {
    const sent = samples ? samples.ms.length + samples.errors : 0;
    return samples && sent < samples.asked ? `, ${who}: ${sent} of ${samples.asked} sent (time budget)` : '';
  };
  rows.push([
    `${kind}: returned p50 (${kind === 'shortest path' ? 'entities on the path' : 'entities'})`,
    '',
    (s) =>
      returned(of(s, 1)) +
      extra(of(s, 1)) +
      errors(of(s, 1)) +
      errors(of(s, 20)) +
      cut(of(s, 1), '1 client') +
      cut(of(s, 20), '20 clients'),
    (r) => returned(ref(r)) + extra(ref(r)) + cut(ref(r), 'sent'),
  ]);
  return rows;
}

function sizeTable(run: SizeRun): string[] {
  const stores = run.stores;
  const reference = run.reference;
  const rows: [string, string, Cell, RefCell][] = [
    [
      'import (relations/s)',
      `≥ ${number(GOALS.importPerS)} (SQLite)`,
      (s) => {
        const rate = s.importMs ? run.relations / (s.importMs / 1000) : undefined;
        return number(rate) + (s.store === 'sqlite' ? mark(rate, (v) => v >= GOALS.importPerS) : '');
      },
      (r) => `${number(r.relations / (r.buildMs / 1000))} (file → graph + index)`,
    ],
    [
      'import, whole file (s)',
      '',
      (s) => number(s.importMs && s.importMs / 1000, 1),
      (r) => number(r.buildMs / 1000, 1),
    ],
    ['store on disk (MB)', '', (s) => number(mb(s.storeBytes)), (r) => `${number(r.heapMB)} (JS heap)`],
    ['server memory after import (MB RSS)', '', (s) => number(s.memory.afterImportMB), (r) => number(r.rssMB)],
    ['server memory after queries (MB RSS)', '', (s) => number(s.memory.afterQueriesMB), () => ''],
    ['server memory, peak (MB RSS)', '', (s) => number(s.memory.peakMB), () => ''],
    [
      "store's own processes after import / queries (MB PSS)",
      '',
      (s) =>
        s.store === 'sqlite'
          ? 'in the server'
          : `${number(s.memory.storeAfterImportMB)} / ${number(s.memory.storeAfterQueriesMB)}`,
      () => '',
    ],
    ...QUERY_KINDS.flatMap(queryRows),
  ];
  const refTitle = reference ? ['graphology in memory'] : [];
  const lines = [
    `## ${number(run.entities)} entities, ${number(run.relations)} relations (NDJSON ${number(mb(run.fileBytes))} MB)`,
    '',
    `| figure | goal | ${[...stores.map((s) => STORE_TITLES[s.store]), ...refTitle].join(' | ')} |`,
    `| --- | --- | ${[...stores, ...refTitle].map(() => '---:').join(' | ')} |`,
  ];
  for (const [label, goal, cell, refCell] of rows)
    lines.push(
      `| ${label} | ${goal} | ${[...stores.map(cell), ...(reference ? [refCell(reference)] : [])].join(' | ')} |`,
    );
  lines.push('');
  for (const s of stores) if (s.description) lines.push(`- ${STORE_TITLES[s.store]}: ${s.description}.`);
  for (const s of stores) if (s.error) lines.push(`- ${STORE_TITLES[s.store]} failed: ${s.error.split('\n')[0]}`);
  if (reference?.error) lines.push(`- graphology failed: ${reference.error.split('\n').slice(-1)[0]}`);
  lines.push('');
  return lines;
}

/** How each query's p50 at one client changes from the smallest size to the largest: it should stay flat. */
function growthTable(runs: SizeRun[]): string[] {
  if (runs.length < 2) return [];
  const small = runs[0]!;
  const big = runs[runs.length - 1]!;
  const stores = big.stores.map((s) => s.store).filter((name) => small.stores.some((s) => s.store === name));
  const p50 = (run: SizeRun, store: StoreName, kind: QueryKind) =>
    percentile(run.stores.find((s) => s.store === store)?.figures[kind]?.[1]?.ms ?? [], 50);
  const lines = [
    `## Growth with the store's size: ${number(small.entities)} → ${number(big.entities)} entities (p50, 1 client)`,
    '',
    `Goal: no query's time grows with the store's size, only with what it returns (✓: ratio ≤ ${GOALS.growth}).`,
    '',
    `| query | ${stores.map((s) => `${STORE_TITLES[s]} small | big | ratio`).join(' | ')} |`,
    `| --- | ${stores.map(() => '---: | ---: | ---:').join(' | ')} |`,
  ];
  for (const kind of QUERY_KINDS) {
    const cells = stores.map((store) => {
      const [a, b] = [p50(small, store, kind), p50(big, store, kind)];
      const ratio = a && b !== undefined ? b / a : undefined;
      return `${ms(a)} | ${ms(b)} | ${number(ratio, 2)}${mark(ratio, (r) => r <= GOALS.growth)}`;
    });
    lines.push(`| ${kind} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  return lines;
}

export function renderServerReport(report: ServerReport): string {
  return [
    `# Server bench ${report.quick ? '(quick) ' : ''}— ${report.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${report.machine}. Load average ${report.load}. Run took ${report.durationS} s.`,
    '',
    ...report.runs.flatMap(sizeTable),
    ...growthTable(report.runs),
  ].join('\n');
}
