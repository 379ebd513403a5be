// Changing the drawing for an edit (patchScene) must give the drawing building it afresh gives: on the bundled
// story, each generated edit is applied both ways and every drawn array compared. The expected scene comes from
// buildScene on the graph built from the edited dataset, an independent path.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../model/graph';
import { datasetSchema, type Dataset, type Relation } from '../model/schema';
import { deleteClaim, deleteEntity, deleteRelation, putEntity, putRelation, putSource } from '../model/edit/records';
import type { EditResult } from '../model/edit/result';
import { buildScene, patchScene, type Scene } from './scene';

const story: Dataset = datasetSchema.parse(JSON.parse(readFileSync('graph-data/venezuela-military-aid.json', 'utf8')));

function edited(result: EditResult): Dataset {
  if (!result.ok) throw new Error(result.error);
  return result.dataset;
}

/** What a person sees of a scene, per node and link key. */
function drawn(scene: Scene) {
  return {
    nodes: scene.nodeKeys.map((key, i) => ({
      key,
      x: scene.x[i],
      y: scene.y[i],
      radius: scene.radius[i],
      colour: scene.colours[scene.colour[i]!],
      shape: scene.shapes[scene.shape[i]!],
      label: scene.labels[i],
    })),
    edges: scene.edgeKeys.map((key, j) => ({
      key,
      source: scene.nodeKeys[scene.source[j]!],
      target: scene.nodeKeys[scene.target[j]!],
      flags: scene.edgeFlags[j],
      look: scene.edgeStyles[scene.edgeStyle[j]!],
      label: scene.edgeLabels[j],
    })),
  };
}

function positionsOf(scene: Scene): Map<string, { x: number; y: number }> {
  return new Map(scene.nodeKeys.map((key, i) => [key, { x: scene.x[i]!, y: scene.y[i]! }]));
}

/** Patches a scene of `before` with the graph of `after`; returns it, or null when the patch refused. */
function patched(before: Dataset, after: Dataset): { scene: Scene; expected: Scene } | null {
  const scene = buildScene(buildGraph(before));
  const graph = buildGraph(after);
  const expected = buildScene(graph, positionsOf(scene));
  return patchScene(scene, graph) ? { scene, expected } : null;
}

const entity = (k: number) => story.entities[(k * 7) % story.entities.length]!;
const relation = (k: number) => story.relations[(k * 5) % story.relations.length]!;
const disputed = story.relations.filter((r) => r.disputed);
/** The relation no longer disputed: its claims hold no versions and no discrepancy is noted. */
const settled = (r: Relation): Relation => ({
  ...r,
  disputed: false,
  discrepancy: undefined,
  claims: r.claims.map(({ version: _version, ...claim }) => claim),
});
const withClaims = story.relations.filter((r) => r.claims.length > 0);

describe('patchScene', () => {
  const kept: [string, () => Dataset][] = [
    ...[0, 1, 2, 3].map((k): [string, () => Dataset] => [
      `renames entity ${k}`,
      () => edited(putEntity(story, { ...entity(k), label: `Renamed ${k}` })),
    ]),
    ['changes an entity type', () => edited(putEntity(story, { ...entity(4), type: 'facility' }))],
    ...[0, 1, 2].map((k): [string, () => Dataset] => [
      `settles disputed relation ${k}`,
      () => edited(putRelation(story, settled(disputed[k]!))),
    ]),
    ['changes a modality', () => edited(putRelation(story, { ...relation(5), modality: 'rumoured' }))],
    ['makes a relation undirected', () => edited(putRelation(story, { ...relation(3), directed: false }))],
    ['changes a relation type', () => edited(putRelation(story, { ...relation(4), type: 'supplied' }))],
    ['deletes a claim', () => edited(deleteClaim(story, withClaims[0]!.id, 0))],
    [
      'renames a source (every link looked at again)',
      () => edited(putSource(story, { ...story.sources[0]!, title: 'Another title' })),
    ],
    [
      'makes every source cite one (fewer independent origins: every link looked at again)',
      () => {
        const root = story.sources.find((source) => !source.cites?.length)!;
        const sources = story.sources.map((source) =>
          source === root ? source : { ...source, cites: [...(source.cites ?? []), root.id] },
        );
        return { ...story, sources };
      },
    ],
  ];
  for (const [name, make] of kept) {
    it(`${name}: draws what building afresh draws`, () => {
      const result = patched(story, make());
      expect(result).not.toBeNull();
      expect(drawn(result!.scene)).toEqual(drawn(result!.expected));
      expect(result!.scene.graph).toBe(result!.expected.graph);
    });
  }

  it('refuses, changing nothing, when the edit removes or reconnects something', () => {
    const other = story.entities.find((e) => e.id !== relation(0).target && e.id !== relation(0).source)!;
    for (const after of [
      edited(deleteEntity(story, entity(1).id)),
      edited(deleteRelation(story, relation(1).id)),
      edited(putRelation(story, { ...relation(0), target: other.id })),
      edited(putEntity(story, { ...entity(0), id: 'a-new-id' }, entity(0).id)),
    ]) {
      const scene = buildScene(buildGraph(story));
      const before = drawn(scene);
      const graph = scene.graph;
      expect(patchScene(scene, buildGraph(after))).toBe(false);
      expect(drawn(scene)).toEqual(before);
      expect(scene.graph).toBe(graph);
    }
  });
});
