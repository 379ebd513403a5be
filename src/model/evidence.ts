// Independent origins: the sources a claim finally rests on, found by following its chain and then the
// citations of the sources in it to their roots. Five articles that all go back to one set of documents are
// one origin, not five. Counts are computed here, never typed into a dataset.
import type { Claim, Relation, Source } from './schema';
import { CLAIM_STATUSES, type ClaimStatus } from './vocabulary';

export interface SourceIndex {
  byId: ReadonlyMap<string, Source>;
  /** The root sources (citing nothing) that a source rests on; itself when it cites nothing. */
  rootsOf(id: string): ReadonlySet<string>;
  /** Every source after all the sources it cites (loops, which validation refuses, are left out). */
  citedFirst: readonly string[];
}

/** Known ids a source cites, each once. */
function citesOf(byId: ReadonlyMap<string, Source>, id: string): string[] {
  return [...new Set((byId.get(id)?.cites ?? []).filter((c) => byId.has(c)))];
}

/**
 * Sources ordered so that each comes after those it cites (Kahn's algorithm). Iterative, so a chain of a
 * hundred thousand citations in an opened file cannot overflow the stack.
 */
function citationOrder(byId: ReadonlyMap<string, Source>): string[] {
  const waiting = new Map<string, number>();
  const citedBy = new Map<string, string[]>();
  for (const id of byId.keys()) {
    const cites = citesOf(byId, id);
    waiting.set(id, cites.length);
    for (const c of cites) {
      const list = citedBy.get(c);
      if (list) list.push(id);
      else citedBy.set(c, [id]);
    }
  }
  const order = [...byId.keys()].filter((id) => waiting.get(id) === 0);
  for (let i = 0; i < order.length; i++) {
    for (const citing of citedBy.get(order[i]!) ?? []) {
      const left = waiting.get(citing)! - 1;
      waiting.set(citing, left);
      if (left === 0) order.push(citing);
    }
  }
  return order;
}

export function indexSources(sources: readonly Source[]): SourceIndex {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const citedFirst = citationOrder(byId);
  // Worked out when asked (for the ends of claim chains), by a walk over what the source reaches: keeping a set
  // of roots for every source would cost sources × roots, which a hostile file can make huge.
  const roots = new Map<string, ReadonlySet<string>>();
  const rootsOf = (id: string): ReadonlySet<string> => {
    const known = roots.get(id);
    if (known) return known;
    const found = new Set<string>();
    const seen = new Set([id]);
    const queue = [id];
    for (let i = 0; i < queue.length; i++) {
      const cites = citesOf(byId, queue[i]!);
      if (cites.length === 0) found.add(queue[i]!);
      for (const c of cites) {
        if (!seen.has(c)) {
          seen.add(c);
          queue.push(c);
        }
      }
    }
    // A source in a loop (refused by validation) that reaches no root stands for itself.
    if (found.size === 0) found.add(id);
    roots.set(id, found);
    return found;
  };
  return { byId, citedFirst, rootsOf };
}

/** The claim's chain as the reader follows it: the article quoted, then each source it credits, nearest first. */
export function chainOf(claim: Claim): string[] {
  return [claim.source, ...(claim.via ?? [])];
}

/**
 * Where the claim's chain ends: the last source it names; with no chain named, the article, standing on its
 * own citations. An empty chain (the article's own words) ends at the article and goes no further.
 */
function originsOfClaim(claim: Claim, index: SourceIndex): ReadonlySet<string> {
  if (claim.via === undefined) return index.rootsOf(claim.source);
  if (claim.via.length === 0) return new Set([claim.source]);
  return index.rootsOf(claim.via[claim.via.length - 1]!);
}

/** Whether a claim's origins count for its relation: commentary is not evidence of the act, a denial speaks against it. */
export function corroborates(claim: Claim): boolean {
  return CLAIM_STATUSES[claim.status as ClaimStatus]?.corroborates ?? false;
}

export interface RelationEvidence {
  /**
   * Distinct root sources behind the relation's claims. Commentary (not evidence of the act) and denials
   * (evidence against it) add none.
   */
  origins: string[];
  /** Distinct articles quoted. */
  articles: number;
}

