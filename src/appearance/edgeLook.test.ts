// The look of a link is decided once: both renderers draw the width and dash edgeLook gives them.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../model/graph';
import { datasetSchema } from '../model/schema';
import { miniDataset } from '../test/miniDataset';
import { dashFor, edgeLookOf, widthForOrigins } from './edgeLook';
import { toElements } from '../view/cytoscape/elements';
import { buildScene } from '../view/scene';
import { SvgContext } from '../view/canvas/svgContext';
import { drawScene } from '../view/canvas/draw';

function storyGraph() {
  const data = miniDataset();
  data.relations[4]!.modality = 'requested';
  return buildGraph(datasetSchema.parse(data));
}

describe('edge look', () => {
  it('widens with independent origins, not with articles', () => {
    const graph = storyGraph();
    // r2: two articles, one origin; r4: two articles, two origins.
    expect(edgeLookOf(graph.getEdgeAttributes('r2'), graph).width).toBe(widthForOrigins(1));
    expect(edgeLookOf(graph.getEdgeAttributes('r4'), graph).width).toBe(widthForOrigins(2));
    expect(widthForOrigins(2)).toBeGreaterThan(widthForOrigins(1));
    expect(widthForOrigins(9)).toBe(widthForOrigins(4));
    expect(widthForOrigins(0)).toBe(1);
  });

  it('never draws a disputed link wider than an undisputed one, whatever its origins', () => {
    const data = miniDataset();
    // Article B also rests on a leak: its claims without a chain stand on three origins.
    data.sources!.push({ id: 'leak', kind: 'document', title: 'Leaked memo', published: 'not given' });
    data.sources![1]!.cites = ['docs', 'officials', 'leak'];
    const r2 = data.relations[1]!;
    r2.claims = r2.claims!.map(({ via: _via, ...claim }) => claim);
    const graph = buildGraph(datasetSchema.parse(data));
    const evidence = graph.getAttribute('evidence');
    const origins = (key: string) => evidence(graph.getEdgeAttributes(key)).origins.length;
    // r2 is disputed with three origins; r3 agrees on three, r1 on one.
    expect(graph.getEdgeAttribute('r2', 'disputed')).toBe(true);
    expect([origins('r2'), origins('r3'), origins('r1')]).toEqual([3, 3, 1]);
    const width = (key: string) => edgeLookOf(graph.getEdgeAttributes(key), graph).width;
    expect(width('r2')).toBeLessThanOrEqual(width('r1'));
    expect(width('r2')).toBeLessThan(width('r3'));
    expect(width('r2')).toBe(widthForOrigins(1));
  });

  it('draws a request dashed and what happened solid', () => {
    const graph = storyGraph();
    expect(edgeLookOf(graph.getEdgeAttributes('r5'), graph).dash.length).toBeGreaterThan(0);
    expect(edgeLookOf(graph.getEdgeAttributes('r1'), graph).dash).toEqual([]);
    expect(dashFor('planned', 3)).not.toEqual(dashFor('requested', 3));
  });

  it('gives both renderers the same width, dash and dispute for every link', () => {
    const graph = storyGraph();
    const scene = buildScene(graph);
    const { elements } = toElements(scene);
    for (const key of graph.edges()) {
      const look = edgeLookOf(graph.getEdgeAttributes(key), graph);
      const element = elements.find((e) => e.group === 'edges' && e.data.key === key)!;
      expect(element.data.width).toBe(look.width);
      if (look.modality !== 'happened') expect(String(element.classes).split(' ')).toContain(`m-${look.modality}`);
      else expect(String(element.classes)).not.toMatch(/\bm-/);
      expect(String(element.classes).split(' ').includes('disputed')).toBe(look.disputed);
      const style = scene.edgeStyles[scene.edgeStyle[scene.edgeIndex.get(key)!]!]!;
      expect(style).toBe(look);
    }
  });

  it('writes the dash pattern into the SVG of a canvas drawing', () => {
    const graph = storyGraph();
    const scene = buildScene(graph);
    const svg = new SvgContext(200, 200);
    drawScene(
      svg as unknown as CanvasRenderingContext2D,
      scene,
      { zoom: 0.5, panX: 100, panY: 100, width: 200, height: 200 },
      null,
      null,
    );
    expect(svg.toString()).toContain(`stroke-dasharray="${dashFor('requested', widthForOrigins(2)).join(' ')}"`);
  });
});
