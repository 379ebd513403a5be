// Quotes checked against the source texts a project file stores (`source.text`): each quote must stand word for
// word in its source's text and, when it has an anchor, at its anchored place (the same words around it). Used by
// `npm run validate`; the bundled story keeps no texts, and its quotes are checked against the archived articles.
import type { Dataset } from './schema';
import { flatten, locateQuote, normaliseQuote, type FlatText } from './quoteAnchor';

export interface TextMismatch {
  relationId: string;
  claimIndex: number;
  sourceId: string;
  quote: string;
  reason: string;
}

export function findTextMismatches(dataset: Dataset): TextMismatch[] {
  const texts = new Map<string, { text: string; flat?: FlatText }>();
  for (const s of dataset.sources) if (s.text !== undefined) texts.set(s.id, { text: s.text });
  const mismatches: TextMismatch[] = [];
  for (const relation of dataset.relations) {
    relation.claims.forEach((claim, claimIndex) => {
      const stored = texts.get(claim.source);
      if (!stored) return;
      stored.flat ??= flatten(stored.text);
      const base = { relationId: relation.id, claimIndex, sourceId: claim.source, quote: claim.quote };
      if (!stored.flat.flat.includes(normaliseQuote(claim.quote)))
        mismatches.push({ ...base, reason: `not found word for word in the stored text of "${claim.source}"` });
      else if (claim.anchor && !locateQuote(stored.text, claim.quote, claim.anchor, stored.flat))
        mismatches.push({
          ...base,
          reason: `unanchored: in the stored text of "${claim.source}", but not with the words around it that its anchor records`,
        });
    });
  }
  return mismatches;
}
