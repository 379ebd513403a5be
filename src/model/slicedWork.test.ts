// Work written as a generator gives the same answer run at once or in slices, and lets other tasks run between
// slices: the time index and the date-like attributes a big graph's time bar needs are made that way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAtOnce, runInSlices, type SlicedWork } from './timeSlices';
import { buildTimeIndex, prepareTimeIndexInSlices, timeIndexOf } from './timeFilter';
import { dateLikeAttributes, prepareDateLikeAttributesInSlices } from './attributeDates';
import { buildGraph } from './graph';
import { datasetSchema, type Relation } from './schema';

function* counting(upTo: number, seen: number[]): SlicedWork<number> {
  for (let i = 0; i < upTo; i++) {
    seen.push(i);
    yield;
  }
  return upTo * 10;
}

const story = datasetSchema.parse(JSON.parse(readFileSync('graph-data/venezuela-military-aid.json', 'utf8')));

describe('sliced work', () => {
  it('gives the same result at once and in slices, other tasks running between slices', async () => {
    const once: number[] = [];
    expect(runAtOnce(counting(5, once))).toBe(50);
    let clock = 0;
    const sliced: number[] = [];
    let otherTaskRanAt = -1;
    setTimeout(() => (otherTaskRanAt = sliced.length), 0);
    // A clock that moves 100 ms per reading: every yield finds the slice over.
    expect(await runInSlices(counting(5, sliced), () => (clock += 100))).toBe(50);
    expect(sliced).toEqual(once);
    expect(otherTaskRanAt).toBeGreaterThan(0);
    expect(otherTaskRanAt).toBeLessThan(5);
  });

  it("makes the graph's time index in slices as buildTimeIndex makes it", async () => {
    const graph = buildGraph(story);
    await prepareTimeIndexInSlices(graph);
    const relations: Relation[] = [];
    graph.forEachEdge((_key, relation) => relations.push(relation));
    const index = timeIndexOf(graph);
    expect(index).toEqual(buildTimeIndex(relations, story.sources));
    // The story has dated relations: the index is not empty by accident.
    expect(index.byStart.length).toBeGreaterThan(0);
  });

  it('finds the date-like attributes in slices that it finds at once', async () => {
    const relations = Array.from({ length: 5000 }, (_, i) => ({
      ...story.relations[i % story.relations.length]!,
      id: `r${i}`,
      attributes: { year: 1990 + (i % 30), note: `n${i}`, when: i % 3 === 0 ? 'soon' : '2024-03-0' + (1 + (i % 9)) },
    }));
    const once = dateLikeAttributes(relations);
    expect(once).toEqual(['year', 'when']);
    await prepareDateLikeAttributesInSlices(relations);
    expect(dateLikeAttributes(relations)).toEqual(once);
  });
});
