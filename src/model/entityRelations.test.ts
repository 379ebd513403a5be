// An entity's relations as the details list them, on the bundled story: expectations come from the dataset's own
// words (its relation types, modalities and the details that say how many sources stand behind a link).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildGraph } from './graph';
import { datasetSchema } from './schema';
import { groupRelations, originsText } from './entityRelations';

const story = datasetSchema.parse(JSON.parse(readFileSync('graph-data/venezuela-military-aid.json', 'utf8')));
const graph = buildGraph(story);
const everything = new Set(graph.edges());
const his = story.relations.filter((r) => r.source === 'velasquez' || r.target === 'velasquez');

describe('groupRelations', () => {
  it('groups every relation of an entity by its type, in the order the types first appear', () => {
    const groups = groupRelations(graph, 'velasquez', everything);
    expect(groups.map((g) => g.type)).toEqual([...new Set(his.map((r) => r.type))]);
    expect(groups.flatMap((g) => g.lines.map((l) => l.edge)).sort()).toEqual(his.map((r) => r.id).sort());
    for (const group of groups)
      expect(group.lines.every((l) => his.find((r) => r.id === l.edge)!.type === group.type)).toBe(true);
    expect(groups.find((g) => g.type === 'requested_item')!.heading).toBe('Asked for');
  });

  it('marks the planned Iran trip as planned, with its one origin, beside the Moscow visit that happened', () => {
    const visited = groupRelations(graph, 'velasquez', everything).find((g) => g.type === 'visited')!;
    expect(visited.heading).toBe('Visited');
    const iran = visited.lines.find((l) => l.otherLabel === 'Iran')!;
    const moscow = visited.lines.find((l) => l.otherLabel === 'Moscow')!;
    // "Only the “Maduro asks Putin” article mentions it"; the Moscow trip "has two independent sources".
    expect(iran).toMatchObject({ phrase: 'visited', fromHere: true, modality: 'planned', origins: 1 });
    expect(moscow).toMatchObject({ phrase: 'visited', fromHere: true, modality: null, origins: 2 });
  });

  it('marks what was only requested, and reads incoming links from the other end', () => {
    const requests = his.filter((r) => r.modality === 'requested').map((r) => r.id);
    const lines = groupRelations(graph, 'velasquez', everything).flatMap((g) => g.lines);
    expect(requests.length).toBeGreaterThan(0);
    for (const id of requests) expect(lines.find((l) => l.edge === id)!.modality).toBe('requested');
    const wrote = story.relations.find((r) => r.type === 'wrote')!;
    const line = groupRelations(graph, wrote.target, everything)
      .flatMap((g) => g.lines)
      .find((l) => l.edge === wrote.id)!;
    expect(line.fromHere).toBe(false);
  });

  it('lists only the first relations when asked, and those hidden by the filters as hidden', () => {
    const first = groupRelations(graph, 'velasquez', new Set([his[0]!.id]), 3).flatMap((g) => g.lines);
    expect(first.map((l) => l.edge)).toEqual(his.slice(0, 3).map((r) => r.id));
    expect(first.map((l) => l.hidden)).toEqual([false, true, true]);
  });
});

describe('originsText', () => {
  it('counts origins in words', () => {
    expect([0, 1, 2].map(originsText)).toEqual(['no origin', '1 origin', '2 origins']);
  });
});
