// Adding and editing a source, with its full text. When the text changes, every claim quoting the source is looked
// for again (model/quoteAnchor.ts): those still standing keep or get their anchor; the others are listed as
// unanchored in the message, and their quotes are left as they were, never moved to a similar sentence.
import type { Dataset, Source } from '../schema';
import { reanchorClaims, type Unanchored } from '../quoteAnchor';
import { checked, refused, type EditResult } from './result';
import { freshId, plural, putSource } from './records';

export type SourceDraft = Omit<Source, 'id'>;

/** Adds a new source under a fresh id made from its title; `id` is that id (also when refused, for the caller). */
export function addSource(dataset: Dataset, draft: SourceDraft): EditResult & { id: string } {
  const id = freshId(draft.title, new Set(dataset.sources.map((s) => s.id)));
  return { ...putSource(dataset, { ...draft, id }), id };
}

/** Changes a source (its id stays); a changed text re-anchors the claims that quote it. */
export function editSource(
  dataset: Dataset,
  id: string,
  draft: SourceDraft,
): EditResult & { unanchored: Unanchored[] } {
  const before = dataset.sources.find((s) => s.id === id);
  if (!before) return { ...refused(`there is no source "${id}" to change`), unanchored: [] };
  const put = putSource(dataset, { ...draft, id }, id);
  if (!put.ok || draft.text === before.text || draft.text === undefined) return { ...put, unanchored: [] };
  const report = reanchorClaims(put.dataset.relations, id, draft.text);
  const anchors = new Map(report.anchored.map((a) => [`${a.relationId}\u0000${a.claimIndex}`, a.anchor]));
  const relations = put.dataset.relations.map((r) =>
    r.claims.some((c) => c.source === id)
      ? {
          ...r,
          claims: r.claims.map((c, i) => {
            const anchor = anchors.get(`${r.id}\u0000${i}`);
            return anchor ? { ...c, anchor } : c;
          }),
        }
      : r,
  );
  const lost = report.unanchored.length;
  const message =
    lost === 0
      ? put.message
      : `${put.message.replace(/\.$/, '')}: ${plural(lost, 'quote')} no longer ${lost === 1 ? 'matches' : 'match'} the text and ${lost === 1 ? 'is' : 'are'} listed as unanchored in the reader.`;
  const result = checked({ ...put.dataset, relations }, message);
  return { ...result, unanchored: report.unanchored };
}
