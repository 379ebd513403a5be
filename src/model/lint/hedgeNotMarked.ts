// "Reportedly" and "allegedly" are the article's own hedge: a quote holding one should be marked hedged, so the
// claim is shown (and weighed) as the weaker word it is.
import { claimKey, shortQuote, type LintItem, type LintRule } from './types';
import { findWording, wording } from './words';

const HEDGE = wording(['reportedly', 'allegedly']);

export const hedgeNotMarked: LintRule = ({ input, words }) => {
  const items: LintItem[] = [];
  for (const relation of input.relations) {
    for (const claim of relation.claims) {
      if (claim.hedged) continue;
      const word = findWording(words(claim.quote), HEDGE);
      if (word === null) continue;
      items.push({
        key: claimKey('hedge-not-marked', relation.id, claim),
        rule: 'hedge-not-marked',
        target: { kind: 'relation', id: relation.id },
        quote: claim.quote,
        message: `${shortQuote(claim.quote)} says “${word}” but is not marked hedged.`,
      });
    }
  }
  return items;
};
