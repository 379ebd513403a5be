// `npx tsx bench/layoutQuality.ts [--sizes=10000,50000] [--budgets=1,3,10,30] [--repeat=3] [--no-sfdp]`: how good
// a force layout is for the time it takes, in Node (the layouts are pure). On the bench's synthetic graphs
// (generate.ts), every method starts from the same seeded random positions and is scored on the same sampled pairs
// and nodes: normalised stress (lower is better) and 2-hop neighbourhood preservation (higher is better), both
// defined in src/view/layout/quality.ts. Methods: ForceAtlas2 as the app runs it (snapshots at each time budget,
// and where the app's iteration count stops it), the multilevel layout (src/view/layout/multilevel.ts), and
// Graphviz's sfdp. The generator's own positions (the geometry its links were drawn from) and the random start
// frame the figures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import DEFAULT_SETTINGS from 'graphology-layout-forceatlas2/defaults';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers';
import iterate from 'graphology-layout-forceatlas2/iterate';
import { seededRandom } from '../src/model/seededRandom';
import { iterationsFor } from '../src/view/layout/forceLayout';
import { buildAdjacency } from '../src/view/layout/adjacency';
import { multilevelLayout } from '../src/view/layout/multilevel';
import { neighbourhoodPreservation, normalisedStress, sampleDistancePairs } from '../src/view/layout/quality';
import { syntheticGraph } from './generate';
import { machineLine, saveResults } from './results';
import { hasFlag, listOption, numberOption } from './args';

const sizes = (listOption('sizes') ?? ['10000', '50000']).map(Number);
const budgets = (listOption('budgets') ?? ['1', '3', '10', '30']).map((s) => Number(s) * 1000);
const withSfdp = !hasFlag('no-sfdp');
const repeat = numberOption('repeat') ?? 3;

interface Row {
  nodes: number;
  method: string;
  ms: number | null;
  stress: number;
  neighbourhood: number;
  note: string;
}

interface Case {
  n: number;
  edges: Uint32Array;
  generated: Float64Array;
  start: Float64Array;
}

function makeCase(n: number): Case {
  const { elements } = syntheticGraph(n);
  const index = new Map(elements.nodes.map((node, i) => [node.data.id!, i]));
  const edges = Uint32Array.from(
    elements.edges.flatMap((e) => [index.get(e.data.source!)!, index.get(e.data.target!)!]),
  );
  const generated = Float64Array.from(elements.nodes.flatMap((node) => [node.position.x, node.position.y]));
  const random = seededRandom(99);
  const side = Math.sqrt(n) * 60;
  const start = Float64Array.from({ length: 2 * n }, () => random() * side);
  return { n, edges, generated, start };
}

/** ForceAtlas2 exactly as src/view/layout/forceLayout.ts runs it, with a copy of the positions at each time budget. */
function forceAtlas2Snapshots(c: Case): { ms: number; iterations: number; positions: Float64Array; note: string }[] {
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: true });
  for (let i = 0; i < c.n; i++) graph.addNode(i, { x: c.start[2 * i], y: c.start[2 * i + 1] });
  for (let e = 0; e < c.edges.length; e += 2) graph.addEdge(c.edges[e], c.edges[e + 1]);
  const began = performance.now();
  const settings = { ...DEFAULT_SETTINGS, ...forceAtlas2.inferSettings(graph) };
  const { nodes, edges } = graphToByteArrays(graph, () => 1);
  const copy = () => Float64Array.from({ length: 2 * c.n }, (_, k) => nodes[(k >> 1) * 10 + (k & 1)]!);
  const appCap = iterationsFor(c.n);
  const snapshots: ReturnType<typeof forceAtlas2Snapshots> = [];
  let paused = 0;
  const spent = () => performance.now() - began - paused;
  for (let done = 0, next = 0; next < budgets.length;) {
    iterate(settings, nodes, edges);
    done++;
    const pause = performance.now();
    if (done === appCap && spent() < 30_000)
      snapshots.push({ ms: spent(), iterations: done, positions: copy(), note: "the app's iteration count" });
    while (next < budgets.length && spent() >= budgets[next]!)
      snapshots.push({ ms: spent(), iterations: done, positions: copy(), note: `${budgets[next++]! / 1000} s budget` });
    paused += performance.now() - pause;
  }
  return snapshots;
}

