// How is A connected to B: every shortest path between two entities over the links the filters show, ignoring
// direction unless asked, optionally only over links that pass evidence rules, or the best-supported path, which
// weighs each link by its independent origins. The first path is listed step by step with its weakest link.
// The searches walk typed arrays over the graph's numbered links (pathSearch.ts says why not the library's).
import type { StoryGraph } from './graph';
import { maskOf } from './graphNumbers';
import { pathIndex, type PathIndex } from './pathIndex';
import { lightestPath, shortestLayers, type ShortestLayers } from './pathSearch';
import type { Relation } from './schema';

export interface EvidenceRules {
  /** Links need at least this many independent origins. */
  minOrigins: number;
  /** Links whose sources disagree are left out. */
  excludeDisputed: boolean;
  /** Only links that happened (not requested, planned, rumoured…). */
  happenedOnly: boolean;
}

export const DEFAULT_RULES: EvidenceRules = { minOrigins: 1, excludeDisputed: true, happenedOnly: true };

export interface PathOptions {
  /** Follow the arrows (otherwise a link counts both ways). */
  directed: boolean;
  /** Only links that pass these rules; null: every allowed link. */
  rules: EvidenceRules | null;
  /** The path whose links are best supported, instead of the one with fewest steps. */
  bestSupported: boolean;
}

export interface PathStep {
  edge: string;
  /** The step is walked against the link's arrow. */
  reversed: boolean;
}

export type PathResult =
  | { found: false; reason: string }
  | {
      found: true;
      /** The path listed: its entities in order and one link per step. */
      nodes: string[];
      steps: PathStep[];
      /** Every entity and link on some shortest path (for the best-supported path: that path alone). */
      allNodes: Set<string>;
      allEdges: Set<string>;
      /** The listed path's link with the least support. */
      weakest: string;
    };

/** What a link weighs on the best-supported path: less the more origins stand behind it. */
export function evidenceWeight(origins: number, relation: Relation): number {
  const base = 1 / Math.max(origins, 0.5);
  return relation.disputed || relation.modality !== 'happened' ? base * 2 : base;
}

export function passesRules(relation: Relation, origins: number, rules: EvidenceRules | null): boolean {
  if (!rules) return true;
  return (
    origins >= rules.minOrigins &&
    !(rules.excludeDisputed && relation.disputed) &&
    !(rules.happenedOnly && relation.modality !== 'happened')
  );
}

/** 1 for each link a search may take: shown by the filters and, when given, passing the evidence rules. */
function allowedLinks(
  graph: StoryGraph,
  index: PathIndex,
  visibleEdges: ReadonlySet<string>,
  rules: EvidenceRules | null,
): Uint8Array {
  const { edgeKeys, relations } = index.numbers;
  // The filters' link sets carry a mask by number (graphNumbers.ts); a set made elsewhere is read key by key.
  const shown = maskOf(visibleEdges, graph);
  let allowed: Uint8Array;
  if (shown) allowed = shown.slice();
  else {
    allowed = new Uint8Array(edgeKeys.length);
    for (let j = 0; j < edgeKeys.length; j++) if (visibleEdges.has(edgeKeys[j]!)) allowed[j] = 1;
  }
  if (rules)
    for (let j = 0; j < allowed.length; j++)
      if (allowed[j] && !passesRules(relations[j]!, index.origins[j]!, rules)) allowed[j] = 0;
  return allowed;
}

export function findPaths(
  graph: StoryGraph,
  from: string,
  to: string,
  visibleEdges: ReadonlySet<string>,
  options: PathOptions,
): PathResult {
  if (!graph.hasNode(from) || !graph.hasNode(to))
    return { found: false, reason: 'One of the two entities is not in this graph.' };
  if (from === to) return { found: false, reason: 'Pick two different entities.' };
  const index = pathIndex(graph);
  const allowed = allowedLinks(graph, index, visibleEdges, options.rules);
  // Asked again with the same links allowed (the export dialog, a filter that hides no link), the last answer is given.
  const key = {
    from,
    to,
    directed: options.directed,
    rules: options.rules !== null,
    best: options.bestSupported,
    allowed,
  };
  const last = lastSearch.get(graph);
  if (last && sameSearch(last.key, key)) return last.result;
  const result = search(index, allowed, from, to, options);
  lastSearch.set(graph, { key, result });
  return result;
}

interface SearchKey {
  from: string;
  to: string;
  directed: boolean;
  /** Whether rules were asked for (the message when there is no path says so). */
  rules: boolean;
  best: boolean;
  allowed: Uint8Array;
}

/** Each graph's last search and its answer. */
const lastSearch = new WeakMap<StoryGraph, { key: SearchKey; result: PathResult }>();

