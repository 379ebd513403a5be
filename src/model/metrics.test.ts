// Metrics against values worked out by hand on tiny graphs.
import { describe, expect, it } from 'vitest';
import { computeMetric, type MetricId, type Structure } from './metrics';

function structure(nodes: string[], links: [string, string][]): Structure {
  const at = new Map(nodes.map((n, i) => [n, i]));
  return {
    nodes,
    sources: Uint32Array.from(links, ([a]) => at.get(a)!),
    targets: Uint32Array.from(links, ([, b]) => at.get(b)!),
    weights: new Float64Array(links.length).fill(1),
  };
}
const values = (s: Structure, id: MetricId) =>
  Object.fromEntries(s.nodes.map((n, i) => [n, computeMetric(s, id).values[i]]));

const path = structure(
  ['a', 'b', 'c'],
  [
    ['a', 'b'],
    ['b', 'c'],
  ],
);
const star = structure(
  ['x', 'l1', 'l2', 'l3'],
  [
    ['x', 'l1'],
    ['x', 'l2'],
    ['l3', 'x'],
  ],
);

describe('metrics', () => {
  it('counts degree over every link, parallel ones included, and in and out apart', () => {
    const s = structure(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['a', 'b'],
        ['c', 'a'],
      ],
    );
    expect(values(s, 'degree')).toEqual({ a: 3, b: 2, c: 1 });
    expect(values(s, 'outDegree')).toEqual({ a: 2, b: 0, c: 1 });
    expect(values(s, 'inDegree')).toEqual({ a: 1, b: 2, c: 0 });
    expect(values(s, 'weightedDegree')).toEqual({ a: 3, b: 2, c: 1 });
  });

  it('sums the links’ weights for weighted degree, and plain degree ignores them', () => {
    const s = {
      ...structure(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['a', 'b'],
          ['c', 'a'],
        ],
      ),
      weights: Float64Array.of(2.5, 1, 4),
    };
    expect(values(s, 'weightedDegree')).toEqual({ a: 7.5, b: 3.5, c: 4 });
    expect(values(s, 'degree')).toEqual({ a: 3, b: 2, c: 1 });
  });

  it('gives betweenness 1 to the middle of a path and the hub of a star, 0 to the ends', () => {
    expect(values(path, 'betweenness')).toEqual({ a: 0, b: 1, c: 0 });
    expect(values(star, 'betweenness')).toEqual({ x: 1, l1: 0, l2: 0, l3: 0 });
  });

  it('estimates betweenness from sampled sources, exactly when every node is a source', () => {
    const sampled = computeMetric(star, 'betweenness', undefined, { exactBetweennessMax: 0, samples: 4 });
    expect(sampled.sampled).toBe(4);
    expect([...sampled.values].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([1, 0, 0, 0]);
  });

  it('estimates closeness from sampled sources, exactly when every node is a source', () => {
    const long = structure(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'e'],
      ],
    );
    const exact = computeMetric(long, 'closeness').values;
    const sampled = computeMetric(long, 'closeness', undefined, { exactBetweennessMax: 0, samples: 5 });
    expect(sampled.sampled).toBe(5);
    [...sampled.values].forEach((v, i) => expect(v).toBeCloseTo(exact[i]!, 9));
  });

  it('gives closeness 1 to the middle of a path and 2/3 to its ends', () => {
    const c = values(path, 'closeness');
    expect(c.b).toBeCloseTo(1);
    expect(c.a).toBeCloseTo(2 / 3);
  });

  it('gives every node of a directed cycle the same PageRank', () => {
    const cycle = structure(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ],
    );
    for (const v of Object.values(values(cycle, 'pagerank'))) expect(v).toBeCloseTo(1 / 3, 5);
  });

  it('finds two communities in two triangles joined by one link, and components largest first', () => {
    const two = structure(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['d', 'e'],
        ['e', 'f'],
        ['f', 'd'],
        ['c', 'd'],
      ],
    );
    const community = values(two, 'community');
    expect(community.a).toBe(community.b);
    expect(community.b).toBe(community.c);
    expect(community.d).toBe(community.f);
    expect(community.a).not.toBe(community.d);
    const apart = structure(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'b'],
        ['c', 'd'],
        ['d', 'e'],
      ],
    );
    expect(values(apart, 'component')).toEqual({ a: 1, b: 1, c: 0, d: 0, e: 0 });
  });
});
