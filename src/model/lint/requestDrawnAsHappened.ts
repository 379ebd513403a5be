// A relation drawn as having happened, although every quote that counts for it only tells of a request, a plan or
// a rumour ("asked for", "was planning", "could"). The words are read, not understood: a quote that tells of a
// request and of its fulfilment ("sent a letter requesting help") holds a request word too, so the rule asks only
// when no quote is free of such wording, and says which wording it saw.
import { corroborates } from '../evidence';
import type { Claim } from '../schema';
import { recordKey, type LintItem, type LintRule } from './types';
import { findWording, wording, type QuoteWords, type Wording } from './words';

const WORDING: [kind: 'a request' | 'a plan' | 'a rumour', list: Wording][] = [
  [
    'a request',
    wording([
      ...['ask', 'asks', 'asked', 'asking', 'request', 'requests', 'requested', 'requesting'],
      ...['seek', 'seeks', 'seeking', 'sought', 'urge', 'urges', 'urged', 'urging'],
      ...['appeal', 'appeals', 'appealed', 'appealing', 'call for', 'calls for', 'called for', 'calling for'],
      ...['turned to', 'reached out'],
    ]),
  ],
  [
    'a plan',
    wording([
      ...['plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'will', 'would'],
      ...['propose', 'proposes', 'proposed', 'proposing', 'prepare to', 'prepares to', 'prepared to', 'preparing to'],
    ]),
  ],
  [
    'a rumour',
    wording([
      ...['rumor', 'rumors', 'rumour', 'rumours', 'might', 'could', 'possible', 'possibly', 'potential', 'potentially'],
      ...['consider', 'considers', 'considered', 'considering', 'discuss', 'discusses', 'discussed', 'discussing'],
      ...['unconfirmed', 'believed'],
    ]),
  ],
];

/** What the quote tells of, if only a request, a plan or a rumour; null when no such wording is in it. */
export function unfulfilledWording(quote: QuoteWords): string | null {
  for (const [kind, list] of WORDING) if (findWording(quote, list) !== null) return kind;
  return null;
}

export const requestDrawnAsHappened: LintRule = ({ input, words }) => {
  const items: LintItem[] = [];
  for (const relation of input.relations) {
    if (relation.modality !== 'happened') continue;
    const counted = relation.claims.filter((c) => corroborates(c as Claim));
    if (counted.length === 0) continue;
    const kinds = new Set<string>();
    let allUnfulfilled = true;
    for (const claim of counted) {
      const kind = unfulfilledWording(words(claim.quote));
      if (kind === null) {
        allUnfulfilled = false;
        break;
      }
      kinds.add(kind);
    }
    if (!allUnfulfilled) continue;
    items.push({
      key: recordKey('request-drawn-as-happened', relation.id),
      rule: 'request-drawn-as-happened',
      target: { kind: 'relation', id: relation.id },
      message: `Drawn as happened, but its ${counted.length === 1 ? 'quote tells' : `${counted.length} quotes tell`} only of ${[...kinds].join(' or ')}: set its modality (requested, planned, rumoured), or add a quote that says it took place.`,
    });
  }
  return items;
};
