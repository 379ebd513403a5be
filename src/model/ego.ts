// Ego networks: what lies within k steps of an entity, following links in, out or both ways, through the links
// the filters show. A breadth-first walk over the model itself rather than graphology-traversal's bfs, which
// walks every link: restricting it to the shown ones would mean copying the graph (50k nodes) on each change.
import type { StoryGraph } from './graph';
import type { Visibility } from './filters';

export type Direction = 'both' | 'out' | 'in';

export interface Ego {
  /** The entity the view is centred on. */
  centre: string;
  /** 1 to 3 steps. */
  hops: number;
  direction: Direction;
  /** Entities whose neighbours were added by hand (double-click or Enter), one step each. */
  expanded: readonly string[];
}

export const MAX_HOPS = 3;

/** Entities within `hops` steps of `start` over links `allowed` lets through, with their distance. */
export function withinSteps(
  graph: StoryGraph,
  start: string,
  hops: number,
  direction: Direction,
  allowed: (edge: string) => boolean,
): Map<string, number> {
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  for (let step = 1; step <= hops && frontier.length > 0; step++) {
    const next: string[] = [];
    const visit = (edge: string, _attrs: unknown, source: string, target: string) => {
      if (!allowed(edge)) return;
      for (const other of [source, target]) {
        if (!distance.has(other)) {
          distance.set(other, step);
          next.push(other);
        }
      }
    };
    for (const node of frontier) {
      if (direction === 'out') graph.forEachOutEdge(node, visit);
      else if (direction === 'in') graph.forEachInEdge(node, visit);
      else graph.forEachEdge(node, visit);
    }
    frontier = next;
  }
  return distance;
}

/** The filtered view narrowed to the ego network: its entities and the shown links among them. */
export function applyEgo(graph: StoryGraph, visibility: Visibility, ego: Ego | null): Visibility {
  if (!ego || ego.hops <= 0 || !graph.hasNode(ego.centre)) return visibility;
  const allowed = (edge: string) => visibility.edges.has(edge);
  const nodes = new Set(withinSteps(graph, ego.centre, ego.hops, ego.direction, allowed).keys());
  for (const extra of ego.expanded) {
    if (graph.hasNode(extra))
      for (const node of withinSteps(graph, extra, 1, ego.direction, allowed).keys()) nodes.add(node);
  }
  // The centre stays in view even when the filters would hide it: it is what the view is about.
  const edges = new Set<string>();
  for (const edge of visibility.edges) {
    if (nodes.has(graph.source(edge)) && nodes.has(graph.target(edge))) edges.add(edge);
  }
  // The faded context stays for the entities in the view: whom they link to among those the filters hide.
  const context = visibility.context && contextAround(graph, visibility, nodes);
  return context && context.edges.size > 0 ? { nodes, edges, context } : { nodes, edges };
}

/**
 * The context links from an entity in the ego view that the filters show to one they fade, and those far ends. (A
 * centre the filters fade stays solid, as the view is about it, but lends no context: its links lead to entities
 * the filters show, which must not be drawn faded.)
 */
function contextAround(
  graph: StoryGraph,
  { nodes: shown, context }: Visibility,
  nodes: ReadonlySet<string>,
): NonNullable<Visibility['context']> {
  const around = { nodes: new Set<string>(), edges: new Set<string>() };
  const near = (key: string) => nodes.has(key) && shown.has(key);
  for (const edge of context!.edges) {
    const [source, target] = graph.extremities(edge);
    const far = near(source) ? target : near(target) ? source : null;
    if (far === null || !context!.nodes.has(far) || nodes.has(far)) continue;
    around.edges.add(edge);
    around.nodes.add(far);
  }
  return around;
}
