// `npm run bench [-- --quick] [--no-build] [--sizes=1000,10000] [--pages=app,cytoscape,sigma] [--no-metrics]
//  [--no-paths | --paths-only] [--brush=50000 | --no-brush | --brush-only] [--no-lint | --lint-only]
//  [--table=50000 | --no-table | --table-only] [--edit=10000,50000 | --no-edit | --edit-only] [--no-layout] [--no-export]`
// Drives Chromium over the production build and two reference pages (plain cytoscape, sigma v3) on the same
// graphs, and writes bench/results/<stamp>.{md,json} (and latest.*). See bench/README.md for what each figure means.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { writeSyntheticGraphs } from './generate';
import { startServer } from './server';
import { parseGraphFile, writeCytoscapeJson } from '../src/io/formats';
import { measureFloor, measureLoad, measurePage, type PageKind, type Figures } from './measure';
import { renderMarkdown } from './report';
import { measureMetrics, renderMetrics } from './metrics';
import { measureBrush, renderBrush, type BrushFigures } from './brush';
import { measureEdits, renderEdits, type EditFigures } from './edit';
import { measurePaths, renderPaths } from './paths';
import { measurePathsInPage, renderPathsInPage, type PathPageFigures } from './pathsInPage';
import { sharedDir } from '../scripts/sharedDir';
import { measureLint, renderLint, type LintFigures } from './lint';
import { measureTable, renderTable, type TableFigures } from './table';
import { hasFlag, option } from './args';

const root = resolve(import.meta.dirname, '..');
const quick = hasFlag('quick');
const sizes = (option('sizes') ?? (quick ? '1000,10000' : '1000,5000,10000,50000')).split(',').map(Number);
const pages = (option('pages') ?? 'app,cytoscape,sigma').split(',') as PageKind[];
const withSamples = !quick && !hasFlag('no-samples');
// The time brush runs at 50k (issue 13) unless told otherwise; --brush-only skips everything else.
// The evidence lint on 50,000 generated relations, in its worker (issue 19); --lint-only skips everything else.
const lintOnly = hasFlag('lint-only');
// Editing one entity (issue 19) at 10k and 50k; --edit-only skips everything else.
const editOnly = hasFlag('edit-only');
const tableOnly = hasFlag('table-only');
const brushOnly = hasFlag('brush-only') || lintOnly || editOnly || tableOnly;
// Path to… (issue 11) in Node and in the page at the run's biggest size; --paths-only skips everything else.
const pathsOnly = hasFlag('paths-only') || lintOnly || editOnly || tableOnly;
const withPaths = !hasFlag('no-paths') && !brushOnly;
const withLint =
  !hasFlag('no-lint') && (lintOnly || (!hasFlag('brush-only') && !hasFlag('paths-only') && !editOnly && !tableOnly));
const editSizes =
  hasFlag('no-edit') || lintOnly || tableOnly || hasFlag('brush-only') || hasFlag('paths-only')
    ? []
    : (option('edit') ?? (quick ? '10000' : '10000,50000')).split(',').map(Number);
// The data table (issue 19) scrolls 50k rows unless told otherwise.
const tableSize =
  hasFlag('no-table') || lintOnly || editOnly || hasFlag('brush-only') || hasFlag('paths-only')
    ? null
    : Number(option('table') ?? 50_000);
const brushSize = hasFlag('no-brush') || pathsOnly ? null : Number(option('brush') ?? 50_000);
const brushPages = pages.filter((p) => p !== 'cytoscape');
// The force layout on each page's graph; --no-layout skips it (at 200k and more it only runs into its budget).
const withLayout = !hasFlag('no-layout');
// PNG exports of each graph; --no-export skips them.
const withExport = !hasFlag('no-export');

