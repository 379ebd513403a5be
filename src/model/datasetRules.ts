// The rules between records of a dataset: ids unique and known, types declared, claims on every relation of a
// dataset with sources, chains that follow citations, disputes with two versions. The schema runs them over a whole
// dataset (schema.ts); an edit of a few records runs them over those records only (edit/incremental.ts).
import { ENTITY_TYPE_IDS, RELATION_TYPE_IDS } from './vocabulary';
import { claimChainProblems, disputeProblems, sourcesById } from './sourceRules';

export type Loose = Record<string, unknown>;
export type Report = (path: (string | number)[], message: string) => void;

/** What the rules between records need to know of the whole dataset (built once, for a full or a partial check). */
export interface CrossContext {
  /** Only asked whether it holds an id: an importer may keep its ids in something leaner than a Set. */
  entityIds: Pick<ReadonlySet<string>, 'has'>;
  sourceIds: ReadonlySet<string>;
  entityTypes: ReadonlySet<string>;
  relationTypes: ReadonlySet<string>;
  /** A dataset that lists sources needs a claim on every relation. */
  needsClaims: boolean;
  sourceRecords: ReadonlyMap<string, Loose>;
}

export function crossContext(
  data: { sources?: unknown; vocabulary?: { entityTypes?: object; relationTypes?: object } },
  entityIds: Pick<ReadonlySet<string>, 'has'>,
  sourceIds: ReadonlySet<string>,
): CrossContext {
  const sources = listOf(data.sources);
  return {
    entityIds,
    sourceIds,
    entityTypes: new Set([...ENTITY_TYPE_IDS, ...Object.keys(data.vocabulary?.entityTypes ?? {})]),
    relationTypes: new Set([...RELATION_TYPE_IDS, ...Object.keys(data.vocabulary?.relationTypes ?? {})]),
    needsClaims: sources.length > 0,
    sourceRecords: sourcesById(sources),
  };
}

/** The rules an entity must follow with respect to the rest of the dataset: a known type. */
export function entityProblems(entity: Loose, i: number, cross: CrossContext, report: Report): void {
  if (typeof entity.type === 'string' && entity.type.trim() && !cross.entityTypes.has(entity.type)) {
    report(
      ['entities', i, 'type'],
      `type must be one of: ${[...cross.entityTypes].join(', ')} (or declare "${entity.type}" in vocabulary.entityTypes)`,
    );
  }
}

/** The rules a relation must follow with respect to the rest: known type, ends and sources, chains, disputes. */
export function relationProblems(rel: Loose, i: number, cross: CrossContext, report: Report): void {
  if (typeof rel.type === 'string' && rel.type.trim() && !cross.relationTypes.has(rel.type)) {
    report(
      ['relations', i, 'type'],
      `type must be one of: ${[...cross.relationTypes].join(', ')} (or declare "${rel.type}" in vocabulary.relationTypes)`,
    );
  }
  if (cross.needsClaims && Array.isArray(rel.claims) && rel.claims.length === 0) {
    report(['relations', i, 'claims'], 'every relation needs at least one claim quoting a source');
  }
  for (const end of ['source', 'target'] as const) {
    const ref = rel[end];
    if (typeof ref === 'string' && !cross.entityIds.has(ref)) {
      report(['relations', i, end], `unknown entity id "${ref}": add it to "entities" or fix the id`);
    }
  }
  listOf(rel.claims).forEach((claim, j) => {
    const ref = claim.source;
    if (typeof ref === 'string' && !cross.sourceIds.has(ref)) {
      report(['relations', i, 'claims', j, 'source'], `unknown source id "${ref}": add it to "sources" or fix the id`);
    }
    claimChainProblems(claim, cross.sourceRecords, ['relations', i, 'claims', j], report);
  });
  // A graph without sources (an imported one) has no claims to hold versions: its flag is the file's word.
  if (cross.needsClaims) disputeProblems(rel, ['relations', i], report);
}

export function listOf(value: unknown): Loose[] {
  return Array.isArray(value) ? value.map((v) => (v !== null && typeof v === 'object' ? (v as Loose) : {})) : [];
}

export function uniqueIds(
  items: readonly Loose[],
  listName: string,
  report: (path: (string | number)[], message: string) => void,
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (typeof item.id !== 'string') return;
    const first = seen.get(item.id);
    if (first !== undefined) {
      report(
        [listName, i, 'id'],
        `duplicate id "${item.id}" (first used at ${listName}[${first}]): ids must be unique`,
      );
    } else {
      seen.set(item.id, i);
    }
  });
  return new Set(seen.keys());
}
