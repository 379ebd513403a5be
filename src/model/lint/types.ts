// What the evidence lint reports: one item per thing a careful editor would query, with a key that names the
// record (and the claim's words) rather than its place in a list, so an answer stays with its item across edits.
import type { Claim, Dataset, Entity, Relation, Source } from '../schema';
import { wordReader, type WordReader } from './words';

export type LintRuleId =
  | 'request-drawn-as-happened'
  | 'attribution-without-chain'
  | 'hedge-not-marked'
  | 'date-not-in-quotes'
  | 'parties-differ'
  | 'earlier-than-cited'
  | 'commentary-as-evidence'
  | 'shared-alias';

export interface LintTarget {
  kind: 'relation' | 'source' | 'entity';
  /** The record's id (an entity id, not its graph key). */
  id: string;
}

export interface LintItem {
  /** Stable across edits that leave the record alone: the rule, the record's id and, for a claim, its source and quote. */
  key: string;
  rule: LintRuleId;
  /** In our words: what looks wrong, and what would settle it. */
  message: string;
  target: LintTarget;
  /** The claim's words, when the item is about one claim. */
  quote?: string;
}

/** Only what the rules read: a worker is sent this, not source texts, positions or attributes. */
export interface LintInput {
  sources: Pick<Source, 'id' | 'kind' | 'title' | 'published' | 'notBefore' | 'cites'>[];
  entities: Pick<Entity, 'id' | 'type' | 'label' | 'aliases'>[];
  relations: Pick<
    Relation,
    'id' | 'type' | 'source' | 'target' | 'date' | 'dateText' | 'modality' | 'disputed' | 'claims'
  >[];
}

export type LintRelation = LintInput['relations'][number];
export type LintSource = LintInput['sources'][number];

/** The lookups several rules share, built once per run. */
export interface LintContext {
  input: LintInput;
  sources: ReadonlyMap<string, LintSource>;
  entities: ReadonlyMap<string, LintInput['entities'][number]>;
  /** The listed words a quote holds, found once per run (words.ts). */
  words: WordReader;
}

export type LintRule = (context: LintContext) => LintItem[];

export function lintInput(dataset: Dataset): LintInput {
  return {
    sources: dataset.sources.map(({ id, kind, title, published, notBefore, cites }) => ({
      id,
      kind,
      title,
      published,
      notBefore,
      cites,
    })),
    entities: dataset.entities.map(({ id, type, label, aliases }) => ({ id, type, label, aliases })),
    relations: dataset.relations.map(({ id, type, source, target, date, dateText, modality, disputed, claims }) => ({
      id,
      type,
      source,
      target,
      date,
      dateText,
      modality,
      disputed,
      // Anchors and notes are not read by any rule.
      claims: claims.map(({ anchor: _anchor, note: _note, ...claim }) => claim),
    })),
  };
}

export function lintContext(input: LintInput): LintContext {
  return {
    input,
    sources: new Map(input.sources.map((s) => [s.id, s])),
    entities: new Map(input.entities.map((e) => [e.id, e])),
    words: wordReader(),
  };
}

/** The key of an item about one claim of a relation: its words, not its position, identify it. */
export function claimKey(rule: LintRuleId, relationId: string, claim: Pick<Claim, 'source' | 'quote'>): string {
  return JSON.stringify([rule, relationId, claim.source, claim.quote]);
}

export function recordKey(rule: LintRuleId, ...ids: string[]): string {
  return JSON.stringify([rule, ...ids]);
}

/** A quote shortened for a message. */
export function shortQuote(quote: string, words = 12): string {
  const all = quote.trim().split(/\s+/);
  return all.length <= words ? `“${all.join(' ')}”` : `“${all.slice(0, words).join(' ')}…”`;
}
