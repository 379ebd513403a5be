// The figures of `npm run bench:team`, one column per store, as the table printed and kept in bench/results.
import { percentile } from '../server/report';
import { STORE_TITLES, type StoreName } from '../server/stores';
import type { LoadSettings } from './load';
import type { Verification } from './verify';

export interface Spread {
  count: number;
  p50?: number;
  p95?: number;
  max?: number;
}

export const spread = (values: readonly number[]): Spread => {
  const finite = values.filter(Number.isFinite);
  return {
    count: finite.length,
    p50: percentile(finite, 50),
    p95: percentile(finite, 95),
    max: finite.length ? Math.max(...finite) : undefined,
  };
};

export interface StoreRun {
  store: StoreName;
  description?: string;
  error?: string;
  /** Edits scheduled, and edits saved per second over the run's wall time. */
  planned?: number;
  rate?: number;
  requests?: number;
  accepted?: number;
  /** Of the accepted: saved on the retry, combined with the server's record. */
  combined?: number;
  conflicts?: number;
  gaveUp?: number;
  clientErrors?: number;
  serverErrors?: number;
  noAnswer?: number;
  errorSamples?: string[];
  writeMs?: Spread;
  deliveryFromSendMs?: Spread;
  deliveryAfterAnswerMs?: Spread;
  missedDeliveries?: number;
  duplicateDeliveries?: number;
  outOfOrder?: number;
  streamErrors?: string[];
  catchUpMs?: number;
  verification?: Verification;
  benchLoopP99Ms?: number;
  serverPeakMB?: number;
  load?: string;
}

export interface TeamReport {
  date: string;
  machine: string;
  editors: number;
  settings: LoadSettings;
  durationS: number;
  runs: StoreRun[];
}

const number = (v: number | undefined, digits = 0) =>
  v === undefined || !Number.isFinite(v)
    ? '–'
    : v.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (v: number | undefined) => number(v, v !== undefined && Math.abs(v) < 10 ? 1 : 0);
const spreadText = (s: Spread | undefined) => (s ? `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.max)}` : '–');
const zero = (v: number | undefined) => (v === undefined ? '–' : `${number(v)}${v === 0 ? ' ✓' : ' ✗'}`);

type Row = [string, (run: StoreRun) => string, string];

const ROWS: Row[] = [
  ['edits planned / saved a second', (r) => `${number(r.planned)} / ${number(r.rate, 1)}`, ''],
  ['operation requests sent', (r) => number(r.requests), ''],
  ['writes accepted (of them combined after a conflict)', (r) => `${number(r.accepted)} (${number(r.combined)})`, ''],
  ['conflicts (409) / given up after the retry', (r) => `${number(r.conflicts)} / ${number(r.gaveUp)}`, ''],
  ['server errors (5xx)', (r) => zero(r.serverErrors), 'none'],
  ['other refusals (4xx but 409) / no answer', (r) => `${number(r.clientErrors)} / ${number(r.noAnswer)}`, 'none'],
  ['write latency p50 / p95 / max (ms)', (r) => spreadText(r.writeMs), ''],
  ['delivery to the other clients, from the send: p50 / p95 / max (ms)', (r) => spreadText(r.deliveryFromSendMs), ''],
  ['… after the write was answered: p50 / p95 / max (ms)', (r) => spreadText(r.deliveryAfterAnswerMs), ''],
  [
    'deliveries (write × other client) / missed',
    (r) => `${number(r.deliveryFromSendMs?.count)} / ${zero(r.missedDeliveries)}`,
    'none missed',
  ],
  ['events twice / out of order', (r) => `${number(r.duplicateDeliveries)} / ${number(r.outOfOrder)}`, ''],
  ['every stream up to date, after the last answer (ms)', (r) => ms(r.catchUpMs), ''],
  [
    'records checked / edited',
    (r) => `${number(r.verification?.recordsChecked)} / ${number(r.verification?.recordsEdited)}`,
    '',
  ],
  ['lost writes (accepted edit missing from the final state)', (r) => zero(r.verification?.lostWrites), '0'],
  ['final state ≠ last accepted edit', (r) => zero(r.verification?.mismatched), '0'],
  [
    'versions accepted twice / unaccounted / server version ≠ log',
    (r) =>
      r.verification
        ? `${r.verification.doubleVersions} / ${r.verification.unaccountedVersions} / ${r.verification.versionMismatches}`
        : '–',
    '0 / 0 / 0',
  ],
  ['untouched records changed', (r) => zero(r.verification?.changedUntouched), '0'],
  ['server memory, peak (MB)', (r) => number(r.serverPeakMB), ''],
  ['bench event-loop delay p99 (ms)', (r) => ms(r.benchLoopP99Ms), ''],
  ['load average (1 min) at start / end', (r) => r.load ?? '–', ''],
];

export function renderTeamReport(report: TeamReport): string {
  const s = report.settings;
  const lines = [
    `# Team load, ${report.date}`,
    '',
    `${report.editors} editors, ${s.rate} edits a second in all, for ${s.seconds} s; ${Math.round(s.hotShare * 100)}% of ` +
      `edits on ${s.hot} records, ${s.thinkMs[0] / 1000}–${s.thinkMs[1] / 1000} s between opening a record and saving ` +
      `it; seed ${s.seed}. ${report.machine}. Whole run ${report.durationS} s.`,
    '',
    `| figure | ${report.runs.map((r) => STORE_TITLES[r.store]).join(' | ')} | goal |`,
    `| --- | ${report.runs.map(() => '---:').join(' | ')} | --- |`,
    ...ROWS.map(([name, value, goal]) => `| ${name} | ${report.runs.map(value).join(' | ')} | ${goal} |`),
    '',
  ];
  for (const run of report.runs) {
    const notes = [
      run.description,
      run.error && `Failed: ${run.error}`,
      ...(run.errorSamples ?? []).map((e) => `Refused: ${e}`),
      ...(run.streamErrors ?? []).map((e) => `Stream: ${e}`),
      ...(run.verification?.problems ?? []).map((p) => `Check: ${p}`),
    ].filter(Boolean);
    if (notes.length) lines.push(`${STORE_TITLES[run.store]}:`, '', ...notes.map((n) => `- ${n}`), '');
  }
  return lines.join('\n');
}
