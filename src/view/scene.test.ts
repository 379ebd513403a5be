// The canvas renderer's pure parts: what it draws where, what a click hits, what the filters hide, how the
// simple layouts place nodes, what goes to a worker layout, what a selection lights up, how big an exported
// image is, and that the SVG it writes keeps labels as text.
import { describe, expect, it } from 'vitest';
import { buildGraph, buildGraphInSlices, nodeKey } from '../model/graph';
import { datasetSchema } from '../model/schema';
import { computeVisibility, NO_FILTERS, togglePick } from '../model/filters';
import {
  applyVisibility,
  applyVisibilityChanges,
  buildScene,
  prepareSceneInSlices,
  edgeAt,
  elementCentre,
  highlightOf,
  nodeAt,
  shownBounds,
  EDGE_DISPUTED,
  EDGE_UNDIRECTED,
  SHOWN,
  CONTEXT,
} from './scene';
import { applyLayout, layoutInput } from './layout/sceneLayout';
import { DEFAULT_APPEARANCE, encodeNodes } from '../appearance/appearance';
import { placeSimple } from './layout/simpleLayouts';
import { SvgContext } from './canvas/svgContext';
import { drawScene } from './canvas/draw';

function sampleGraph() {
  return buildGraph(sampleDataset());
}

function sampleDataset() {
  return datasetSchema.parse({
    title: 'Canvas sample',
    entities: [
      { id: 'a', type: 'person', label: 'Alice', country: 'FR', position: { x: 0, y: 0 } },
      { id: 'b', type: 'organization', label: 'Bolt Ltd', country: 'FR', position: { x: 100, y: 0 } },
      {
        id: '__proto__',
        type: 'person',
        label: '<img src=x onerror=alert(1)>',
        country: 'VE',
        position: { x: 100, y: 100 },
      },
      { id: 'constructor', type: 'country', label: 'C & D', country: 'VE', position: { x: 0, y: 100 } },
    ],
    relations: [
      { id: 'ab', type: 'met_with', source: 'a', target: 'b' },
      { id: 'bp', type: 'supplied', source: 'b', target: '__proto__' },
      {
        id: 'pc',
        type: 'supplied',
        source: '__proto__',
        target: 'constructor',
        disputed: true,
        discrepancy: 'the articles disagree',
      },
    ],
  });
}

