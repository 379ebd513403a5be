// Seeded synthetic graphs for the benchmark: n nodes, 2n edges, preset positions, and categorical attributes
// (country: half of the nodes are FR, so ticking it hides the other half; type: four kinds) for filtering.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/model/seededRandom';

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
