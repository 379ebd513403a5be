// Under "known by", links are drawn as wide as the independent origins out by the window's end, and go back to
// their whole evidence when the window goes.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../model/graph';
import { datasetSchema } from '../../model/schema';
import { parseIsoDay } from '../../model/time';
import { knownEvidence } from '../../model/timeFilter';
import { miniDataset } from '../../test/miniDataset';
import { widthForOrigins } from '../../appearance/edgeLook';
import { buildScene, restyleEdges } from '../scene';

describe('link widths as known by a day', () => {
  // Article A (30 October) rests on the documents; B (November) adds the officials: r4 has two origins once B is out.
  const data = miniDataset();
  data.sources![1]!.published = '2025-11';
  const graph = buildGraph(datasetSchema.parse(data));
  const widthOf = (scene: ReturnType<typeof buildScene>, id: string) =>
    scene.edgeStyles[scene.edgeStyle[scene.edgeIndex.get(id)!]!]!.width;

  it('narrows a link to the origins out by then, and widens it back', () => {
    const scene = buildScene(graph);
    const whole = graph.getAttribute('evidence')(graph.getEdgeAttributes('r4')).origins.length;
    expect(whole).toBe(2);
    expect(widthOf(scene, 'r4')).toBe(widthForOrigins(2));
    const day = parseIsoDay('2025-10-31')!;
    const evidence = knownEvidence(graph, { from: day - 30, to: day, mode: 'known-by', showUndated: false })!;
    expect(restyleEdges(scene, graph, evidence)).toBe(true);
    expect(widthOf(scene, 'r4')).toBe(widthForOrigins(1));
    expect(restyleEdges(scene, graph, null)).toBe(true);
    expect(widthOf(scene, 'r4')).toBe(widthForOrigins(2));
    expect(restyleEdges(scene, graph, null)).toBe(false);
  });

  it('is nothing to redraw in "happened" mode', () => {
    expect(knownEvidence(graph, { from: 0, to: 1, mode: 'happened', showUndated: false })).toBeNull();
    expect(knownEvidence(graph, undefined)).toBeNull();
  });
});
