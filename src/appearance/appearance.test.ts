// The node encoding is decided once: both renderers draw what it says, and the legend describes the same choice.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../model/graph';
import { datasetSchema } from '../model/schema';
import { miniDataset } from '../test/miniDataset';
import { CATEGORY_PALETTE, DEFAULT_APPEARANCE, encodeNodes, GRADIENT, MAX_SIZE, MIN_SIZE } from './appearance';
import { toElements } from '../view/cytoscape/elements';
import { buildScene, restyleScene } from '../view/scene';

const graph = buildGraph(datasetSchema.parse(miniDataset()));
const rank = new Map(graph.nodes().map((key, i) => [key, i]));
const metrics = new Map([
  ['pagerank' as const, rank],
  ['community' as const, new Map(graph.nodes().map((key) => [key, key === 'iran' ? 1 : 0]))],
]);

describe('appearance', () => {
  it('sizes by degree and colours by type by default, with the file colour kept', () => {
    const encoding = encodeNodes(graph, DEFAULT_APPEARANCE);
    expect(encoding.look('maduro').colour).toBe(graph.getAttribute('styles').entity('person').color);
    expect(encoding.look('maduro').size).toBeGreaterThan(encoding.look('junk').size);
    expect(encoding.legend).toEqual({ size: null, colour: { kind: 'type' }, labels: null });
    expect(encoding.missing).toEqual([]);
  });

  it('sizes by a metric between the smallest and biggest size, and says which metric is still missing', () => {
    const sized = encodeNodes(graph, { ...DEFAULT_APPEARANCE, sizeBy: 'metric:pagerank' }, metrics);
    const sizes = graph.nodes().map((k) => sized.look(k).size);
    expect(Math.min(...sizes)).toBe(MIN_SIZE);
    expect(Math.max(...sizes)).toBe(MAX_SIZE);
    expect(sized.legend.size).toEqual({ title: 'PageRank', min: 0, max: graph.order - 1 });
    expect(encodeNodes(graph, { ...DEFAULT_APPEARANCE, sizeBy: 'metric:betweenness' }, metrics).missing).toEqual([
      'betweenness',
    ]);
  });

  it('colours communities from the palette, largest first, and numbers as a gradient', () => {
    const byCommunity = encodeNodes(graph, { ...DEFAULT_APPEARANCE, colourBy: 'metric:community' }, metrics);
    expect(byCommunity.look('maduro').colour).toBe(CATEGORY_PALETTE[0]);
    expect(byCommunity.look('iran').colour).toBe(CATEGORY_PALETTE[1]);
    expect(byCommunity.legend.colour).toMatchObject({
      kind: 'categories',
      title: 'Community',
      entries: [{ value: 'community 1' }, { value: 'community 2' }],
    });
    const shaded = encodeNodes(graph, { ...DEFAULT_APPEARANCE, colourBy: 'metric:pagerank' }, metrics);
    expect(shaded.look(graph.nodes()[0]!).colour).toBe(GRADIENT.from);
    expect(shaded.look(graph.nodes()[graph.order - 1]!).colour).toBe(GRADIENT.to);
  });

  it('hides names on nodes smaller than the minimum size', () => {
    const encoding = encodeNodes(graph, { ...DEFAULT_APPEARANCE, labelMinSize: 30 });
    expect(encoding.look('junk').label).toBe('');
    expect(encoding.look('maduro').label).toBe('Nicolás Maduro');
  });

  it("labels by an attribute's value, nothing where an entity lacks it, or not at all", () => {
    const dataset = miniDataset();
    dataset.entities = dataset.entities.map((e) =>
      e.id === 'maduro' ? { ...e, attributes: { nickname: 'El Presidente', term: 2 } } : e,
    );
    const attributed = buildGraph(datasetSchema.parse(dataset));
    const byNickname = encodeNodes(attributed, { ...DEFAULT_APPEARANCE, labelBy: 'attr:nickname' });
    expect(byNickname.look('maduro').label).toBe('El Presidente');
    expect(byNickname.look('putin').label).toBe('');
    // The legend says where the labels come from when they are not the names.
    expect(byNickname.legend.labels).toBe('Labels: nickname');
    expect(encodeNodes(attributed, { ...DEFAULT_APPEARANCE, labelBy: 'attr:term' }).look('maduro').label).toBe('2');
    const none = encodeNodes(attributed, { ...DEFAULT_APPEARANCE, labelBy: 'none' });
    expect(attributed.nodes().filter((k) => none.look(k).label !== '')).toEqual([]);
    expect(none.legend.labels).toBe('No labels');
    // The minimum size applies to whichever label is chosen.
    const bigOnly = encodeNodes(attributed, { ...DEFAULT_APPEARANCE, labelBy: 'attr:nickname', labelMinSize: 1000 });
    expect(bigOnly.look('maduro').label).toBe('');
  });

  it('gives both renderers the same colour, shape, size and label for every node', () => {
    const encoding = encodeNodes(
      graph,
      { sizeBy: 'metric:pagerank', colourBy: 'metric:community', labelBy: 'name', labelMinSize: 30 },
      metrics,
    );
    const scene = buildScene(graph, undefined, encoding);
    const { elements } = toElements(scene);
    for (const key of graph.nodes()) {
      const look = encoding.look(key);
      const data = elements.find((e) => e.group === 'nodes' && e.data.key === key)!.data;
      expect([data.color, data.shape, data.size, data.label]).toEqual([look.colour, look.shape, look.size, look.label]);
      const i = scene.nodeIndex.get(key)!;
      expect([
        scene.colours[scene.colour[i]!],
        scene.shapes[scene.shape[i]!],
        scene.radius[i]! * 2,
        scene.labels[i],
      ]).toEqual([look.colour, look.shape, look.size, look.label]);
    }
    // An appearance change restyles the same scene to the new encoding.
    restyleScene(scene, encodeNodes(graph, DEFAULT_APPEARANCE));
    expect(scene.labels[scene.nodeIndex.get('junk')!]).toBe('Unlinked thing');
    restyleScene(scene, encodeNodes(graph, { ...DEFAULT_APPEARANCE, labelBy: 'none' }));
    expect(scene.labels.filter(Boolean)).toEqual([]);
  });
});