function run(command: string, commandArgs: string[]): void {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

export interface BenchGraph {
  name: string;
  /** The file the app opens (any format it reads) and the Cytoscape JSON the reference pages open. */
  appFile: string;
  refFile: string;
  nodes: number;
  edges: number;
  filterable: boolean;
}

function prepareGraphs(dataDir: string): BenchGraph[] {
  const graphs: BenchGraph[] = writeSyntheticGraphs(dataDir, sizes).map((file, i) => ({
    name: `synthetic ${sizes[i]! / 1000}k`,
    appFile: file,
    refFile: file,
    nodes: sizes[i]!,
    edges: 2 * sizes[i]!,
    filterable: true,
  }));
  const samples = sharedDir('samples', process.env.SAMPLES_DIR);
  if (withSamples && existsSync(samples)) {
    for (const file of ['les_miserables.gexf', 'miserables.graphml', 'cytoscape-cose-demo.json']) {
      const path = join(samples, file);
      if (!existsSync(path)) continue;
      const text = readFileSync(path, 'utf8');
      const parsed = parseGraphFile(text, file);
      writeFileSync(join(dataDir, file), text);
      const refFile = `ref-${file}.json`;
      writeFileSync(join(dataDir, refFile), writeCytoscapeJson(parsed));
      graphs.push({
        name: file,
        appFile: file,
        refFile,
        nodes: parsed.nodes.length,
        edges: parsed.edges.length,
        filterable: false,
      });
    }
  }
  return graphs;
}

/**
 * One load's first frame varies by ±15% here (a ~500 ms figure on 2 busy cores), so up to this size each page is
 * loaded FIRST_FRAME_LOADS times, each in a fresh context (cold, as a first visit), and the median is reported.
 */
const FIRST_FRAME_LOADS = 3;
const FIRST_FRAME_MAX_NODES = 10_000;

async function moreLoads(
  browser: Browser,
  kind: PageKind,
  graph: BenchGraph,
  base: string,
  figures: Figures,
): Promise<void> {
  const runs = [figures.firstFrameMs!];
  for (let i = 1; i < FIRST_FRAME_LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const load = await measureLoad(await context.newPage(), kind, graph, base).catch(() => null);
    await context.close().catch(() => undefined);
    if (load?.firstFrameMs !== undefined) runs.push(load.firstFrameMs);
  }
  figures.firstFrameRuns = runs;
  figures.firstFrameMs = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!hasFlag('no-build') || !existsSync(join(root, 'dist', 'index.html')))
    run('npx', ['vite', 'build', '--mode', 'test-hooks', '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts']);
  const dataDir = join(root, 'bench', '.data');
  const graphs = prepareGraphs(dataDir);
  const server = await startServer({
    '/app/': join(root, 'dist'),
    '/ref/': join(root, 'bench', '.dist-reference'),
    '/data/': dataDir,
  });
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-precise-memory-info',
    ],
  });
  const results: { graph: BenchGraph; page: PageKind; figures: Figures }[] = [];
  const brush: BrushFigures[] = [];
  const edits: EditFigures[] = [];
  let table: TableFigures[] = [];
  let floor: Figures | undefined;
  let pathPage: PathPageFigures | null = null;
  let lint: LintFigures | null = null;
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    floor =
      brushOnly || pathsOnly
        ? undefined
        : await measureFloor(await context.newPage(), server.url, quick).catch((error: Error) => ({
            error: error.message,
          }));
    await context.close();
    for (const graph of brushOnly || pathsOnly ? [] : graphs) {
      for (const kind of pages) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
        const page: Page = await context.newPage();
        const t0 = Date.now();
        process.stdout.write(`${graph.name} · ${kind} … `);
        const figures = await measurePage(page, context, kind, graph, server.url, quick, withLayout, withExport).catch(
          (error: Error) => ({ error: error.message }) as Figures,
        );
        await context.close().catch(() => undefined);
        if (graph.nodes <= FIRST_FRAME_MAX_NODES && figures.firstFrameMs !== undefined)
          await moreLoads(browser, kind, graph, server.url, figures);
        console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s${figures.error ? ` (error: ${figures.error})` : ''}`);
        results.push({ graph, page: kind, figures });
        // Each page's figures as soon as they are in: a run that fails later still leaves them in the log.
        console.log(JSON.stringify({ graph: graph.name, page: kind, figures }));
      }
    }
    for (const kind of brushSize ? brushPages : []) {
      const t0 = Date.now();
      process.stdout.write(`time brush ${brushSize! / 1000}k · ${kind} … `);
      const figures = await measureBrush(browser, kind, server.url, dataDir, brushSize!);
      console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s${figures.error ? ` (error: ${figures.error})` : ''}`);
      brush.push(figures);
    }
    for (const n of editSizes) {
      const t0 = Date.now();
      process.stdout.write(`editing ${n / 1000}k … `);
      const figures = await measureEdits(browser, server.url, dataDir, n);
      console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s${figures.error ? ` (error: ${figures.error})` : ''}`);
      edits.push(figures);
    }
    if (tableSize) {
      process.stdout.write(`data table ${tableSize / 1000}k … `);
      table = await measureTable(browser, server.url, dataDir, tableSize);
      console.log(renderTable(table));
    }
    if (withPaths) {
      process.stdout.write(`paths in the page ${Math.max(...sizes) / 1000}k …\n`);
      pathPage = await measurePathsInPage(browser, server.url, dataDir, Math.max(...sizes));
    }
    if (withLint) {
      process.stdout.write('evidence lint 50k in its worker …\n');
      lint = await measureLint(browser, server.url, 50_000);
    }
  } finally {
    await browser.close();
    server.close();
  }
  // Metrics at 10k (and 50k in the full run), after the pages: nothing else runs meanwhile.
  const metricSizes = sizes.filter((n) => n >= 10_000);
  const metrics = hasFlag('no-metrics') || brushOnly || pathsOnly ? [] : measureMetrics(metricSizes);
  const paths = withPaths ? measurePaths(metricSizes) : [];
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, ${browser.version()} headless, no GPU (software GL)`;
  const report = {
    date: new Date().toISOString(),
    quick,
    machine,
    durationS: Math.round((Date.now() - started) / 1000),
    floor,
    results,
    brush,
    table,
    metrics,
    paths,
    pathPage,
    lint,
    edits,
  };
  const markdown = `${renderMarkdown(report)}\n${renderBrush(brush)}\n${renderTable(table)}\n${metrics.length ? renderMetrics(metrics) : ''}\n${paths.length ? renderPaths(paths) : ''}\n${renderPathsInPage(pathPage)}\n${renderLint(lint)}\n${renderEdits(edits)}`;
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = report.date.replace(/[:.]/g, '-').slice(0, 19);
  for (const name of [stamp, 'latest']) {
    writeFileSync(join(dir, `${name}${quick ? '-quick' : ''}.json`), JSON.stringify(report, null, 2));
    writeFileSync(join(dir, `${name}${quick ? '-quick' : ''}.md`), markdown);
  }
  console.log(`\n${markdown}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
