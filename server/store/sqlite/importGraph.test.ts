import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/model/seededRandom';
import { ImportGraph, endsByEntity } from './importGraph';

/** Each entity's rows as the adjacency key orders them, found by sorting (neighbour's degree, neighbour, relation). */
function sortedRows(graph: ImportGraph, entity: number): number[] {
  const rows: { end: number; neighbour: number }[] = [];
  for (let r = 0; r < graph.relationCount; r++) {
    if (graph.source[r] === entity) rows.push({ end: r * 2, neighbour: graph.target[r]! });
    else if (graph.target[r] === entity) rows.push({ end: r * 2 + 1, neighbour: graph.source[r]! });
  }
  const degree = graph.degree;
  rows.sort(
    (a, b) => degree[a.neighbour]! - degree[b.neighbour]! || a.neighbour - b.neighbour || (a.end >> 1) - (b.end >> 1),
  );
  return rows.map((row) => row.end);
}

describe('relation ends by entity', () => {
  it('come in the adjacency key order, once per end, a relation to itself once', () => {
    const random = seededRandom(3);
    const graph = new ImportGraph();
    const entities = 60;
    for (let e = 0; e < entities; e++) graph.addEntity(e % 3 ? 'person' : 'organization');
    // Skewed ends, repeated pairs and a few relations from an entity to itself.
    const pick = () => Math.floor(random() ** 2 * entities);
    for (let r = 0; r < 400; r++) {
      const source = pick();
      graph.addRelation(source, r % 37 === 0 ? source : pick(), 'knows', 0, 0);
    }
    const { offsets, ends } = endsByEntity(graph);
    for (let e = 0; e < entities; e++) {
      expect([...ends.subarray(offsets[e], offsets[e + 1])]).toEqual(sortedRows(graph, e));
    }
  });
});