describe('buildScene', () => {
  const graph = sampleGraph();
  const scene = buildScene(graph);

  it('holds every node and edge with the file positions, hostile ids included', () => {
    expect(scene.nodeKeys).toHaveLength(4);
    expect(scene.edgeKeys).toHaveLength(3);
    const p = scene.nodeIndex.get(nodeKey('__proto__'))!;
    expect([scene.x[p], scene.y[p]]).toEqual([100, 100]);
    expect(scene.labels[p]).toBe('<img src=x onerror=alert(1)>');
    const pc = scene.edgeIndex.get('pc')!;
    expect(scene.nodeKeys[scene.source[pc]!]).toBe(nodeKey('__proto__'));
    expect(scene.nodeKeys[scene.target[pc]!]).toBe(nodeKey('constructor'));
  });

  it('flags disputed and symmetric relations, and colours nodes by type', () => {
    expect(scene.edgeFlags[scene.edgeIndex.get('pc')!]! & EDGE_DISPUTED).toBeTruthy();
    expect(scene.edgeFlags[scene.edgeIndex.get('ab')!]! & EDGE_DISPUTED).toBe(0);
    // met_with is symmetric in the vocabulary, supplied is not.
    expect(scene.edgeFlags[scene.edgeIndex.get('ab')!]! & EDGE_UNDIRECTED).toBeTruthy();
    expect(scene.edgeFlags[scene.edgeIndex.get('bp')!]! & EDGE_UNDIRECTED).toBe(0);
    const colourOf = (id: string) => scene.colours[scene.colour[scene.nodeIndex.get(nodeKey(id))!]!];
    expect(colourOf('a')).toBe(colourOf('__proto__'));
    expect(colourOf('a')).not.toBe(colourOf('b'));
  });

  it('prefers remembered positions, and spreads nodes without any', () => {
    const known = new Map([[nodeKey('a'), { x: -7, y: 9 }]]);
    const again = buildScene(graph, known);
    expect([again.x[again.nodeIndex.get('a')!], again.y[again.nodeIndex.get('a')!]]).toEqual([-7, 9]);
    graph.forEachNode((key) => graph.removeNodeAttribute(key, 'position'));
    const spread = buildScene(graph);
    const points = new Set(spread.nodeKeys.map((_k, i) => `${spread.x[i]},${spread.y[i]}`));
    expect(points.size).toBe(4);
  });

  it('draws the same scene when it was made ahead in slices, with or without positions', async () => {
    for (const withPositions of [true, false]) {
      const fresh = sampleGraph();
      if (!withPositions) fresh.forEachNode((key) => fresh.removeNodeAttribute(key, 'position'));
      const direct = buildScene(fresh);
      await prepareSceneInSlices(fresh);
      const ahead = buildScene(fresh);
      expect(ahead).not.toBe(direct);
      expect(ahead).toEqual(direct);
    }
  });

  it('a scene styled ahead for the default appearance is styled again for another one', async () => {
    const fresh = sampleGraph();
    await prepareSceneInSlices(fresh);
    // Labels only for the biggest: the sample's nodes lose theirs.
    const other = { ...DEFAULT_APPEARANCE, labelMinSize: 1000 };
    const ahead = buildScene(fresh, undefined, encodeNodes(fresh, other));
    const direct = buildScene(sampleGraph(), undefined, encodeNodes(sampleGraph(), other));
    expect(ahead.labels.every((label) => label === '')).toBe(true);
    expect({ ...ahead, graph: null }).toEqual({ ...direct, graph: null });
  });

  it('draws the same scene from a graph built in slices, whose numbers were made with it', async () => {
    const sliced = await buildGraphInSlices(sampleDataset());
    await prepareSceneInSlices(sliced);
    const ahead = buildScene(sliced);
    const direct = buildScene(sampleGraph());
    expect({ ...ahead, graph: null }).toEqual({ ...direct, graph: null });
  });
});

