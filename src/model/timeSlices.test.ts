// Work cut into slices visits every item once, in order, and lets other tasks run between slices.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { betweenSlices, forEachInSlices, holdSlicesWhile, pause } from './timeSlices';
import { buildGraph, buildGraphInSlices, nodeKey } from './graph';
import { graphNumbers } from './graphNumbers';
import { datasetSchema } from './schema';
import { miniDataset } from '../test/miniDataset';
import { describeFacets, describeFacetsInSlices } from './facets';
import { prepareSearchInSlices, searchStory } from './storySearch';
import { buildSearchIndex, searchIndexInSlices } from './search';

describe('forEachInSlices', () => {
  it('visits each index once in order, and other tasks run while it pauses', async () => {
    let clock = 0;
    const seen: number[] = [];
    let otherTaskRanAt = -1;
    setTimeout(() => (otherTaskRanAt = seen.length), 0);
    // A clock that moves 100 ms per reading: every check finds the slice over.
    await forEachInSlices(
      5,
      (i) => seen.push(i),
      1,
      () => (clock += 100),
    );
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(otherTaskRanAt).toBeGreaterThan(0);
    expect(otherTaskRanAt).toBeLessThan(5);
  });
});

describe('buildGraphInSlices', () => {
  it('builds the graph buildGraph builds, with its numbers, hostile ids included', async () => {
    const input = miniDataset();
    input.entities.push({ id: '__proto__', type: 'person', label: 'Proto' });
    input.relations.push({ ...input.relations[0]!, id: 'r-proto', source: '__proto__', target: 'putin' });
    const dataset = datasetSchema.parse(input);
    const plain = buildGraph(dataset);
    const sliced = await buildGraphInSlices(dataset);
    expect(sliced.nodes()).toEqual(plain.nodes());
    expect(sliced.edges()).toEqual(plain.edges());
    expect(sliced.hasNode(nodeKey('__proto__'))).toBe(true);
    expect(sliced.edges().map((e) => [sliced.source(e), sliced.target(e), sliced.getEdgeAttributes(e)])).toEqual(
      plain.edges().map((e) => [plain.source(e), plain.target(e), plain.getEdgeAttributes(e)]),
    );
    // The numbers made alongside equal those counted from the graph afterwards.
    const fromSlices = graphNumbers(sliced);
    const counted = graphNumbers(buildGraph(dataset));
    expect({ ...fromSlices, entities: fromSlices.entities.map((e) => e.id) }).toEqual({
      ...counted,
      entities: counted.entities.map((e) => e.id),
    });
  });
});

describe('describeFacetsInSlices', () => {
  it('counts what describeFacets counts, attributes included', async () => {
    const input = miniDataset();
    input.entities.forEach((e, i) => (e.attributes = { rank: i % 3, score: i * 1.5, note: i % 2 ? 'odd' : 'even' }));
    const graph = buildGraph(datasetSchema.parse(input));
    const facets = describeFacets(graph);
    expect(facets.map((f) => f.id)).toContain('entity:attr:rank');
    expect(await describeFacetsInSlices(graph)).toEqual(facets);
  });
});

describe('prepareSearchInSlices', () => {
  it('makes the indexes a first search would make: the same matches in the same order', async () => {
    const input = miniDataset();
    // Labels out of order and equal ones, so that the merged runs must keep the stable order.
    input.entities.push({ id: 'z1', type: 'person', label: 'Ramón' }, { id: 'z2', type: 'person', label: 'ramon' });
    const dataset = datasetSchema.parse(input);
    const prepared = buildGraph(dataset);
    await prepareSearchInSlices(prepared, dataset.entities);
    const fresh = buildGraph(datasetSchema.parse(input));
    const freshEntities = fresh.mapNodes((_k, e) => e);
    for (const query of ['ra', 'ramon', 'putin', 'vladimir putin wrote', 'iran']) {
      const a = searchStory(prepared, dataset.entities, query, { entities: 50, sources: 5, relations: 50 });
      const b = searchStory(fresh, freshEntities, query, { entities: 50, sources: 5, relations: 50 });
      expect(a.entities.matches.map((m) => m.item.id)).toEqual(b.entities.matches.map((m) => m.item.id));
      expect(a.relations).toEqual(b.relations);
    }
  });
});

describe('searchIndexInSlices', () => {
  it('sorts by label as buildSearchIndex does, equal labels in list order, over many merged runs', async () => {
    const labels = ['b', 'a', 'B', 'c', 'á', 'a', 'd', 'item 10', 'item 9', 'A', 'e'];
    const entities = datasetSchema.parse({
      ...miniDataset(),
      relations: [],
      entities: labels.map((label, i) => ({ id: `x${i}`, type: 'person', label })),
    }).entities;
    for (const runLength of [1, 2, 3, 8192]) {
      const sliced = await searchIndexInSlices([...entities], runLength);
      expect(sliced.items.map((i) => i.item.id)).toEqual(buildSearchIndex(entities).items.map((i) => i.item.id));
    }
  });
});

describe('betweenSlices on a page', () => {
  it('needs no timer, and resumes each waiting loop in a task of its own', async () => {
    vi.stubGlobal('document', {});
    // Timers that never fire: a turn taken through a timeout would never end.
    vi.useFakeTimers();
    try {
      const order: string[] = [];
      const loop = async (name: string) => {
        for (let i = 0; i < 2; i++) {
          await betweenSlices();
          order.push(name);
          // Runs before the task ends: before the other loop's turn, if that is a task of its own.
          queueMicrotask(() => order.push(`${name} done`));
        }
      };
      await Promise.all([loop('a'), loop('b')]);
      expect(order).toEqual(['a', 'a done', 'b', 'b done', 'a', 'a done', 'b', 'b done']);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});

describe('holdSlicesWhile', () => {
  afterEach(() => holdSlicesWhile(() => null));

  it('a slice ends as soon as input waits, and the next waits for the hold', async () => {
    let release!: () => void;
    let hold: Promise<void> | null = new Promise<void>((r) => (release = r));
    let inputWaits = true;
    holdSlicesWhile(
      () => hold,
      () => inputWaits,
    );
    const seen: number[] = [];
    // A clock that never moves: only the waiting input ends the first slice.
    const done = forEachInSlices(
      4,
      (i) => seen.push(i),
      1,
      () => 0,
    );
    // Some turns for the page: the work stays held meanwhile.
    for (let turn = 0; turn < 5; turn++) await pause();
    expect(seen).toEqual([0]);
    inputWaits = false;
    hold = null;
    release();
    await done;
    expect(seen).toEqual([0, 1, 2, 3]);
  });
});
