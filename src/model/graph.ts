// Builds the graphology model from a validated dataset. Node keys are entity ids, edge keys relation ids;
// attributes are the dataset records themselves, so nothing is lost between file and model.
import { MultiDirectedGraph } from 'graphology';
import type { Dataset, Entity, Relation, Source } from './schema';
import { typeStyles, type TypeStyles } from './vocabulary';
import { evidenceByRelation, indexSources, type RelationEvidence, type SourceIndex } from './evidence';

export interface StoryAttributes {
  title: string;
  sources: Source[];
  styles: TypeStyles;
  sourceIndex: SourceIndex;
  /** Independent origins and articles behind each relation, computed once when the graph is built. */
  evidence: (relation: Relation) => RelationEvidence;
}

export type StoryGraph = MultiDirectedGraph<Entity, Relation, StoryAttributes>;

/** Names Object.prototype already has ("constructor", "__proto__", "toString"...). */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * The graph key of an entity. graphology keeps adjacency in plain objects, where a node called "constructor" or
 * "__proto__" would meet Object.prototype's members and corrupt the graph; such ids get a NUL prefix, which no
 * valid id can start with (the schema refuses control characters), so keys stay unique. Other ids are their own key.
 */
export function nodeKey(entityId: string): string {
  return PROTOTYPE_NAMES.has(entityId) ? `\u0000${entityId}` : entityId;
}

export function buildGraph(dataset: Dataset): StoryGraph {
  const graph: StoryGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const sourceIndex = indexSources(dataset.sources);
  graph.replaceAttributes({
    title: dataset.title,
    sources: dataset.sources,
    styles: typeStyles(dataset.vocabulary),
    sourceIndex,
    evidence: evidenceByRelation(dataset.relations, dataset.sources, sourceIndex),
  });
  for (const entity of dataset.entities) graph.addNode(nodeKey(entity.id), entity);
  for (const relation of dataset.relations) {
    graph.addDirectedEdgeWithKey(relation.id, nodeKey(relation.source), nodeKey(relation.target), relation);
  }
  return graph;
}