describe('visibility and hit-testing', () => {
  const graph = sampleGraph();
  const scene = buildScene(graph);

  it('draws faded, for context, what only the country filter hides at the end of a shown link', () => {
    applyVisibility(scene, computeVisibility(graph, togglePick(NO_FILTERS, 'entity:country', 'FR')));
    const drawn = (shown: Uint8Array, keys: string[], value: number) => keys.filter((_k, i) => shown[i] === value);
    expect(drawn(scene.nodeShown, scene.nodeKeys, SHOWN)).toEqual(['a', 'b']);
    expect(drawn(scene.nodeShown, scene.nodeKeys, CONTEXT)).toEqual([nodeKey('__proto__')]);
    expect(drawn(scene.edgeShown, scene.edgeKeys, CONTEXT)).toEqual(['bp']);
    applyVisibility(scene, computeVisibility(graph, NO_FILTERS));
  });

  it('hides what the filters hide, and edges whose end is hidden', () => {
    const onlyFrance = { ...togglePick(NO_FILTERS, 'entity:country', 'FR'), contextFacets: [] };
    expect(applyVisibility(scene, computeVisibility(graph, onlyFrance))).toBe(true);
    const shownNodes = scene.nodeKeys.filter((_k, i) => scene.nodeShown[i]);
    const shownEdges = scene.edgeKeys.filter((_k, j) => scene.edgeShown[j]);
    expect(shownNodes).toEqual(['a', 'b']);
    expect(shownEdges).toEqual(['ab']);
    expect(shownBounds(scene)!.y2).toBeLessThan(50);
    // The same visibility again changes nothing, so nothing is redrawn.
    expect(applyVisibility(scene, computeVisibility(graph, onlyFrance))).toBe(false);
    expect(applyVisibility(scene, computeVisibility(graph, NO_FILTERS))).toBe(true);
    expect(scene.edgeShown.every((v) => v === 1)).toBe(true);
  });

  it('tells a change of edges alone from one of nodes, so a time brush redraws only the links', () => {
    applyVisibility(scene, computeVisibility(graph, NO_FILTERS));
    const everything = computeVisibility(graph, NO_FILTERS);
    const oneEdgeLess = { nodes: everything.nodes, edges: new Set([...everything.edges].slice(1)) };
    const hidden = scene.edgeKeys.indexOf([...everything.edges][0]!);
    expect(applyVisibilityChanges(scene, oneEdgeLess)).toEqual({ nodes: false, edges: true });
    expect(scene.edgeShown[hidden]).toBe(0);
    // The same node set again, and a new one with the same nodes: no node changed either way.
    expect(applyVisibilityChanges(scene, everything)).toEqual({ nodes: false, edges: true });
    expect(applyVisibilityChanges(scene, { ...everything, nodes: new Set(everything.nodes) })).toEqual({
      nodes: false,
      edges: false,
    });
    const onlyFrance = { ...togglePick(NO_FILTERS, 'entity:country', 'FR'), contextFacets: [] };
    expect(applyVisibilityChanges(scene, computeVisibility(graph, onlyFrance))).toEqual({ nodes: true, edges: true });
    applyVisibility(scene, computeVisibility(graph, NO_FILTERS));
    expect(scene.nodeShown.every((v) => v === SHOWN)).toBe(true);
  });

  it("reads the filters' sets by number as it would by key", () => {
    const cases = [
      { ...togglePick(NO_FILTERS, 'entity:country', 'FR'), contextFacets: [] },
      togglePick(NO_FILTERS, 'entity:country', 'VE'),
      {
        ...togglePick(
          NO_FILTERS,
          'relation:type',
          [...graph.edges()].map((e) => graph.getEdgeAttribute(e, 'type'))[0]!,
        ),
        hideOrphans: true,
      },
    ];
    for (const filters of cases) {
      const made = computeVisibility(graph, filters);
      applyVisibility(scene, made);
      const byNumber = { nodes: [...scene.nodeShown], edges: [...scene.edgeShown] };
      applyVisibility(scene, computeVisibility(graph, NO_FILTERS));
      // Copies of the sets carry no mask: read by key.
      applyVisibility(scene, { ...made, nodes: new Set(made.nodes), edges: new Set(made.edges) });
      expect(byNumber).toEqual({ nodes: [...scene.nodeShown], edges: [...scene.edgeShown] });
      expect(byNumber.nodes).not.toEqual(byNumber.nodes.map(() => SHOWN));
    }
    applyVisibility(scene, computeVisibility(graph, NO_FILTERS));
  });

  it('finds the node under a point, then the edge near it, and nothing on empty space', () => {
    applyVisibility(scene, computeVisibility(graph, NO_FILTERS));
    expect(scene.nodeKeys[nodeAt(scene, 102, 98)]).toBe(nodeKey('__proto__'));
    expect(nodeAt(scene, 50, 2)).toBe(-1);
    expect(scene.edgeKeys[edgeAt(scene, 50, 2, 4)]).toBe('ab');
    expect(edgeAt(scene, 50, 50, 4)).toBe(-1);
  });

  it('does not hit hidden nodes or edges', () => {
    applyVisibility(scene, computeVisibility(graph, togglePick(NO_FILTERS, 'entity:country', 'VE')));
    expect(nodeAt(scene, 0, 0)).toBe(-1);
    expect(edgeAt(scene, 50, 2, 4)).toBe(-1);
  });
});

describe('simple layouts', () => {
  it('place every shown node on its own spot and leave hidden ones where they were', () => {
    const graph = sampleGraph();
    const scene = buildScene(graph);
    applyVisibility(scene, computeVisibility(graph, togglePick(NO_FILTERS, 'entity:country', 'VE')));
    const hidden = scene.nodeIndex.get('a')!;
    for (const name of ['grid', 'circle', 'concentric'] as const) {
      placeSimple(scene, name);
      expect([scene.x[hidden], scene.y[hidden]]).toEqual([0, 0]);
      const shown = scene.nodeKeys.map((_k, i) => i).filter((i) => scene.nodeShown[i]);
      const spots = new Set(shown.map((i) => `${Math.round(scene.x[i]!)},${Math.round(scene.y[i]!)}`));
      expect(spots.size, name).toBe(shown.length);
      // No two shown nodes overlap.
      const [i, k] = shown;
      expect(Math.hypot(scene.x[i!]! - scene.x[k!]!, scene.y[i!]! - scene.y[k!]!), name).toBeGreaterThan(
        scene.radius[i!]! + scene.radius[k!]!,
      );
    }
  });
});

