// The graph-source seam: where the graph on screen comes from, and who answers when the user searches, expands an
// entity or asks for a path. A file (the bundled story, an import, `?data=`) is held whole in the browser and
// answers from memory; a big investigation on the server is loaded a part at a time and the server answers. The
// rest of the app asks the source and adds what comes back, without knowing which side answered.
import type { Entity } from '../../model/schema';
import type { EvidenceRules } from '../../model/paths';
import type { ExpandOrder, InvestigationSummary, LeftOut } from '../../io/server/wire';
import type { Additions } from './additions';

/** A search result: the entity, how many relations it has in the whole graph, and the name that matched. */
export interface EntityHit {
  entity: Entity;
  degree: number;
  matched: string;
}

export interface EntityHits {
  hits: EntityHit[];
  /** How many matched in all (up to a cap: `capped` then says there are more). */
  total: number;
  capped: boolean;
}

/** Which neighbours of some entities to bring: the expand dialog's choices. */
export interface NeighbourChoice {
  /** At most this many; 0 asks only for the counts. */
  limit: number;
  relationTypes?: string[];
  entityTypes?: string[];
  order?: ExpandOrder;
}

export interface Neighbours extends Additions {
  /** What was left out (with limit 0: every neighbour not yet loaded), in all and by type. */
  more: LeftOut;
}

export interface PathAsk {
  from: string;
  to: string;
  directed: boolean;
  rules: EvidenceRules | null;
}

export interface PathAnswer extends Additions {
  found: boolean;
  reason?: string;
}

export interface GraphSource {
  readonly kind: 'file' | 'server';
  /** Whether the graph on screen may lack entities the source has (search, expand and paths then ask it). */
  readonly partial: boolean;
  searchEntities(query: string, limit: number, signal?: AbortSignal): Promise<EntityHits>;
  /**
   * Neighbours of entities (by entity id) not loaded yet: `loaded` are those the caller has, neither returned nor
   * counted. With `limit` 0, only how many there are, by type.
   */
  neighbours(ids: string[], loaded: string[], choice: NeighbourChoice, signal?: AbortSignal): Promise<Neighbours>;
  /** The entities and relations of the shortest paths between two entities, over the whole graph. */
  paths(ask: PathAsk, signal?: AbortSignal): Promise<PathAnswer>;
}

/** What a story loaded a part at a time from a server investigation carries besides its records. */
export interface RemoteGraph {
  /** The investigation on the server, with its whole counts. */
  investigation: InvestigationSummary;
  /** Each loaded entity's relations in the whole investigation (the server's count), by entity id. */
  degrees: ReadonlyMap<string, number>;
}

/** An expand that would bring more neighbours than this asks first what to bring (the selective expand dialog). */
export const EXPAND_ASK_ABOVE = 50;
