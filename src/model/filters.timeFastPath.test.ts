// The time brush's fast path (a window alone among the relation filters: no relation object is looked at) must show
// exactly what the per-relation path shows, and both what a plain reading of the filters' rules shows, on random
// dated graphs with the other filters on and off.
import { describe, expect, it } from 'vitest';
import { buildGraph, type StoryGraph } from './graph';
import { computeVisibility, entityPasses, NO_FILTERS, relationPasses, togglePick, type Filters } from './filters';
import { FIXED_FACETS } from './facets';
import { datasetSchema, type DatasetInput } from './schema';
import { dayNumber, isoDay } from './time';
import { seededRandom } from './seededRandom';
import { timeView, type TimeFilter } from './timeFilter';

const START = dayNumber(2024, 1, 1);
const DAYS = 730;
const COUNTRIES = ['VE', 'RU', 'IR', 'CN'];
const TYPES = ['person', 'organization', 'country'] as const;
const RELATION_TYPES = ['visited', 'carried', 'wrote'] as const;
const STATUSES = ['reported', 'alleged'] as const;

/** Entities with a country and a type, relations with a day, month, year, range or no date, claims from articles. */
function randomGraph(seed: number, entityCount = 60, relationCount = 200): StoryGraph {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const day = () => START + Math.floor(random() * DAYS);
  const sources = Array.from({ length: 5 }, (_, i) => ({
    id: `s${i}`,
    kind: 'article' as const,
    title: `Article ${i}`,
    published: i === 4 ? 'not given' : isoDay(day()),
  }));
  const entities = Array.from({ length: entityCount }, (_, i) => ({
    id: `n${i}`,
    type: pick(TYPES),
    label: `Entity ${i}`,
    ...(random() < 0.9 ? { country: pick(COUNTRIES) } : {}),
  }));
  const date = () => {
    const kind = random();
    const first = day();
    if (kind < 0.4) return isoDay(first);
    if (kind < 0.55) return isoDay(first).slice(0, 7);
    if (kind < 0.6) return isoDay(first).slice(0, 4);
    if (kind < 0.7) return { from: isoDay(first), to: isoDay(first + Math.floor(random() * 90)) };
    if (kind < 0.75) return { from: isoDay(first) };
    return kind < 0.8 ? { to: isoDay(first) } : undefined;
  };
  const relations = Array.from({ length: relationCount }, (_, i) => {
    const when = date();
    return {
      id: `r${i}`,
      type: pick(RELATION_TYPES),
      // Self-loops and entities without links included: orphans and degree must count them right.
      source: `n${Math.floor(random() * (entityCount - 5))}`,
      target: `n${Math.floor(random() * (entityCount - 5))}`,
      ...(when ? { date: when } : {}),
      claims: Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
        source: pick(sources).id,
        quote: 'A quote.',
        status: pick(STATUSES),
      })),
    };
  });
  const input: DatasetInput = { title: `Random ${seed}`, sources, entities, relations };
  return buildGraph(datasetSchema.parse(input));
}

/** The filters' rules read plainly, one object at a time, over the graph's own adjacency. */
function plainVisibility(graph: StoryGraph, filters: Filters) {
  const view = filters.time && timeView(graph, filters.time);
  const evidence = view ? view.evidence : graph.getAttribute('evidence');
  const relationShown = (key: string) => {
    const relation = graph.getEdgeAttributes(key);
    return (!view || view.shows(key)) && relationPasses(view ? view.asKnown(relation) : relation, filters, evidence);
  };
  const nodes = new Set(graph.filterNodes((_key, entity) => entityPasses(entity, filters)));
  const edges = new Set(
    graph.filterEdges((key, _r, source, target) => nodes.has(source) && nodes.has(target) && relationShown(key)),
  );
  // Under a time window an entity shows while one of its relations is in it, as with "hide orphans".
  if (filters.hideOrphans || filters.time)
    for (const node of [...nodes])
      if (graph.degree(node) > 0 && !graph.someEdge(node, (edge) => edges.has(edge))) nodes.delete(node);
  const active = filters.contextFacets.filter(
    (id) => (filters.picks.get(id) ?? []).length > 0 || filters.ranges.has(id),
  );
  if (active.length === 0) return { nodes, edges };
  const withoutContext = { ...filters, picks: new Map(filters.picks), ranges: new Map(filters.ranges) };
  for (const id of active) {
    withoutContext.picks.delete(id);
    withoutContext.ranges.delete(id);
  }
  const context = { nodes: new Set<string>(), edges: new Set<string>() };
  graph.forEachEdge((key, _r, source, target) => {
    if (nodes.has(source) === nodes.has(target)) return;
    const far = nodes.has(source) ? target : source;
    if (!entityPasses(graph.getNodeAttributes(far), withoutContext) || !relationShown(key)) return;
    context.nodes.add(far);
    context.edges.add(key);
  });
  return { nodes, edges, context };
}

const sorted = (v: {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  context?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
}) => ({
  nodes: [...v.nodes].sort(),
  edges: [...v.edges].sort(),
  context: v.context && { nodes: [...v.context.nodes].sort(), edges: [...v.context.edges].sort() },
});

