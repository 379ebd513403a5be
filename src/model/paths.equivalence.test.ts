// The typed-array searches (pathSearch.ts) against graphology-shortest-path run on a copy of the allowed links (the
// way paths were found before, src/test/pathsByCopy.ts), on seeded random graphs with parallel links, self-loops,
// uneven evidence and links hidden by the filters. Where several paths are equally short (or equally well
// supported), each search may list a different one; what must agree is whether there is a path, its length (or
// weight), every node and link on some shortest path, and that the listed path is a real one.
import { describe, expect, it } from 'vitest';
import { buildGraph, type StoryGraph } from './graph';
import { datasetSchema, type DatasetInput } from './schema';
import { seededRandom } from './seededRandom';
import { DEFAULT_RULES, evidenceWeight, findPaths, passesRules, type PathOptions, type PathResult } from './paths';
import { graphNumbers, rememberMask } from './graphNumbers';
import { findPathsByCopy } from '../test/pathsByCopy';

const ORIGINS = ['o1', 'o2', 'o3'];

function randomGraph(random: () => number): StoryGraph {
  const order = 4 + Math.floor(random() * 20);
  const size = Math.floor(random() * order * 2.5);
  const pick = () => `n${Math.floor(random() * order)}`;
  const data: DatasetInput = {
    title: 'Random',
    sources: [
      { id: 'art', kind: 'article', title: 'A', published: 'not given', cites: ORIGINS },
      { id: 'art2', kind: 'article', title: 'B', published: 'not given', cites: ORIGINS },
      ...ORIGINS.map((id) => ({ id, kind: 'document' as const, title: id, published: 'not given' })),
    ],
    entities: Array.from({ length: order }, (_, i) => ({ id: `n${i}`, type: 'person', label: `N${i}` })),
    relations: Array.from({ length: size }, (_, i) => {
      const kind = random();
      // Zero to three independent origins: a relation whose only claim is commentary has none.
      const count = Math.floor(random() * 4);
      const claims = count
        ? ORIGINS.slice(0, count).map((origin) => ({
            source: 'art',
            quote: 'q',
            status: 'reported' as const,
            via: [origin],
          }))
        : [{ source: 'art', quote: 'q', status: 'commentary' as const }];
      const disputed = kind > 0.9;
      const versions = [
        { source: 'art', quote: 'q', status: 'reported' as const, via: ['o1'], version: 'one' },
        { source: 'art2', quote: 'q', status: 'reported' as const, via: ['o2'], version: 'other' },
      ];
      return {
        id: `r${i}`,
        type: 'met_with',
        source: pick(),
        // One in ten a self-loop; small graphs make parallel links common.
        target: random() < 0.1 ? undefined : pick(),
        ...(kind < 0.15 ? { modality: 'requested' as const } : {}),
        ...(disputed ? { disputed: true, discrepancy: 'they disagree' } : {}),
        claims: disputed ? versions : claims,
      };
    }).map((r) => ({ ...r, target: r.target ?? r.source })),
  };
  return buildGraph(datasetSchema.parse(data));
}

/** The links the filters show: all, or a random part, as a plain set or as the filters make it (with a mask). */
function shownLinks(graph: StoryGraph, random: () => number): ReadonlySet<string> {
  const keep = random() < 0.3 ? 1 : 0.75;
  const { edgeKeys } = graphNumbers(graph);
  const mask = Uint8Array.from(edgeKeys, () => (random() < keep ? 1 : 0));
  const set = new Set(edgeKeys.filter((_, j) => mask[j]));
  if (random() < 0.5) rememberMask(set, graph, mask);
  return set;
}

