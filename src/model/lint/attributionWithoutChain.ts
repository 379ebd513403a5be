// A quote that credits someone else ("according to", "reported", "citing") while its chain says it is the
// article's own words: the claim's `via` is empty, or it has none and its article cites nothing. Its origin is
// then counted as the article, where the words say it lies elsewhere. "Said" is left out on purpose: an article's
// own background often tells what a party said, and that is the party's statement, found by its status instead.
import { claimKey, shortQuote, type LintItem, type LintRule } from './types';
import { findWording, wording } from './words';

const ATTRIBUTING = wording(['according to', 'reported', 'reportedly', 'report', 'reports', 'citing', 'cited']);

export const attributionWithoutChain: LintRule = ({ input, sources, words }) => {
  const items: LintItem[] = [];
  for (const relation of input.relations) {
    for (const claim of relation.claims) {
      const ownWords =
        claim.via !== undefined ? claim.via.length === 0 : (sources.get(claim.source)?.cites.length ?? 0) === 0;
      if (!ownWords) continue;
      const found = findWording(words(claim.quote), ATTRIBUTING);
      if (found === null) continue;
      items.push({
        key: claimKey('attribution-without-chain', relation.id, claim),
        rule: 'attribution-without-chain',
        target: { kind: 'relation', id: relation.id },
        quote: claim.quote,
        message: `${shortQuote(claim.quote)} says “${found}”, but its chain makes it ${claim.source}’s own words: name the source it came through (via), or say why it stands alone.`,
      });
    }
  }
  return items;
};
