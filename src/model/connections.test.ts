// Paths (shortest, all-shortest, over the evidence, best-supported) and ego networks on a small graph with known answers.
import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import { datasetSchema, type DatasetInput } from './schema';
import { findPaths, type PathOptions } from './paths';
import { withinSteps, applyEgo } from './ego';
import { graphNumbers, rememberMask } from './graphNumbers';

/**
 * a → b → d and a → c → d (two shortest paths of 2 steps); d → e; x isolated.
 * a→b and b→d rest on two origins, a→c on one, c→d is only requested.
 */
function sample() {
  const claim = (via: string) => ({ source: 'art', quote: 'q', status: 'reported' as const, via: [via] });
  const data: DatasetInput = {
    title: 'Paths',
    sources: [
      { id: 'art', kind: 'article', title: 'Article', published: 'not given', cites: ['o1', 'o2'] },
      { id: 'o1', kind: 'document', title: 'O1', published: 'not given' },
      { id: 'o2', kind: 'document', title: 'O2', published: 'not given' },
    ],
    entities: ['a', 'b', 'c', 'd', 'e', 'x'].map((id) => ({ id, type: 'person', label: id.toUpperCase() })),
    relations: [
      { id: 'ab', type: 'met_with', source: 'a', target: 'b', claims: [claim('o1'), claim('o2')] },
      { id: 'bd', type: 'met_with', source: 'b', target: 'd', claims: [claim('o1'), claim('o2')] },
      { id: 'ac', type: 'met_with', source: 'a', target: 'c', claims: [claim('o1')] },
      { id: 'cd', type: 'requested_aid', source: 'c', target: 'd', modality: 'requested', claims: [claim('o1')] },
      { id: 'de', type: 'supplied', source: 'd', target: 'e', claims: [claim('o2')] },
    ],
  };
  return buildGraph(datasetSchema.parse(data));
}

const graph = sample();
const all = new Set(graph.edges());
const plain: PathOptions = { directed: false, rules: null, bestSupported: false };

