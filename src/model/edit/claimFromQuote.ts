// A claim made from a quote: anchored in its source's text when the source has one (and refused, with the closest
// passage, when the quote is not there word for word), then added to the relation with the same ends and type,
// or to a new relation when there is none.
import type { Claim, Dataset, Relation } from '../schema';
import { anchorQuote, type Passage } from '../quoteAnchor';
import { RELATION_TYPES, type Modality } from '../vocabulary';
import type { EventDate } from '../time';
import { checked, refused, type EditResult } from './result';
import { freshId, plural } from './records';

export interface ClaimDraft {
  subject: string;
  object: string;
  /** A relation type id: built in, declared by the dataset, or new (then `newTypeLabel` names it). */
  type: string;
  newTypeLabel?: string;
  modality: Modality;
  claim: Omit<Claim, 'anchor'>;
  /** Where the user selected the quote in the text, to choose among repeated words. */
  near?: number;
  /** For a new relation: its date, and the wording it was read from. */
  date?: EventDate;
  dateText?: string;
}

export type ClaimResult = (EditResult & { relationId?: string }) | { ok: false; error: string; closest?: Passage };

/** An id for a new relation type made from its label: "trained pilots for" → "trained_pilots_for". */
export function relationTypeId(label: string, dataset: Dataset): string {
  const taken = new Set([...Object.keys(RELATION_TYPES), ...Object.keys(dataset.vocabulary?.relationTypes ?? {})]);
  return freshId(label, taken).replace(/-/g, '_');
}

export function addClaimFromQuote(dataset: Dataset, draft: ClaimDraft): ClaimResult {
  const source = dataset.sources.find((s) => s.id === draft.claim.source);
  if (!source) return refused(`claim, source: there is no source "${draft.claim.source}"`);
  for (const [field, id] of [
    ['subject', draft.subject],
    ['object', draft.object],
  ] as const)
    if (!dataset.entities.some((e) => e.id === id)) return refused(`claim, ${field}: there is no entity "${id}"`);
  let claim: Claim = { ...draft.claim };
  if (source.text !== undefined) {
    const anchored = anchorQuote(source.text, draft.claim.quote, draft.near);
    if (!anchored.ok) return { ok: false, error: `claim, quote: ${anchored.reason}`, closest: anchored.closest };
    claim = { ...claim, quote: anchored.quote, anchor: anchored.anchor };
  }
  let next = dataset;
  if (draft.newTypeLabel !== undefined) {
    const label = draft.newTypeLabel.trim();
    if (!label) return refused('relation type: a new type needs a name, e.g. “trained pilots for”');
    next = {
      ...next,
      vocabulary: {
        ...next.vocabulary,
        relationTypes: { ...next.vocabulary?.relationTypes, [draft.type]: { label } },
      },
    };
  }
  const labelOf = (id: string) => next.entities.find((e) => e.id === id)?.label ?? id;
  const typeLabel =
    next.vocabulary?.relationTypes?.[draft.type]?.label ??
    (RELATION_TYPES as Record<string, { label: string }>)[draft.type]?.label ??
    draft.type;
  // The relation as a reader says it, not its id: “Nicolás Maduro asked for aid from Russia”.
  const reading = `“${labelOf(draft.subject)} ${typeLabel} ${labelOf(draft.object)}”`;
  const at = next.relations.findIndex(
    (r) => r.source === draft.subject && r.target === draft.object && r.type === draft.type,
  );
  const existing = next.relations[at];
  if (existing) {
    const relations = next.relations.with(at, { ...existing, claims: [...existing.claims, claim] });
    const result = checked(
      { ...next, relations },
      `Added the claim to the existing relation ${reading} (now ${plural(existing.claims.length + 1, 'claim')}; its modality and date stay as they were).`,
    );
    return { ...result, relationId: existing.id };
  }
  const symmetric = (RELATION_TYPES as Record<string, { symmetric: boolean }>)[draft.type]?.symmetric;
  const relation: Relation = {
    id: freshId(`${draft.subject} ${draft.type} ${draft.object}`, new Set(next.relations.map((r) => r.id))),
    type: draft.type,
    source: draft.subject,
    target: draft.object,
    modality: draft.modality,
    disputed: false,
    directed: symmetric !== true,
    claims: [claim],
    ...(draft.date !== undefined ? { date: draft.date } : {}),
    ...(draft.dateText ? { dateText: draft.dateText } : {}),
  };
  const result = checked(
    { ...next, relations: [...next.relations, relation] },
    `Created the relation ${reading} with its first claim.`,
  );
  return { ...result, relationId: relation.id };
}