function sameSearch(a: SearchKey, b: SearchKey): boolean {
  if (a.from !== b.from || a.to !== b.to || a.directed !== b.directed || a.rules !== b.rules || a.best !== b.best)
    return false;
  for (let j = 0; j < a.allowed.length; j++) if (a.allowed[j] !== b.allowed[j]) return false;
  return true;
}

/** Each link's weight on the best-supported path, by number, once per graph. */
const weights = new WeakMap<PathIndex, Float64Array>();

function linkWeights(index: PathIndex): Float64Array {
  let weight = weights.get(index);
  if (!weight) {
    const { relations } = index.numbers;
    weight = Float64Array.from(relations, (relation, j) => evidenceWeight(index.origins[j]!, relation));
    weights.set(index, weight);
  }
  return weight;
}

function search(index: PathIndex, allowed: Uint8Array, from: string, to: string, options: PathOptions): PathResult {
  const { nodeKeys, edgeKeys, source } = index.numbers;
  const weightOf = (j: number) => evidenceWeight(index.origins[j]!, index.numbers.relations[j]!);
  // Scanning for the two ends costs less than a map of every key made with the index (the first search waits on it).
  const start = nodeKeys.indexOf(from);
  const end = nodeKeys.indexOf(to);
  const noPath = (): PathResult => ({
    found: false,
    reason: `No path links them${options.directed ? ' following the arrows' : ''}${options.rules ? ' over links that pass the evidence rules' : ''} among the links shown.`,
  });

  let path: number[];
  let allNodes: Set<string> | null = null;
  let allEdges: Set<string> | null = null;
  if (options.bestSupported) {
    const lightest = lightestPath(index, allowed, linkWeights(index), start, end, options.directed);
    if (!lightest) return noPath();
    path = lightest;
  } else {
    const layers = shortestLayers(index, allowed, start, end, options.directed);
    if (!layers) return noPath();
    path = firstShortestPath(index, allowed, layers, start, options.directed);
    allNodes = new Set();
    allEdges = new Set();
    // Every link on some shortest path: it joins a node on one to the next node on one.
    const { fromStart, toEnd } = layers;
    for (let u = 0; u < toEnd.length; u++) {
      if (toEnd[u] === -1) continue;
      allNodes.add(nodeKeys[u]!);
      for (let k = index.first[u]!; k < index.first[u + 1]!; k++) {
        const v = index.other[k]!;
        if (allowed[index.link[k]!] && (!options.directed || index.leaves[k]) && toEnd[v] !== -1)
          if (fromStart[v] === fromStart[u]! + 1) allEdges.add(edgeKeys[index.link[k]!]!);
      }
    }
  }
  const nodes = path.map((i) => nodeKeys[i]!);
  const links = stepsAlong(index, allowed, path, options.directed, weightOf);
  const steps = links.map((j, i) => ({ edge: edgeKeys[j]!, reversed: source[j] !== path[i] }));
  const weakest = links.reduce((worst, j) => (weightOf(j) > weightOf(worst) ? j : worst));
  return {
    found: true,
    nodes,
    steps,
    allNodes: allNodes ?? new Set(nodes),
    allEdges: allEdges ?? new Set(steps.map((s) => s.edge)),
    weakest: edgeKeys[weakest]!,
  };
}

/** The shortest path listed: from the start, each time the first link (in the graph's order) onto the next layer. */
function firstShortestPath(
  index: PathIndex,
  allowed: Uint8Array,
  { fromStart, toEnd, length }: ShortestLayers,
  start: number,
  directed: boolean,
): number[] {
  const path = [start];
  for (let u = start, step = 1; step <= length; step++) {
    for (let k = index.first[u]!; k < index.first[u + 1]!; k++) {
      const v = index.other[k]!;
      if (!allowed[index.link[k]!] || (directed && !index.leaves[k])) continue;
      if (toEnd[v] !== -1 && fromStart[v] === step) {
        u = v;
        break;
      }
    }
    path.push(u);
  }
  return path;
}

/**
 * One link per step of a node path: of parallel links, the one with most origins; of those, the lightest (one that
 * happened and is not disputed), then the first. (Before, equals in origins were taken in the order of a graph copy.)
 */
function stepsAlong(
  index: PathIndex,
  allowed: Uint8Array,
  path: number[],
  directed: boolean,
  weightOf: (link: number) => number,
): number[] {
  const links: number[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const u = path[i]!;
    let best = -1;
    for (let k = index.first[u]!; k < index.first[u + 1]!; k++) {
      const j = index.link[k]!;
      if (index.other[k] !== path[i + 1] || !allowed[j] || (directed && !index.leaves[k])) continue;
      const more = best === -1 || index.origins[j]! > index.origins[best]!;
      if (more || (index.origins[j] === index.origins[best] && weightOf(j) < weightOf(best))) best = j;
    }
    links.push(best);
  }
  return links;
}