/** sfdp's positions, or why it was skipped. */
function sfdp(c: Case): { ms: number; positions: Float64Array } | string {
  if (!haveSfdp()) return 'skipped: sfdp (Debian package graphviz) is not installed';
  const dir = mkdtempSync(join(os.tmpdir(), 'layout-quality-'));
  const file = join(dir, `graph-${c.n}.dot`);
  const lines = ['graph G {', 'node [shape=point];'];
  for (let i = 0; i < c.n; i++) lines.push(`n${i};`);
  for (let e = 0; e < c.edges.length; e += 2) lines.push(`n${c.edges[e]} -- n${c.edges[e + 1]};`);
  lines.push('}');
  writeFileSync(file, lines.join('\n'));
  const began = performance.now();
  const run = spawnSync('sfdp', ['-Tplain', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - began;
  if (run.status !== 0) return `skipped: sfdp failed (${run.stderr.trim().slice(0, 200)})`;
  const positions = new Float64Array(2 * c.n);
  for (const line of run.stdout.split('\n')) {
    const [kind, name, x, y] = line.split(' ');
    if (kind !== 'node' || !name) continue;
    const i = Number(name.slice(1));
    positions[2 * i] = Number(x);
    positions[2 * i + 1] = Number(y);
  }
  return { ms, positions };
}

let sfdpChecked: boolean | undefined;
/** Whether sfdp runs; as root, installs graphviz first when it is missing. */
function haveSfdp(): boolean {
  if (sfdpChecked !== undefined) return sfdpChecked;
  const present = () => spawnSync('sfdp', ['-V'], { encoding: 'utf8' }).status === 0;
  if (!present() && process.getuid?.() === 0) {
    console.log('Installing graphviz for sfdp (apt-get)…');
    spawnSync('sh', ['-c', 'apt-get update && apt-get install -y graphviz'], { stdio: 'inherit' });
  }
  sfdpChecked = present();
  if (!sfdpChecked && process.getuid?.() !== 0)
    console.log('sfdp skipped: graphviz is not installed and this is not root (apt-get install -y graphviz).');
  return sfdpChecked;
}

const started = new Date().toISOString();
const rows: Row[] = [];
const fmt = (v: number | null, digits = 0) =>
  v === null ? '–' : v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const table = () =>
  [
    `Layout quality, ${started} (load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}; ${machineLine()})`,
    '',
    '| nodes | method | time (ms) | stress ↓ | neighbourhood ↑ | note |',
    '| ----: | ------ | --------: | -------: | --------------: | ---- |',
    ...rows.map(
      (r) =>
        `| ${fmt(r.nodes)} | ${r.method} | ${fmt(r.ms)} | ${fmt(r.stress, 3)} | ${fmt(r.neighbourhood, 3)} | ${r.note} |`,
    ),
  ].join('\n');

for (const n of sizes) {
  const c = makeCase(n);
  const adjacency = buildAdjacency(n, c.edges);
  const pairs = sampleDistancePairs(adjacency);
  const score = (method: string, ms: number | null, positions: Float64Array, note = '') => {
    rows.push({
      nodes: n,
      method,
      ms,
      stress: normalisedStress(positions, pairs),
      neighbourhood: neighbourhoodPreservation(positions, adjacency),
      note,
    });
    console.log(
      `${n} ${method}: ${fmt(ms)} ms, stress ${fmt(rows.at(-1)!.stress, 3)}, neighbourhood ${fmt(rows.at(-1)!.neighbourhood, 3)} ${note}`,
    );
  };
  score('random start', null, c.start, 'every method starts here');
  score("generator's positions", null, c.generated, 'the geometry its links were drawn from');

  // The multilevel layout is deterministic and short: run it `repeat` times and keep the median time, as the shared
  // machine's load moves any one run by tens of percent.
  const times: number[] = [];
  let multilevel = c.start;
  for (let k = 0; k < repeat; k++) {
    const began = performance.now();
    multilevel = multilevelLayout(Float64Array.from(c.start), c.edges);
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  const runs = times.map((t) => fmt(t)).join(', ');
  score('multilevel', times[Math.floor(times.length / 2)]!, multilevel, `median of ${repeat} runs (${runs} ms)`);

  for (const s of forceAtlas2Snapshots(c))
    score('ForceAtlas2', s.ms, s.positions, `${s.note}, ${s.iterations} iterations`);

  if (withSfdp) {
    const result = sfdp(c);
    if (typeof result === 'string') console.log(`${n} sfdp ${result}`);
    else score('sfdp', result.ms, result.positions, 'whole process: reading DOT, layout, writing plain');
  }
  saveResults('layout-quality', started, { started, machine: machineLine(), loadavg: os.loadavg(), rows }, table());
}
console.log(`\n${table()}`);
