// Turns the benchmark's results into one markdown table per graph: each figure for the app and the two
// reference pages, and the ratio ours/reference (below 1 means we are faster or smaller).
import type { Figures, PageKind } from './measure';
import type { BenchGraph } from './run';

export interface Report {
  date: string;
  quick: boolean;
  machine: string;
  durationS: number;
  /** Pan and zoom on a page that draws one rectangle per input: the lowest figures this machine can show. */
  floor?: Figures;
  results: { graph: BenchGraph; page: PageKind; figures: Figures }[];
}

export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: with few samples p95 is the largest, never an interpolation between samples.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

type Row = [label: string, pick: (f: Figures) => number | string | undefined];
const ROWS: Row[] = [
  ['load → model built (ms)', (f) => f.modelMs],
  ['first drawn frame (ms)', (f) => f.firstFrameMs],
  ['longest task during load (ms)', (f) => f.loadLongestTaskMs],
  ['JS heap after load (MB)', (f) => f.heapMB],
  ['filter hide, click → frame p50 (ms)', (f) => percentile(f.filterHide ?? [], 50)],
  ['filter hide p95 (ms)', (f) => percentile(f.filterHide ?? [], 95)],
  ['filter show p50 (ms)', (f) => percentile(f.filterShow ?? [], 50)],
  ['filter show p95 (ms)', (f) => percentile(f.filterShow ?? [], 95)],
  ['pan frame p50 (ms)', (f) => percentile(f.pan ?? [], 50)],
  ['pan frame p95 (ms)', (f) => percentile(f.pan ?? [], 95)],
  ['pan: frames drawn / steps', (f) => (f.pan ? `${f.panFrames ?? '?'} / ${f.pan.length}` : undefined)],
  ['zoom frame p50 (ms)', (f) => percentile(f.zoom ?? [], 50)],
  ['zoom frame p95 (ms)', (f) => percentile(f.zoom ?? [], 95)],
  ['PNG export 2x (ms)', (f) => f.exportMs],
  ['longest task during PNG export (ms)', (f) => f.exportLongestTaskMs],
  ['force layout (ms)', (f) => f.layoutMs],
  ['longest task during layout (ms)', (f) => f.layoutLongestTaskMs],
];

const show = (v: number | string | undefined) =>
  v === undefined ? '–' : typeof v === 'number' ? String(Math.round(v)) : v;
function ratio(a: number | string | undefined, b: number | string | undefined): string {
  if (typeof a !== 'number' || typeof b !== 'number' || b === 0) return '–';
  return (a / b).toFixed(a / b < 0.1 ? 3 : 2);
}

export function renderMarkdown(report: Report): string {
  const lines = [
    `# Benchmark ${report.quick ? '(quick) ' : ''}— ${report.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${report.machine}. Run took ${report.durationS} s.`,
    '',
  ];
  const floor = report.floor;
  if (floor?.pan?.length && floor.zoom?.length) {
    const pair = (values: number[]) => `${show(percentile(values, 50))} / ${show(percentile(values, 95))} ms`;
    lines.push(
      `Floor (input → drawn frame on a page that draws one rectangle per input; no renderer can do better here): ` +
        `pan p50 / p95 ${pair(floor.pan)}, zoom p50 / p95 ${pair(floor.zoom)}.`,
      '',
    );
  }
  const graphs = [...new Set(report.results.map((r) => r.graph.name))];
  for (const name of graphs) {
    const of = (page: PageKind) => report.results.find((r) => r.graph.name === name && r.page === page)?.figures;
    const graph = report.results.find((r) => r.graph.name === name)!.graph;
    const ours = of('app');
    const cy = of('cytoscape');
    const sigma = of('sigma');
    lines.push(`## ${name} (${graph.nodes} nodes, ${graph.edges} edges)`, '');
    for (const [page, f] of [
      ['ours', ours],
      ['cytoscape', cy],
      ['sigma', sigma],
    ] as const)
      if (f?.error) lines.push(`- ${page}: error: ${f.error}`);
    lines.push(
      '| figure | ours | cytoscape default | ours/cy | sigma v3 | ours/sigma |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const [label, pick] of ROWS) {
      const [a, b, c] = [ours, cy, sigma].map((f) => (f ? pick(f) : undefined));
      if (a === undefined && b === undefined && c === undefined) continue;
      lines.push(`| ${label} | ${show(a)} | ${show(b)} | ${ratio(a, b)} | ${show(c)} | ${ratio(a, c)} |`);
    }
    const notes = [...new Set([ours, cy, sigma].flatMap((f) => f?.notes ?? []))];
    const loads = (
      [
        ['ours', ours],
        ['cytoscape', cy],
        ['sigma', sigma],
      ] as const
    ).filter(([, f]) => (f?.firstFrameRuns?.length ?? 0) > 1);
    if (loads.length)
      notes.unshift(
        `first drawn frame: median of ${loads.map(([page, f]) => `${page} ${f!.firstFrameRuns!.map(show).join(' / ')}`).join('; ')} ms (one cold load each)`,
      );
    if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
    lines.push('');
  }
  return lines.join('\n');
}
