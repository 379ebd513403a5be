// The file side of the graph-source seam: a graph held whole in the browser (the bundled story, an import, a
// `?data=` address, a small server investigation opened whole) answers searches, neighbours and paths from memory.
// Nothing is ever missing from it, so the app keeps its in-memory ways (the ego view, paths over the filters).
import type { StoryGraph } from '../../model/graph';
import type { Dataset, Relation, Source } from '../../model/schema';
import { nodeKey } from '../../model/graph';
import { rank, searchIndexOf } from '../../model/search';
import { findPaths } from '../../model/paths';
import type { ServerEntity } from '../../io/server/wire';
import type { EntityHits, GraphSource, Neighbours, PathAnswer } from './graphSource';

interface Held {
  dataset: Dataset;
  graph: StoryGraph;
}

export function fileSource({ dataset, graph }: Held): GraphSource {
  const withDegree = (key: string): ServerEntity => ({ ...graph.getNodeAttributes(key), degree: graph.degree(key) });
  const sourcesOf = (relations: readonly Relation[]): Source[] => {
    const cited = new Set(relations.flatMap((r) => r.claims.flatMap((c) => [c.source, ...(c.via ?? [])])));
    return dataset.sources.filter((s) => cited.has(s.id));
  };
  return {
    kind: 'file',
    partial: false,
    async searchEntities(query, limit): Promise<EntityHits> {
      const found = rank(searchIndexOf(dataset.entities).items, query, limit);
      const hits = found.matches.map(({ item, matched }) => ({
        entity: item,
        degree: graph.degree(nodeKey(item.id)),
        matched,
      }));
      return { hits, total: found.total, capped: false };
    },
    async neighbours(ids, loaded, choice): Promise<Neighbours> {
      const keys = new Set(ids.map(nodeKey).filter((k) => graph.hasNode(k)));
      const skip = new Set([...loaded.map(nodeKey), ...keys]);
      // Each neighbour once, reached through the first of its links met; counted by that link's type.
      const reached = new Map<string, string>();
      for (const key of keys)
        graph.forEachEdge(key, (_edge, relation, source, target) => {
          const other = source === key ? target : source;
          if (!skip.has(other) && !reached.has(other)) reached.set(other, relation.type);
        });
      const wanted = [...reached].filter(
        ([other, type]) =>
          (!choice.relationTypes || choice.relationTypes.includes(type)) &&
          (!choice.entityTypes || choice.entityTypes.includes(graph.getNodeAttribute(other, 'type'))),
      );
      if (choice.order)
        wanted.sort(([a], [b]) => (choice.order === 'most' ? -1 : 1) * (graph.degree(a) - graph.degree(b)));
      const taken = new Set(wanted.slice(0, Math.max(0, choice.limit)).map(([other]) => other));
      const more = {
        total: 0,
        byRelationType: {} as Record<string, number>,
        byEntityType: {} as Record<string, number>,
      };
      for (const [other, type] of reached) {
        if (taken.has(other)) continue;
        more.total++;
        more.byRelationType[type] = (more.byRelationType[type] ?? 0) + 1;
        const entityType = graph.getNodeAttribute(other, 'type');
        more.byEntityType[entityType] = (more.byEntityType[entityType] ?? 0) + 1;
      }
      const ends = new Set([...keys, ...taken, ...loaded.map(nodeKey)]);
      const relations: Relation[] = [];
      for (const key of taken)
        graph.forEachEdge(key, (_edge, relation, source, target) => {
          const other = source === key ? target : source;
          if (ends.has(other) && (!taken.has(other) || source === key)) relations.push(relation);
        });
      return { entities: [...taken].map(withDegree), relations, sources: sourcesOf(relations), more };
    },
    async paths(ask): Promise<PathAnswer> {
      const everyLink = new Set(graph.edges());
      const result = findPaths(graph, nodeKey(ask.from), nodeKey(ask.to), everyLink, { ...ask, bestSupported: false });
      if (!result.found) return { found: false, reason: result.reason, entities: [], relations: [], sources: [] };
      const relations = [...result.allEdges].map((edge) => graph.getEdgeAttributes(edge));
      return {
        found: true,
        entities: [...result.allNodes].map(withDegree),
        relations,
        sources: sourcesOf(relations),
      };
    },
  };
}
