// The bench's synthetic graph as the explorer's model, with evidence, for timing path searches: each relation
// carries one to three claims from an article citing four documents (so one to three independent origins), one in
// ten is only requested and one in twenty disputed, so the evidence rules leave some links out.
import { seededRandom } from '../src/model/seededRandom';
import { buildGraph, type StoryGraph } from '../src/model/graph';
import { datasetSchema, type DatasetInput } from '../src/model/schema';
import { syntheticGraph } from './generate';

const ORIGINS = ['o1', 'o2', 'o3', 'o4'];

export function evidencedGraph(n: number, seed = 42): StoryGraph {
  const { elements } = syntheticGraph(n, seed);
  const random = seededRandom(seed * 31 + n);
  const data: DatasetInput = {
    title: `Synthetic ${n} with evidence`,
    vocabulary: { relationTypes: { knows: { label: 'knows' }, works_with: { label: 'works with' } } },
    sources: [
      { id: 'art', kind: 'article', title: 'Article', published: 'not given', cites: ORIGINS },
      { id: 'art2', kind: 'article', title: 'Second article', published: 'not given', cites: ORIGINS },
      ...ORIGINS.map((id) => ({ id, kind: 'document' as const, title: id, published: 'not given' })),
    ],
    entities: elements.nodes.map(({ data }) => ({ id: data.id!, type: data.type!, label: data.label! })),
    relations: elements.edges.map(({ data }) => {
      const count = 1 + Math.floor(random() * 3);
      const via = ORIGINS.slice(0, count);
      const kind = random();
      const claims = via.map((origin) => ({ source: 'art', quote: 'q', status: 'reported' as const, via: [origin] }));
      // A disputed relation's claims come from two articles holding different versions.
      if (kind > 0.95) {
        claims[0] = { ...claims[0]!, version: 'one' } as (typeof claims)[0];
        claims.push({
          source: 'art2',
          quote: 'q',
          status: 'reported',
          via: ['o4'],
          version: 'other',
        } as (typeof claims)[0]);
      }
      return {
        id: data.id!,
        type: data.type!,
        source: data.source!,
        target: data.target!,
        ...(kind < 0.1 ? { modality: 'requested' as const } : {}),
        ...(kind > 0.95 ? { disputed: true, discrepancy: 'sources disagree' } : {}),
        claims,
      };
    }),
  };
  return buildGraph(datasetSchema.parse(data));
}

/** Seeded pairs of distinct entities to look for paths between. */
export function pathPairs(graph: StoryGraph, count: number, seed = 7): [string, string][] {
  const nodes = graph.nodes();
  const random = seededRandom(seed);
  const pairs: [string, string][] = [];
  while (pairs.length < count) {
    const a = nodes[Math.floor(random() * nodes.length)]!;
    const b = nodes[Math.floor(random() * nodes.length)]!;
    if (a !== b) pairs.push([a, b]);
  }
  return pairs;
}