export function relationEvidence(relation: Relation, index: SourceIndex): RelationEvidence {
  const origins = new Set<string>();
  for (const claim of relation.claims) {
    if (!corroborates(claim)) continue;
    for (const root of originsOfClaim(claim, index)) origins.add(root);
  }
  return { origins: [...origins], articles: new Set(relation.claims.map((c) => c.source)).size };
}

const NONE: RelationEvidence = { origins: [], articles: 0 };

/** Evidence of every relation with claims (relations without any, as in most imported graphs, count zero). */
export function evidenceByRelation(
  relations: readonly Relation[],
  sources: readonly Source[],
  index: SourceIndex = indexSources(sources),
): (relation: Relation) => RelationEvidence {
  if (sources.length === 0) return () => NONE;
  const memo = new Map<string, RelationEvidence>();
  for (const r of relations) if (r.claims.length > 0) memo.set(r.id, relationEvidence(r, index));
  return lookupOf(memo);
}

type EvidenceLookup = (relation: Relation) => RelationEvidence;

/** Each lookup's figures by relation id, for the lookup of an edit to start from. */
const memos = new WeakMap<EvidenceLookup, ReadonlyMap<string, RelationEvidence>>();

function lookupOf(memo: ReadonlyMap<string, RelationEvidence>): EvidenceLookup {
  const lookup: EvidenceLookup = (relation) => memo.get(relation.id) ?? NONE;
  memos.set(lookup, memo);
  return lookup;
}

/**
 * The evidence after an edit that kept the sources (and so `index`): the earlier lookup's figures, worked out
 * again only for the relations the edit changed or added, and gone for those it removed.
 */
export function evidenceAfterEdit(
  earlier: EvidenceLookup,
  change: { changed: readonly Relation[]; removed: readonly string[] },
  relations: readonly Relation[],
  sources: readonly Source[],
  index: SourceIndex,
): EvidenceLookup {
  const known = memos.get(earlier);
  if (!known) return evidenceByRelation(relations, sources, index);
  const memo = new Map(known);
  for (const id of change.removed) memo.delete(id);
  for (const r of change.changed) {
    if (r.claims.length > 0) memo.set(r.id, relationEvidence(r, index));
    else memo.delete(r.id);
  }
  return lookupOf(memo);
}

export type Corroboration = 'origins' | 'articles';

export function corroborationOf(evidence: RelationEvidence, by: Corroboration): number {
  return by === 'origins' ? evidence.origins.length : evidence.articles;
}

/** What leans on one source: the claims that reach it, and the relations that would have no support without it. */
export interface Dependants {
  /** Relation id → indexes of its claims whose support passes through the source. */
  claims: Map<string, number[]>;
  /** Relations every one of whose claims would lose its support if the source were wrong. */
  unsupported: Set<string>;
  /** Sources that cite it, directly or not. */
  citedBy: Set<string>;
}

export function dependantsOf(sourceId: string, relations: readonly Relation[], index: SourceIndex): Dependants {
  // In citation order, so what a source cites is settled before the source itself.
  const survives = new Map<string, boolean>();
  const reaches = new Map<string, boolean>();
  for (const id of index.citedFirst) {
    const cites = citesOf(index.byId, id);
    reaches.set(id, id === sourceId || cites.some((c) => reaches.get(c)));
    // Still standing on some root when `sourceId` is taken away.
    survives.set(id, id !== sourceId && (cites.length === 0 || cites.some((c) => survives.get(c))));
  }

  const claims = new Map<string, number[]>();
  const unsupported = new Set<string>();
  for (const relation of relations) {
    // Support is what the origin count counts: claims that corroborate (not commentary, not denials).
    let corroborating = 0;
    let lost = 0;
    relation.claims.forEach((claim, i) => {
      const counts = corroborates(claim);
      if (counts) corroborating++;
      const chain = chainOf(claim);
      const end = chain[chain.length - 1]!;
      const ownWords = claim.via !== undefined && claim.via.length === 0;
      const inChain = chain.includes(sourceId);
      if (!inChain && (ownWords || !reaches.get(end))) return;
      const list = claims.get(relation.id);
      if (list) list.push(i);
      else claims.set(relation.id, [i]);
      if (counts && (inChain || survives.get(end) === false)) lost++;
    });
    if (corroborating > 0 && lost === corroborating) unsupported.add(relation.id);
  }
  const citedBy = new Set([...index.byId.keys()].filter((id) => id !== sourceId && reaches.get(id)));
  return { claims, unsupported, citedBy };
}
