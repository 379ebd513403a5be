// The graph of an edit made from the earlier graph (graphAfterEdit) must be the graph buildGraph makes of the
// edited dataset, and the earlier graph must stay the graph of the earlier dataset. Expected graphs come from
// buildGraph, an independent path; edits are generated over the bundled story.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, type StoryGraph } from './graph';
import { graphAfterEdit } from './graphEdit';
import { datasetSchema, type Dataset } from './schema';
import { deleteClaim, deleteEntity, deleteRelation, putEntity, putRelation, putSource } from './edit/records';
import type { EditResult } from './edit/result';

const story: Dataset = datasetSchema.parse(JSON.parse(readFileSync('graph-data/venezuela-military-aid.json', 'utf8')));

function edited(result: EditResult): Dataset {
  if (!result.ok) throw new Error(result.error);
  return result.dataset;
}

/** Everything a reader of the graph can see: nodes, edges and neighbourhoods in order, and the attributes. */
function contents(graph: StoryGraph) {
  return {
    order: graph.order,
    size: graph.size,
    selfLoops: graph.selfLoopCount,
    nodes: graph.mapNodes((key, entity) => ({
      key,
      entity,
      out: graph.outEdges(key),
      in: graph.inEdges(key),
      degree: graph.degree(key),
    })),
    edges: graph.mapEdges((key, relation, source, target) => ({ key, relation, source, target })),
    title: graph.getAttribute('title'),
    sources: graph.getAttribute('sources'),
    evidence: graph.mapEdges((_key, relation) => graph.getAttribute('evidence')(relation)),
    relationStyles: graph.mapEdges((_key, relation) => graph.getAttribute('styles').relation(relation.type)),
    citedFirst: graph.getAttribute('sourceIndex').citedFirst,
  };
}

const entity = (data: Dataset, k: number) => data.entities[(k * 7) % data.entities.length]!;
const relation = (data: Dataset, k: number) => data.relations[(k * 5) % data.relations.length]!;

/** Generated edits, each applied to the dataset the one before it left (so several edits chain). */
const EDITS: [string, (data: Dataset, k: number) => EditResult][] = [
  ['renames an entity', (d, k) => putEntity(d, { ...entity(d, k), label: `Renamed ${k}` })],
  ['adds an entity', (d, k) => putEntity(d, { id: `added-${k}`, type: 'person', label: `Added ${k}`, aliases: [] })],
  ['changes a relation', (d, k) => putRelation(d, { ...relation(d, k), modality: 'rumoured' })],
  [
    'adds a relation',
    (d, k) =>
      putRelation(d, {
        ...relation(d, k),
        id: `added-relation-${k}`,
        source: entity(d, k).id,
        target: entity(d, k + 1).id,
      }),
  ],
  ['deletes a relation', (d, k) => deleteRelation(d, relation(d, k + 2).id)],
  ['deletes an entity with its relations', (d, k) => deleteEntity(d, entity(d, k + 3).id)],
  ['deletes a claim', (d) => deleteClaim(d, d.relations.find((r) => r.claims.length > 1)!.id, 0)],
  ['changes a source', (d, k) => putSource(d, { ...d.sources[k % d.sources.length]!, title: `Title ${k}` })],
];

describe('graphAfterEdit', () => {
  for (const [name, edit] of EDITS) {
    it(`${name}: gives buildGraph's graph, and the earlier graph stays as it was`, () => {
      let before = story;
      let graph = buildGraph(before);
      // Three rounds: the second and third edit a graph that was itself made by an edit.
      for (let k = 0; k < 3; k++) {
        const after = edited(edit(before, k));
        const next = graphAfterEdit(before, graph, after);
        expect(next).not.toBeNull();
        expect(next).not.toBe(graph);
        expect(contents(next!)).toEqual(contents(buildGraph(after)));
        expect(contents(graph)).toEqual(contents(buildGraph(before)));
        before = after;
        graph = next!;
      }
    });
  }

  it('keeps the earlier graph usable when it is read before the new one changes again', () => {
    const after = edited(putEntity(story, { ...story.entities[0]!, label: 'First' }));
    const graph = buildGraph(story);
    const next = graphAfterEdit(story, graph, after)!;
    // The earlier graph answers first (an undo), then both are read in turns.
    expect(graph.getNodeAttributes(story.entities[0]!.id).label).toBe(story.entities[0]!.label);
    expect(next.getNodeAttributes(story.entities[0]!.id).label).toBe('First');
    expect(graph.order).toBe(story.entities.length);
    expect(contents(graph)).toEqual(contents(buildGraph(story)));
    expect(contents(next)).toEqual(contents(buildGraph(after)));
  });

  it('declines an edit that moves records or reconnects a relation, leaving the graph as it was', () => {
    const graph = buildGraph(story);
    const moved = { ...story, entities: [...story.entities.slice(1), story.entities[0]!] };
    const other = story.entities.find((e) => e.id !== story.relations[0]!.target)!;
    const reconnected = edited(putRelation(story, { ...story.relations[0]!, target: other.id }));
    const renamedId = edited(putEntity(story, { ...story.entities[0]!, id: 'new-id' }, story.entities[0]!.id));
    for (const after of [moved, reconnected, renamedId]) expect(graphAfterEdit(story, graph, after)).toBeNull();
    expect(contents(graph)).toEqual(contents(buildGraph(story)));
  });
});
