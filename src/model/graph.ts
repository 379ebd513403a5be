// Builds the graphology model from a validated dataset. Node keys are entity ids, edge keys relation ids;
// attributes are the dataset records themselves, so nothing is lost between file and model.
import { MultiDirectedGraph } from 'graphology';
import type { Dataset, Entity, Relation, Source } from './schema';
import { typeStyles, type TypeStyles } from './vocabulary';
import { forEachInSlices } from './timeSlices';
import { rememberGraphNumbers } from './graphNumbers';
import { keepLinksInDictionaries } from './dictionaryAdjacency';
import {
  evidenceAfterEdit,
  evidenceByRelation,
  indexSources,
  type RelationEvidence,
  type SourceIndex,
} from './evidence';

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

/** One TypeStyles per vocabulary: an edit that keeps the vocabulary keeps the styles, so a redraw can skip them. */
const stylesByVocabulary = new WeakMap<object, TypeStyles>();
let stylesWithoutVocabulary: TypeStyles | null = null;

function stylesOf(vocabulary: Dataset['vocabulary']): TypeStyles {
  if (!vocabulary) return (stylesWithoutVocabulary ??= typeStyles(undefined));
  let styles = stylesByVocabulary.get(vocabulary);
  if (!styles) stylesByVocabulary.set(vocabulary, (styles = typeStyles(vocabulary)));
  return styles;
}

/** The graph of the dataset before an edit, and which relations the edit changed or added, and removed. */
export interface EarlierGraph {
  dataset: Dataset;
  graph: StoryGraph;
  relations?: { changed: readonly Relation[]; removed: readonly string[] };
}

/**
 * The graph's own attributes for a dataset. Given the graph of the dataset before an edit, what the edit did not
 * change is kept (the source index when the sources are the same, the evidence when the relations are too).
 */
export function graphAttributes(dataset: Dataset, earlier?: EarlierGraph): StoryAttributes {
  const sameSources = earlier !== undefined && earlier.dataset.sources === dataset.sources;
  const sourceIndex = sameSources ? earlier.graph.getAttribute('sourceIndex') : indexSources(dataset.sources);
  let evidence: StoryAttributes['evidence'];
  if (!sameSources) evidence = evidenceByRelation(dataset.relations, dataset.sources, sourceIndex);
  else if (earlier.dataset.relations === dataset.relations) evidence = earlier.graph.getAttribute('evidence');
  else if (earlier.relations) {
    const { relations, graph } = earlier;
    evidence = evidenceAfterEdit(
      graph.getAttribute('evidence'),
      relations,
      dataset.relations,
      dataset.sources,
      sourceIndex,
    );
  } else evidence = evidenceByRelation(dataset.relations, dataset.sources, sourceIndex);
  return {
    title: dataset.title,
    sources: dataset.sources,
    styles: stylesOf(dataset.vocabulary),
    sourceIndex,
    evidence,
  };
}

/** An empty graph for a dataset's entities and relations, its nodes' links kept as dictionaryAdjacency.ts says. */
function emptyGraph(): StoryGraph {
  const graph: StoryGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  keepLinksInDictionaries(graph);
  return graph;
}

export function buildGraph(dataset: Dataset): StoryGraph {
  const graph = emptyGraph();
  graph.replaceAttributes(graphAttributes(dataset));
  for (const entity of dataset.entities) graph.addNode(nodeKey(entity.id), entity);
  for (const relation of dataset.relations) {
    graph.addDirectedEdgeWithKey(relation.id, nodeKey(relation.source), nodeKey(relation.target), relation);
  }
  return graph;
}

/**
 * The same graph as buildGraph, built in slices with the page answering between them (timeSlices.ts): at 200,000
 * entities and 400,000 relations adding them takes over a second, too long for one task.
 */
export async function buildGraphInSlices(dataset: Dataset): Promise<StoryGraph> {
  const graph = emptyGraph();
  graph.replaceAttributes(graphAttributes(dataset));
  const { entities, relations } = dataset;
  // The graph's numbers (graphNumbers.ts) come along: nodes and edges take the dataset's order.
  const nodeKeys = new Array<string>(entities.length);
  const numberOf = new Map<string, number>();
  await forEachInSlices(entities.length, (i) => {
    const key = nodeKey(entities[i]!.id);
    graph.addNode(key, entities[i]!);
    nodeKeys[i] = key;
    numberOf.set(key, i);
  });
  const source = new Int32Array(relations.length);
  const target = new Int32Array(relations.length);
  const degree = new Int32Array(entities.length);
  const edgeKeys = new Array<string>(relations.length);
  await forEachInSlices(relations.length, (j) => {
    const relation = relations[j]!;
    const from = nodeKey(relation.source);
    const to = nodeKey(relation.target);
    graph.addDirectedEdgeWithKey(relation.id, from, to, relation);
    edgeKeys[j] = relation.id;
    source[j] = numberOf.get(from)!;
    target[j] = numberOf.get(to)!;
    degree[source[j]!]!++;
    degree[target[j]!]!++;
  });
  rememberGraphNumbers(graph, { nodeKeys, entities, edgeKeys, relations, source, target, degree });
  return graph;
}