/** Checks that the listed path is a real path over allowed links, with the best-supported link at each step. */
function expectRealPath(
  graph: StoryGraph,
  result: PathResult,
  from: string,
  to: string,
  shown: ReadonlySet<string>,
  options: PathOptions,
) {
  if (!result.found) return;
  const origins = (edge: string) => graph.getAttribute('evidence')(graph.getEdgeAttributes(edge)).origins.length;
  const allowed = (edge: string) =>
    shown.has(edge) && passesRules(graph.getEdgeAttributes(edge), origins(edge), options.rules);
  expect(result.nodes[0]).toBe(from);
  expect(result.nodes[result.nodes.length - 1]).toBe(to);
  expect(result.steps).toHaveLength(result.nodes.length - 1);
  result.steps.forEach(({ edge, reversed }, i) => {
    const [u, v] = [result.nodes[i]!, result.nodes[i + 1]!];
    expect(allowed(edge)).toBe(true);
    expect(reversed ? [graph.target(edge), graph.source(edge)] : [graph.source(edge), graph.target(edge)]).toEqual([
      u,
      v,
    ]);
    if (options.directed) expect(reversed).toBe(false);
    const parallel = (options.directed ? graph.outEdges(u, v) : graph.edges(u, v)).filter(allowed);
    expect(origins(edge)).toBe(Math.max(...parallel.map(origins)));
  }, 30_000);
}

/** What the best-supported search minimises: each step's lightest allowed link, summed. */
function weightOfPath(graph: StoryGraph, nodes: string[], shown: ReadonlySet<string>, options: PathOptions): number {
  const origins = (edge: string) => graph.getAttribute('evidence')(graph.getEdgeAttributes(edge)).origins.length;
  let total = 0;
  for (let i = 0; i + 1 < nodes.length; i++) {
    const links = (options.directed ? graph.outEdges(nodes[i]!, nodes[i + 1]!) : graph.edges(nodes[i]!, nodes[i + 1]!))
      .filter((e) => shown.has(e) && passesRules(graph.getEdgeAttributes(e), origins(e), options.rules))
      .map((e) => evidenceWeight(origins(e), graph.getEdgeAttributes(e)));
    total += Math.min(...links);
  }
  return total;
}

const origins = (graph: StoryGraph, edge: string) =>
  graph.getAttribute('evidence')(graph.getEdgeAttributes(edge)).origins.length;
const weight = (graph: StoryGraph, edge: string) => evidenceWeight(origins(graph, edge), graph.getEdgeAttributes(edge));

const OPTIONS: PathOptions[] = [false, true].flatMap((directed) =>
  [null, DEFAULT_RULES, { minOrigins: 2, excludeDisputed: false, happenedOnly: false }].flatMap((rules) =>
    [false, true].map((bestSupported) => ({ directed, rules, bestSupported })),
  ),
);

describe('paths over typed arrays', () => {
  it('agree with graphology-shortest-path on a copy of the allowed links, on 150 random graphs', () => {
    const random = seededRandom(2026);
    let found = 0;
    for (let g = 0; g < 150; g++) {
      const graph = randomGraph(random);
      const shown = shownLinks(graph, random);
      const nodes = graph.nodes();
      for (let p = 0; p < 3; p++) {
        const from = nodes[Math.floor(random() * nodes.length)]!;
        const to = nodes[Math.floor(random() * nodes.length)]!;
        for (const options of OPTIONS) {
          const fast = findPaths(graph, from, to, shown, options);
          const old = findPathsByCopy(graph, from, to, shown, options);
          expect(fast.found).toBe(old.found);
          if (!fast.found || !old.found) {
            expect(fast).toEqual(old);
            continue;
          }
          found++;
          expectRealPath(graph, fast, from, to, shown, options);
          if (options.bestSupported)
            expect(weightOfPath(graph, fast.nodes, shown, options)).toBeCloseTo(
              weightOfPath(graph, old.nodes, shown, options),
              9,
            );
          else {
            expect(fast.nodes).toHaveLength(old.nodes.length);
            expect([...fast.allNodes].sort()).toEqual([...old.allNodes].sort());
            expect([...fast.allEdges].sort()).toEqual([...old.allEdges].sort());
          }
          // The same path listed: links as well supported, none heavier (of equals in origins, the old way took
          // whichever the copy listed first; now the lightest).
          if (fast.nodes.join() === old.nodes.join()) {
            fast.steps.forEach((step, i) => {
              expect(origins(graph, step.edge)).toBe(origins(graph, old.steps[i]!.edge));
              expect(weight(graph, step.edge)).toBeLessThanOrEqual(weight(graph, old.steps[i]!.edge));
            });
            expect(weight(graph, fast.weakest)).toBeLessThanOrEqual(weight(graph, old.weakest));
          }
        }
      }
    }
    // Enough pairs are linked (about a thousand found paths) that the comparison is not only of "no path".
    expect(found).toBeGreaterThan(500);
  }, 30_000);
});
