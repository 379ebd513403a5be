// The server side of the graph-source seam: an investigation too big for the browser, of which only a part is
// loaded. Searches, neighbours and paths are asked of the graph server (io/server/client.ts), over the whole store.
import { EXPAND_IDS_MAX, EXPAND_LIMIT_MAX, SEARCH_LIMIT_MAX } from '../../io/server/wire';
import type { ServerClient } from '../../io/server/client';
import { fold } from '../../model/search';
import type { EntityHits, GraphSource, Neighbours, PathAnswer } from './graphSource';

export function serverSource(client: ServerClient, investigation: string): GraphSource {
  return {
    kind: 'server',
    partial: true,
    async searchEntities(query, limit, signal): Promise<EntityHits> {
      const found = await client.search(investigation, query, Math.min(limit, SEARCH_LIMIT_MAX), 0, signal);
      const q = fold(query);
      const hits = found.items.map(({ degree, ...entity }) => ({
        entity,
        degree,
        // The name that matched: an alias when the label does not hold the words.
        matched:
          q === '' || fold(entity.label).includes(q)
            ? entity.label
            : (entity.aliases.find((a) => fold(a).includes(q)) ?? entity.label),
      }));
      return { hits, total: found.total, capped: found.totalCapped };
    },
    async neighbours(ids, loaded, choice, signal): Promise<Neighbours> {
      const answer = await client.expand(
        investigation,
        {
          ids: ids.slice(0, EXPAND_IDS_MAX),
          limit: Math.max(0, Math.min(choice.limit, EXPAND_LIMIT_MAX)),
          ...(choice.relationTypes ? { relationTypes: choice.relationTypes } : {}),
          ...(choice.entityTypes ? { entityTypes: choice.entityTypes } : {}),
          ...(choice.order ? { order: choice.order } : {}),
          // Only the loaded neighbours of these entities matter to the server; the rest are not near them.
          exclude: loaded,
        },
        signal,
      );
      return {
        entities: answer.entities,
        relations: answer.relations,
        sources: answer.sources ?? [],
        more: answer.more,
      };
    },
    async paths(ask, signal): Promise<PathAnswer> {
      const answer = await client.paths(investigation, ask, signal);
      return {
        found: answer.found,
        ...(answer.reason ? { reason: answer.reason } : {}),
        entities: answer.entities ?? [],
        relations: answer.relations ?? [],
        sources: answer.sources ?? [],
      };
    },
  };
}