describe('paths', () => {
  it('finds every shortest path and lists the first step by step', () => {
    const result = findPaths(graph, 'a', 'e', all, plain);
    if (!result.found) throw new Error(result.reason);
    expect(result.steps).toHaveLength(3);
    expect([...result.allEdges].sort()).toEqual(['ab', 'ac', 'bd', 'cd', 'de']);
    expect([...result.allNodes].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('walks links against their arrows unless asked to follow them', () => {
    const back = findPaths(graph, 'e', 'a', all, plain);
    if (!back.found) throw new Error(back.reason);
    expect(back.steps.every((s) => s.reversed)).toBe(true);
    const following = findPaths(graph, 'e', 'a', all, { ...plain, directed: true });
    expect(following.found).toBe(false);
    if (!following.found) expect(following.reason).toMatch(/following the arrows/);
  });

  it('keeps to the links the filters show', () => {
    const withoutB = new Set(['ac', 'cd', 'de']);
    const result = findPaths(graph, 'a', 'd', withoutB, plain);
    if (!result.found) throw new Error(result.reason);
    expect(result.steps.map((s) => s.edge)).toEqual(['ac', 'cd']);
    expect(findPaths(graph, 'a', 'x', all, plain).found).toBe(false);
  });

  it('over the evidence, leaves out links that do not pass the rules', () => {
    const rules = { minOrigins: 2, excludeDisputed: true, happenedOnly: true };
    const result = findPaths(graph, 'a', 'd', all, { ...plain, rules });
    if (!result.found) throw new Error(result.reason);
    expect([...result.allEdges].sort()).toEqual(['ab', 'bd']);
    // d → e has one origin: over the rules, e cannot be reached.
    expect(findPaths(graph, 'a', 'e', all, { ...plain, rules }).found).toBe(false);
  });

  it('picks the best-supported path and flags its weakest link', () => {
    const result = findPaths(graph, 'a', 'e', all, { ...plain, bestSupported: true });
    if (!result.found) throw new Error(result.reason);
    expect(result.steps.map((s) => s.edge)).toEqual(['ab', 'bd', 'de']);
    expect(result.weakest).toBe('de');
    const shortest = findPaths(graph, 'a', 'd', new Set(['ac', 'cd']), plain);
    if (!shortest.found) throw new Error(shortest.reason);
    // A requested link weighs more than one that happened on the same origins.
    expect(shortest.weakest).toBe('cd');
  });
});

describe('paths with the filters and the arrows', () => {
  it('reads the links shown from the mask the filters give them, and a new answer follows a new set', () => {
    const { edgeKeys } = graphNumbers(graph);
    // The filters' sets carry a mask by link number: a set whose mask hides a→b and b→d leaves the path through c.
    const mask = Uint8Array.from(edgeKeys, (key) => (key === 'ab' || key === 'bd' ? 0 : 1));
    const shown = new Set(edgeKeys.filter((_, j) => mask[j]));
    rememberMask(shown, graph, mask);
    const result = findPaths(graph, 'a', 'e', shown, plain);
    if (!result.found) throw new Error(result.reason);
    expect(result.steps.map((s) => s.edge)).toEqual(['ac', 'cd', 'de']);
    const again = findPaths(graph, 'a', 'e', all, plain);
    if (!again.found) throw new Error(again.reason);
    expect([...again.allEdges].sort()).toEqual(['ab', 'ac', 'bd', 'cd', 'de']);
  });

  it('following the arrows, lists every shortest path that does', () => {
    const result = findPaths(graph, 'a', 'e', all, { ...plain, directed: true });
    if (!result.found) throw new Error(result.reason);
    expect(result.steps.every((s) => !s.reversed)).toBe(true);
    expect([...result.allEdges].sort()).toEqual(['ab', 'ac', 'bd', 'cd', 'de']);
    expect(findPaths(graph, 'e', 'b', all, { ...plain, directed: true }).found).toBe(false);
  });

  it('of parallel links with as many origins, takes the one that happened', () => {
    const claim = (via: string) => ({ source: 'art', quote: 'q', status: 'reported' as const, via: [via] });
    const data: DatasetInput = {
      title: 'Parallel',
      sources: [
        { id: 'art', kind: 'article', title: 'Article', published: 'not given', cites: ['o1'] },
        { id: 'o1', kind: 'document', title: 'O1', published: 'not given' },
      ],
      entities: ['p', 'q'].map((id) => ({ id, type: 'person', label: id })),
      relations: [
        { id: 'asked', type: 'requested_aid', source: 'p', target: 'q', modality: 'requested', claims: [claim('o1')] },
        { id: 'met', type: 'met_with', source: 'q', target: 'p', claims: [claim('o1')] },
      ],
    };
    const parallel = buildGraph(datasetSchema.parse(data));
    const result = findPaths(parallel, 'p', 'q', new Set(parallel.edges()), plain);
    if (!result.found) throw new Error(result.reason);
    expect(result.steps).toEqual([{ edge: 'met', reversed: true }]);
    expect([...result.allEdges].sort()).toEqual(['asked', 'met']);
  });
});

describe('ego networks', () => {
  it('reaches k steps out, in, or both ways', () => {
    const allowed = () => true;
    expect([...withinSteps(graph, 'd', 1, 'both', allowed).keys()].sort()).toEqual(['b', 'c', 'd', 'e']);
    expect([...withinSteps(graph, 'd', 1, 'out', allowed).keys()].sort()).toEqual(['d', 'e']);
    expect([...withinSteps(graph, 'd', 2, 'in', allowed).entries()].sort()).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 1],
      ['d', 0],
    ]);
  });

  it('narrows the filtered view, keeps its links among what it shows, and grows when a node is expanded', () => {
    const visibility = { nodes: new Set(graph.nodes()), edges: new Set(['ab', 'ac', 'bd', 'de']) };
    const ego = applyEgo(graph, visibility, { centre: 'a', hops: 1, direction: 'both', expanded: [] });
    expect([...ego.nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...ego.edges].sort()).toEqual(['ab', 'ac']);
    // c → d is hidden by the filters, so the walk does not take it.
    const two = applyEgo(graph, visibility, { centre: 'a', hops: 2, direction: 'both', expanded: [] });
    expect([...two.nodes].sort()).toEqual(['a', 'b', 'c', 'd']);
    const expanded = applyEgo(graph, visibility, { centre: 'a', hops: 2, direction: 'both', expanded: ['d'] });
    expect([...expanded.nodes].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(applyEgo(graph, visibility, null)).toBe(visibility);
  });
});
