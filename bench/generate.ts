// Seeded synthetic graphs for the benchmark: n nodes, 2n edges, preset positions, and categorical attributes
// (country: half of the nodes are FR, so ticking it hides the other half; type: four kinds) for filtering.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/model/seededRandom';
import { dayNumber, eventRange, isoDay, type EventDate } from '../src/model/time';

const OTHER_COUNTRIES = ['DE', 'IT', 'ES', 'PL', 'NL'];
const TYPES = ['person', 'organization', 'facility', 'equipment'];

export interface SyntheticGraph {
  elements: {
    nodes: { data: Record<string, string>; position: { x: number; y: number } }[];
    edges: { data: Record<string, string> }[];
  };
}

/** Nodes spread over a square (about 60 units apart); most edges join near neighbours, some cross the graph. */
export function syntheticGraph(n: number, seed = 42): SyntheticGraph {
  const random = seededRandom(seed * 1_000_003 + n);
  const side = Math.sqrt(n) * 60;
  const cell = 180;
  const cells = new Map<string, number[]>();
  const nodes: SyntheticGraph['elements']['nodes'] = [];
  for (let i = 0; i < n; i++) {
    const x = random() * side;
    const y = random() * side;
    const country = random() < 0.5 ? 'FR' : OTHER_COUNTRIES[Math.floor(random() * OTHER_COUNTRIES.length)]!;
    const type = TYPES[Math.floor(random() * TYPES.length)]!;
    nodes.push({
      data: { id: `n${i}`, label: `Node ${i}`, country, type },
      position: { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 },
    });
    const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    const list = cells.get(key) ?? [];
    list.push(i);
    cells.set(key, list);
  }
  const edges: SyntheticGraph['elements']['edges'] = [];
  const seen = new Set<string>();
  while (edges.length < 2 * n && n > 1) {
    const s = Math.floor(random() * n);
    let t: number;
    if (random() < 0.85) {
      const p = nodes[s]!.position;
      const key = `${Math.floor(p.x / cell) + Math.floor(random() * 3) - 1},${Math.floor(p.y / cell) + Math.floor(random() * 3) - 1}`;
      const near = cells.get(key);
      if (!near) continue;
      t = near[Math.floor(random() * near.length)]!;
    } else t = Math.floor(random() * n);
    const pair = s < t ? `${s}-${t}` : `${t}-${s}`;
    if (s === t || seen.has(pair)) continue;
    seen.add(pair);
    edges.push({
      data: { id: `e${edges.length}`, source: `n${s}`, target: `n${t}`, type: random() < 0.5 ? 'knows' : 'works_with' },
    });
  }
  return { elements: { nodes, edges } };
}

/** Writes synthetic-<n>.json into dir (once: the files are deterministic) and returns the file names. */
export function writeSyntheticGraphs(dir: string, sizes: number[]): string[] {
  mkdirSync(dir, { recursive: true });
  return sizes.map((n) => {
    const name = `synthetic-${n}.json`;
    const path = join(dir, name);
    if (!existsSync(path)) writeFileSync(path, JSON.stringify(syntheticGraph(n)));
    return name;
  });
}

/** The span the dated graphs' relations fall in (the brush sweeps it): 2021 to 2025, as UTC day numbers. */
export const DATED_SPAN = { start: dayNumber(2021, 1, 1), end: dayNumber(2025, 12, 31) };

/**
 * A date for each edge of the graph, seeded apart from the graph itself (so the graph stays the one the other
 * figures use): most a day, some a month or a span of up to two months, one in twenty undated, as imported data is.
 */
function edgeDates(count: number, seed: number): (EventDate | undefined)[] {
  const random = seededRandom(seed * 7_919 + count);
  const days = DATED_SPAN.end - DATED_SPAN.start + 1;
  return Array.from({ length: count }, () => {
    const kind = random();
    const day = DATED_SPAN.start + Math.floor(random() * days);
    if (kind < 0.05) return undefined;
    if (kind < 0.8) return isoDay(day);
    if (kind < 0.95) return isoDay(day).slice(0, 7);
    return { from: isoDay(day), to: isoDay(Math.min(DATED_SPAN.end, day + Math.floor(random() * 60))) };
  });
}

/**
 * The synthetic graph with dated relations, twice: as the explorer's own JSON (relation `date`s, read by the app's
 * rules) and as Cytoscape JSON for the reference pages, each edge carrying the first and last day (UTC day numbers)
 * the app reads from that date, so both filter by the same window.
 */
export function datedGraphs(n: number, seed = 42): { app: unknown; reference: SyntheticGraph } {
  const { elements } = syntheticGraph(n, seed);
  const dates = edgeDates(elements.edges.length, seed);
  const app = {
    title: `Synthetic ${n} with dated relations`,
    vocabulary: { relationTypes: { knows: { label: 'knows' }, works_with: { label: 'works with' } } },
    entities: elements.nodes.map(({ data, position }) => ({ ...data, position })),
    relations: elements.edges.map(({ data }, i) => ({ ...data, ...(dates[i] ? { date: dates[i] } : {}) })),
  };
  const edges = elements.edges.map(({ data }, i) => {
    const range = eventRange(dates[i]);
    return { data: range ? { ...data, start: String(range.start), end: String(range.end) } : data };
  });
  return { app, reference: { elements: { nodes: elements.nodes, edges } } };
}

/** Writes dated-<n>.json (the app's) and dated-<n>.cyjs.json (the reference pages') into dir, once. */
export function writeDatedGraph(dir: string, n: number): { appFile: string; refFile: string } {
  mkdirSync(dir, { recursive: true });
  const files = { appFile: `dated-${n}.json`, refFile: `dated-${n}.cyjs.json` };
  if (!existsSync(join(dir, files.appFile)) || !existsSync(join(dir, files.refFile))) {
    const { app, reference } = datedGraphs(n);
    writeFileSync(join(dir, files.appFile), JSON.stringify(app));
    writeFileSync(join(dir, files.refFile), JSON.stringify(reference));
  }
  return files;
}