/** The other filters, each alone and some together: the entity ones keep the fast path, the relation ones leave it. */
const OTHERS: [string, (f: Filters) => Filters][] = [
  ['none', (f) => f],
  ['a country (context shown)', (f) => togglePick(f, FIXED_FACETS.country, 'VE')],
  [
    'two countries, no context',
    (f) => togglePick(togglePick({ ...f, contextFacets: [] }, FIXED_FACETS.country, 'RU'), FIXED_FACETS.country, 'IR'),
  ],
  ['an entity type', (f) => togglePick(f, FIXED_FACETS.entityType, 'person')],
  [
    'an entity type with context',
    (f) => togglePick({ ...f, contextFacets: [FIXED_FACETS.entityType] }, FIXED_FACETS.entityType, 'person'),
  ],
  ['hide orphans', (f) => ({ ...f, hideOrphans: true })],
  ['country and hide orphans', (f) => togglePick({ ...f, hideOrphans: true }, FIXED_FACETS.country, 'CN')],
  ['a relation type', (f) => togglePick(f, FIXED_FACETS.relationType, 'visited')],
  ['a source', (f) => togglePick(f, FIXED_FACETS.source, 's1')],
  ['a claim status', (f) => togglePick(f, FIXED_FACETS.status, 'alleged')],
  ['two independent origins', (f) => ({ ...f, minCorroboration: 2 })],
];

describe('the time window on its own fast path', () => {
  it.each([1, 2, 3])('shows what the per-relation path and the plain rules show (graph %i)', (seed) => {
    const graph = randomGraph(seed);
    const random = seededRandom(seed + 100);
    let fastCases = 0;
    for (let k = 0; k < 12; k++) {
      const from = START - 30 + Math.floor(random() * (DAYS + 60));
      const time: TimeFilter = {
        from,
        to: from + Math.floor(random() * 200),
        mode: k % 3 === 2 ? 'known-by' : 'happened',
        showUndated: k % 2 === 1,
      };
      for (const [name, withOthers] of OTHERS) {
        const filters = withOthers({ ...NO_FILTERS, time });
        const fast = sorted(computeVisibility(graph, filters));
        const perRelation = sorted(computeVisibility(graph, filters, { indexed: false }));
        expect(fast, `${name}, ${JSON.stringify(time)}`).toEqual(perRelation);
        expect(fast, `${name}, ${JSON.stringify(time)}`).toEqual(sorted(plainVisibility(graph, filters)));
        if (fast.edges.length > 0 && fast.edges.length < graph.size) fastCases++;
      }
    }
    // The windows must have cut something and kept something, or the comparison proves little.
    expect(fastCases).toBeGreaterThan(OTHERS.length * 6);
  });

  it('keeps answers apart when the same entity filters come back with and without hiding orphans', () => {
    const graph = randomGraph(7);
    // Without a time window (which hides entities left without links anyway), with a relation filter.
    const base = togglePick(
      togglePick(NO_FILTERS, FIXED_FACETS.country, 'VE'),
      FIXED_FACETS.relationType,
      RELATION_TYPES[0],
    );
    const first = sorted(computeVisibility(graph, base));
    const orphansHidden = sorted(computeVisibility(graph, { ...base, hideOrphans: true }));
    expect(orphansHidden.nodes.length).toBeLessThan(first.nodes.length);
    expect(sorted(computeVisibility(graph, base))).toEqual(first);
    expect(orphansHidden).toEqual(sorted(plainVisibility(graph, { ...base, hideOrphans: true })));
  });

  it('answers a window asked again from the last answer, and never a changed one from it', () => {
    const graph = randomGraph(11);
    const random = seededRandom(111);
    for (let k = 0; k < 8; k++) {
      const from = START + Math.floor(random() * DAYS);
      const time: TimeFilter = { from, to: from + 60, mode: 'happened', showUndated: k % 2 === 0 };
      const plain = { ...NO_FILTERS, time };
      // No entity filter, with maps of their own (a country ticked and unticked): the same question.
      const rebuilt = togglePick(togglePick(plain, FIXED_FACETS.country, 'VE'), FIXED_FACETS.country, 'VE');
      expect(rebuilt.picks).not.toBe(plain.picks);
      const asked = computeVisibility(graph, plain);
      expect(computeVisibility(graph, rebuilt)).toBe(asked);
      // Each change right after an answer that must not be reused for it (the same entity filter maps included).
      const russia = togglePick(plain, FIXED_FACETS.country, 'RU');
      const changes: [Filters, Filters][] = [
        [plain, { ...plain, hideOrphans: true }],
        [plain, russia],
        [russia, { ...russia, contextFacets: [] }],
        [plain, togglePick(plain, FIXED_FACETS.entityType, 'person')],
        [plain, { ...plain, time: { ...time, to: time.to + 30 } }],
        [plain, { ...plain, time: { ...time, from: time.from - 30 } }],
        [plain, { ...plain, time: { ...time, showUndated: !time.showUndated } }],
        [plain, { ...plain, time: { ...time, mode: 'known-by' } }],
      ];
      for (const [before, filters] of changes) {
        computeVisibility(graph, before);
        const fast = sorted(computeVisibility(graph, filters));
        expect(fast).toEqual(sorted(computeVisibility(graph, filters, { indexed: false })));
        expect(fast).toEqual(sorted(plainVisibility(graph, filters)));
      }
    }
  });
});
