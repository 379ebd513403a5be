// Turns the benchmark's results into one markdown table per graph: each figure for the app and the two
// reference pages, and the ratio ours/reference (below 1 means we are faster or smaller).
import { SAMPLES, type Figures, type PageKind, type PngExport } from './measure';
import type { Extent } from './reference/common';
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

/** A figure's value for one page, and how many samples it was made from (when it was sampled). */
type Row = [label: string, pick: (f: Figures) => number | string | undefined, samples?: (f: Figures) => number];

/** p50 and p95 of one sampled figure; a p95 of fewer than SAMPLES samples is left out (it would be their largest). */
function percentileRows(label: string, unit: string, values: (f: Figures) => number[] | undefined): Row[] {
  const count = (f: Figures) => values(f)?.length ?? 0;
  return [
    [`${label} p50 (${unit})`, (f) => percentile(values(f) ?? [], 50), count],
    [`${label} p95 (${unit})`, (f) => (count(f) >= SAMPLES ? percentile(values(f) ?? [], 95) : undefined), count],
  ];
}

const EXTENTS: [Extent, string][] = [
  ['graph', 'whole graph'],
  ['view', 'current view'],
];
const exportRows = EXTENTS.flatMap(([extent, name]): Row[] => {
  const of = (f: Figures) => f.exports?.[extent];
  return [
    [
      `PNG 2x, ${name}: image (px, MB)`,
      (f) => {
        const png = of(f);
        return png && `${png.width}×${png.height}, ${(png.bytes / 2 ** 20).toFixed(1)}`;
      },
    ],
    ...percentileRows(`PNG 2x, ${name}, click → image`, 'ms', (f) => of(f)?.ms),
    [
      `longest task during ${name} export, p50 (ms)`,
      (f) => percentile(of(f)?.longestTaskMs ?? [], 50),
      (f) => of(f)?.longestTaskMs.length ?? 0,
    ],
  ];
});

const ROWS: Row[] = [
  ['load → model built (ms)', (f) => f.modelMs],
  ['first drawn frame (ms)', (f) => f.firstFrameMs, (f) => f.firstFrameRuns?.length ?? 1],
  ["model's frame, after a preview (ms)", (f) => f.modelFrameMs],
  ['longest task during load (ms)', (f) => f.loadLongestTaskMs],
  ['JS heap after load (MB)', (f) => f.heapMB],
  ...percentileRows('filter hide, click → frame', 'ms', (f) => f.filterHide),
  ...percentileRows('filter show, click → frame', 'ms', (f) => f.filterShow),
  ['longest task during filters (ms)', (f) => f.filterLongestTaskMs],
  ['search, typed → matches listed, p50 (ms)', (f) => percentile(f.search ?? [], 50), (f) => f.search?.length ?? 0],
  ['longest task during search (ms)', (f) => f.searchLongestTaskMs],
  ...percentileRows('pan frame', 'ms', (f) => f.pan),
  ['pan: frames drawn / steps', (f) => (f.pan ? `${f.panFrames ?? '?'} / ${f.pan.length}` : undefined)],
  ...percentileRows('zoom frame', 'ms', (f) => f.zoom),
  ...exportRows,
  ['force layout (ms)', (f) => f.layoutMs],
  ['longest task during layout (ms)', (f) => f.layoutLongestTaskMs],
];

const pixels = (png: PngExport | undefined) => (png ? `${((png.width * png.height) / 1e6).toFixed(1)} Mpx` : '?');
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
      '| figure | ours | cytoscape default | ours/cy | sigma v3 | ours/sigma | samples (ours / cy / sigma) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const [label, pick, samples] of ROWS) {
      const [a, b, c] = [ours, cy, sigma].map((f) => (f ? pick(f) : undefined));
      if (a === undefined && b === undefined && c === undefined) continue;
      const counts = samples ? [ours, cy, sigma].map((f) => (f && samples(f)) || '–').join(' / ') : '';
      lines.push(`| ${label} | ${show(a)} | ${show(b)} | ${ratio(a, b)} | ${show(c)} | ${ratio(a, c)} | ${counts} |`);
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
    const wholeGraph = percentile(ours?.exports?.graph?.ms ?? [], 50);
    const sigmaView = percentile(sigma?.exports?.view?.ms ?? [], 50);
    if (wholeGraph !== undefined && sigmaView !== undefined)
      notes.push(
        `PNG 2x: our whole graph p50 / sigma's view p50 (its only image export, of ${pixels(sigma?.exports?.view)} ` +
          `against our ${pixels(ours?.exports?.graph)}): ${ratio(wholeGraph, sigmaView)}`,
      );
    if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
    lines.push('');
  }
  return lines.join('\n');
}