describe('worker layouts', () => {
  it('send only the shown nodes and the links between them, and put the answer back on those nodes', () => {
    const graph = sampleGraph();
    const scene = buildScene(graph);
    const franceAlone = { ...togglePick(NO_FILTERS, 'entity:country', 'FR'), contextFacets: [] };
    applyVisibility(scene, computeVisibility(graph, franceAlone));
    const { nodes, positions, edges } = layoutInput(scene);
    expect(nodes.map((i) => scene.nodeKeys[i])).toEqual(['a', 'b']);
    expect([...positions]).toEqual([0, 0, 100, 0]);
    expect([...edges]).toEqual([0, 1]);
    applyLayout(scene, nodes, Float64Array.from([5, 6, 7, 8]));
    const p = scene.nodeIndex.get(nodeKey('__proto__'))!;
    expect([scene.x[nodes[1]!], scene.y[nodes[1]!], scene.x[p], scene.y[p]]).toEqual([7, 8, 100, 100]);
  });
});

describe('selection highlight', () => {
  const graph = sampleGraph();
  const scene = buildScene(graph);

  it('marks the selected node and its neighbourhood, and finds where to centre it', () => {
    const marks = highlightOf(
      scene,
      { kind: 'entity', id: nodeKey('b') },
      { nodes: new Set(['a', nodeKey('__proto__')]), edges: new Set(['ab', 'bp']) },
    )!;
    expect(scene.nodeKeys[marks.node]).toBe('b');
    expect(marks.edge).toBe(-1);
    expect(scene.nodeKeys.filter((_k, i) => marks.nodes[i])).toEqual(['a', nodeKey('__proto__')]);
    expect(scene.edgeKeys.filter((_k, j) => marks.edges[j])).toEqual(['ab', 'bp']);
    expect(elementCentre(scene, 'node', marks.node)).toEqual({ x: 100, y: 0 });
  });

  it('centres a relation on its midpoint, and highlights nothing for an element the scene lacks', () => {
    const marks = highlightOf(scene, { kind: 'relation', id: 'bp' }, { nodes: new Set(), edges: new Set() })!;
    expect(elementCentre(scene, 'edge', marks.edge)).toEqual({ x: 100, y: 50 });
    expect(highlightOf(scene, { kind: 'entity', id: 'nobody' }, { nodes: new Set(), edges: new Set() })).toBeNull();
    expect(highlightOf(scene, null, { nodes: new Set(), edges: new Set() })).toBeNull();
  });

  it("lights a source's dependants without selecting any element, and nothing when none rests on it alone", () => {
    const marks = highlightOf(
      scene,
      { kind: 'source', id: 'docs' },
      { nodes: new Set(['a', 'b']), edges: new Set(['ab']) },
    )!;
    expect([marks.node, marks.edge]).toEqual([-1, -1]);
    expect(scene.edgeKeys.filter((_k, j) => marks.edges[j])).toEqual(['ab']);
    expect(highlightOf(scene, { kind: 'source', id: 'docs' }, { nodes: new Set(), edges: new Set() })).toBeNull();
  });
});

describe('SVG drawing', () => {
  it('draws the same scene as the canvas, with labels as escaped text', () => {
    const graph = sampleGraph();
    const scene = buildScene(graph);
    const svg = new SvgContext(400, 300);
    drawScene(
      svg as unknown as CanvasRenderingContext2D,
      scene,
      { zoom: 2, panX: 20, panY: 20, width: 400, height: 300 },
      null,
      '#ffffff',
    );
    const text = svg.toString();
    const doc = new DOMParserLike(text);
    expect(doc.count('<path')).toBeGreaterThan(1);
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('C &amp; D');
    expect(text).not.toContain('<img');
    expect(doc.count('<text')).toBe(4);
  });
});

/** Counts tags in the SVG text (Node has no DOMParser; the text is ours and regular). */
class DOMParserLike {
  constructor(private readonly text: string) {}
  count(tag: string): number {
    return this.text.split(tag).length - 1;
  }
}
