// The cytoscape renderer's elements come from the same scene the canvas renderer draws: same start positions, same
// node looks, same line looks and flags. And both renderers hand a worker layout the same packed input.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../model/graph';
import { datasetSchema } from '../../model/schema';
import { miniDataset } from '../../test/miniDataset';
import { toElements } from './elements';
import { buildScene, elementCentre, EDGE_DISPUTED, EDGE_UNDIRECTED } from '../scene';
import cytoscape from 'cytoscape';
import { layoutInput } from '../layout/sceneLayout';
import { layoutArrays } from './layouts';
import { linkCentre, packLayoutInput } from '../layout/layoutInput';
import { spiralPosition } from '../scale';

function graphWith(positions: Record<string, { x: number; y: number }>) {
  const data = miniDataset();
  data.entities = data.entities.map((e) => (positions[e.id] ? { ...e, position: positions[e.id] } : e));
  // A request, so that a link with a modality other than "happened" is drawn too.
  data.relations = data.relations.map((r) => (r.id === 'r4' ? { ...r, modality: 'requested' } : r));
  return buildGraph(datasetSchema.parse(data));
}

describe('one drawing for both renderers', () => {
  it('starts each node at an earlier drawing’s position, else the file’s, else on a spiral', () => {
    const graph = graphWith({ maduro: { x: 5, y: 6 }, putin: { x: 7, y: 8 } });
    const known = new Map([['putin', { x: -1, y: -2 }]]);
    const scene = buildScene(graph, known);
    const { elements } = toElements(scene);
    const at = (key: string) => elements.find((e) => e.group === 'nodes' && e.data.key === key)!.position;
    expect(at('maduro')).toEqual({ x: 5, y: 6 });
    expect(at('putin')).toEqual({ x: -1, y: -2 });
    // The first node with no position takes the spiral's first place, the next the second.
    const unplaced = graph.nodes().filter((k) => k !== 'maduro' && k !== 'putin');
    expect(at(unplaced[0]!)).toEqual(spiralPosition(0));
    expect(at(unplaced[1]!)).toEqual(spiralPosition(1));
    for (const key of graph.nodes()) {
      const i = scene.nodeIndex.get(key)!;
      expect(at(key)).toEqual({ x: scene.x[i], y: scene.y[i] });
    }
    expect(scene.placed).toBe(false);
  });

  it('says the drawing is placed only when every node has a position', () => {
    const all = Object.fromEntries(miniDataset().entities.map((e, i) => [e.id, { x: i, y: i }]));
    expect(buildScene(graphWith(all)).placed).toBe(true);
    const known = new Map(Object.entries(all));
    expect(buildScene(graphWith({}), known).placed).toBe(true);
    expect(buildScene(graphWith({})).placed).toBe(false);
  });

  it('gives cytoscape the scene’s direction, dispute, modality, width and caption for every link', () => {
    const graph = graphWith({});
    const scene = buildScene(graph);
    const { elements, ids } = toElements(scene);
    scene.edgeKeys.forEach((key, j) => {
      const element = elements.find((e) => e.group === 'edges' && e.data.key === key)!;
      const classes = String(element.classes).split(' ');
      const look = scene.edgeStyles[scene.edgeStyle[j]!]!;
      expect(classes.includes('symmetric')).toBe((scene.edgeFlags[j]! & EDGE_UNDIRECTED) !== 0);
      expect(classes.includes('disputed')).toBe((scene.edgeFlags[j]! & EDGE_DISPUTED) !== 0);
      expect(classes.includes(`m-${look.modality}`)).toBe(look.modality !== 'happened');
      expect(element.data.width).toBe(look.width);
      expect(element.data.label).toBe(scene.edgeLabels[j]);
      expect(element.data.source).toBe(ids.nodes.get(graph.source(key)));
      expect(element.data.target).toBe(ids.nodes.get(graph.target(key)));
    });
    // The mini story has a disputed link and a modality other than "happened": the checks above saw both kinds.
    expect(elements.some((e) => String(e.classes).includes('disputed'))).toBe(true);
    expect(elements.some((e) => /\bm-/.test(String(e.classes)))).toBe(true);
  });
});

describe('layout input', () => {
  it('packs positions in order and links by index, leaving out loops and links to nodes not in the list', () => {
    const points = [
      { x: 1, y: 2 },
      { x: 3, y: 4 },
      { x: 5, y: 6 },
    ];
    const links: [number, number][] = [
      [0, 1],
      [1, 1],
      [2, -1],
      [2, 0],
    ];
    const input = packLayoutInput(
      3,
      (k) => points[k]!,
      (visit) => links.forEach(([s, t]) => visit(s, t)),
    );
    expect([...input.positions]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...input.edges]).toEqual([0, 1, 2, 0]);
  });

  it('is the same from both renderers: the shown nodes in order and the links among them', () => {
    const scene = buildScene(graphWith({}));
    // Iran hidden: the canvas leaves it out of the scene's input, cytoscape removes it from the drawing.
    const iran = scene.nodeIndex.get('iran')!;
    scene.nodeShown[iran] = 0;
    scene.edgeKeys.forEach((_key, j) => {
      if (scene.source[j] === iran || scene.target[j] === iran) scene.edgeShown[j] = 0;
    });
    const canvas = layoutInput(scene);
    // Added as the renderer adds them (the constructor's elements option would place them by its own layout).
    const cy = cytoscape({ headless: true });
    cy.add(toElements(scene).elements);
    cy.getElementById(`n${iran}`).remove();
    const drawn = layoutArrays(cy.nodes(), cy.edges());
    expect([...drawn.positions]).toEqual([...canvas.positions]);
    // The same pairs (cytoscape keeps its edges in an order of its own, which a layout does not care about).
    const pairsOf = (edges: Uint32Array) =>
      Array.from({ length: edges.length / 2 }, (_, k) => `${edges[2 * k]}>${edges[2 * k + 1]}`).sort();
    expect(pairsOf(drawn.edges)).toEqual(pairsOf(canvas.edges));
    // And the pairs are the story's links between shown entities, by their place in the list: r5 (to Iran) is out.
    const keyAt = (k: number) => scene.nodeKeys[canvas.nodes[k]!];
    const pairs = [];
    for (let k = 0; k < canvas.edges.length; k += 2)
      pairs.push(`${keyAt(canvas.edges[k]!)}>${keyAt(canvas.edges[k + 1]!)}`);
    expect(pairs.sort()).toEqual(['maduro>letter', 'maduro>russia', 'letter>putin', 'velasquez>letter'].sort());
    cy.destroy();
  });

  it('centres a link midway between its ends in both renderers', () => {
    const scene = buildScene(graphWith({ maduro: { x: 0, y: 0 }, letter: { x: 10, y: 4 } }));
    const j = scene.edgeKeys.findIndex(
      (_k, j) => scene.nodeKeys[scene.source[j]!] === 'maduro' && scene.nodeKeys[scene.target[j]!] === 'letter',
    );
    expect(j).toBeGreaterThanOrEqual(0);
    expect(elementCentre(scene, 'edge', j)).toEqual(linkCentre({ x: 0, y: 0 }, { x: 10, y: 4 }));
    expect(linkCentre({ x: 0, y: 0 }, { x: 10, y: 4 })).toEqual({ x: 5, y: 2 });
  });
});
