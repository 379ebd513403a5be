// Joining relations that say the same thing: same ends and same type (either way round when the type has no
// direction). Merging entities and appending a graph both end here, so the two join by one rule.
import type { Claim, Dataset, Relation } from '../schema';
import { typeStyles, type Modality } from '../vocabulary';

/** From the most definite to the least: what a joined relation is drawn with when its parts differ. */
const DEFINITE: readonly Modality[] = ['happened', 'organized', 'planned', 'requested', 'rumoured', 'denied'];

/** A key equal for relations that are the same link: ends and type, the ends sorted when direction means nothing. */
export function relationKeyer(dataset: Pick<Dataset, 'vocabulary'>): (r: Relation) => string {
  const styles = typeStyles(dataset.vocabulary);
  return (r) => {
    const undirected = !r.directed || styles.relation(r.type).symmetric;
    const [a, b] = undirected && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
    return JSON.stringify([r.type, a, b]);
  };
}

const claimKey = (c: Claim) => `${c.source}\u0000${c.quote}`;

/** The same quote from the same source twice is one claim. */
export function sameClaim(a: Claim, b: Claim): boolean {
  return claimKey(a) === claimKey(b);
}

/**
 * Several relations as one. The first is the base: its id, ends, type, label, direction and weight stay. Claims are
 * all kept (one copy of a repeated quote). The rule for what the others bring:
 * - modality: the most definite that any of them was drawn with (happened, then organized, planned, requested,
 *   rumoured, denied), since each was already supported by its own claims; the preview says when they differed;
 * - date and its wording: the first relation's, or else the first one that has a date;
 * - details: every different text, joined with "; ";
 * - disputed: if any was; the discrepancy notes are joined;
 * - attributes: the first's values win, the others add what it lacks.
 */
export function joinRelations(relations: readonly Relation[]): Relation {
  const [first, ...rest] = relations;
  if (!first) throw new Error('joinRelations needs at least one relation');
  if (rest.length === 0) return first;
  const claims: Claim[] = [];
  const seen = new Set<string>();
  for (const r of relations)
    for (const c of r.claims) {
      if (seen.has(claimKey(c))) continue;
      seen.add(claimKey(c));
      claims.push(c);
    }
  const modality = relations
    .map((r) => r.modality)
    .reduce((best, m) => (DEFINITE.indexOf(m) < DEFINITE.indexOf(best) ? m : best));
  const dated = relations.find((r) => r.date !== undefined);
  const details = unique(relations.map((r) => r.details?.trim()).filter((d): d is string => !!d));
  const discrepancy = unique(relations.map((r) => r.discrepancy?.trim()).filter((d): d is string => !!d));
  const attributes = Object.assign(
    Object.create(null) as NonNullable<Relation['attributes']>,
    ...relations.map((r) => r.attributes ?? {}).reverse(),
  );
  const joined: Relation = {
    ...first,
    claims,
    modality,
    disputed: relations.some((r) => r.disputed),
  };
  if (dated) {
    joined.date = dated.date;
    if (dated.dateText !== undefined) joined.dateText = dated.dateText;
    else delete joined.dateText;
  }
  if (details.length > 0) joined.details = details.join('; ');
  if (discrepancy.length > 0) joined.discrepancy = discrepancy.join('; ');
  if (Object.keys(attributes).length > 0) joined.attributes = attributes;
  return joined;
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}
