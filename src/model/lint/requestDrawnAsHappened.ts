// A relation drawn as having happened, although every quote that counts for it only tells of a request, a plan or
// a rumour ("asked for", "was planning", "could"). The words are read, not understood: a quote that tells of a
// request and of its fulfilment ("sent a letter requesting help") holds a request word too, so the rule asks only
// when no quote is free of such wording, and says which wording it saw.
import { corroborates } from '../evidence';
import type { Claim } from '../schema';
import { recordKey, type LintItem, type LintRule } from './types';

const WORDING: [kind: 'a request' | 'a plan' | 'a rumour', pattern: RegExp][] = [
  [
    'a request',
    /\b(ask(s|ed|ing)?|request(s|ed|ing)?|seek(s|ing)?|sought|urg(e|es|ed|ing)|appeal(s|ed|ing)?|call(s|ed|ing)? for|turned to|reached out)\b/i,
  ],
  ['a plan', /\b(plan(s|ned|ning)?|intend(s|ed)?|prepar(e|es|ed|ing) to|propos(e|es|ed|ing)|will|would)\b/i],
  [
    'a rumour',
    /\b(rumou?rs?|might|could|possib(le|ly)|potential(ly)?|consider(s|ed|ing)|discuss(es|ed|ing)?|unconfirmed|believed)\b/i,
  ],
];

/** What the quote tells of, if only a request, a plan or a rumour; null when no such wording is in it. */
export function unfulfilledWording(quote: string): string | null {
  for (const [kind, pattern] of WORDING) if (pattern.test(quote)) return kind;
  return null;
}

export const requestDrawnAsHappened: LintRule = ({ input }) => {
  const items: LintItem[] = [];
  for (const relation of input.relations) {
    if (relation.modality !== 'happened') continue;
    const counted = relation.claims.filter((c) => corroborates(c as Claim));
    if (counted.length === 0) continue;
    const kinds = new Set<string>();
    let allUnfulfilled = true;
    for (const claim of counted) {
      const kind = unfulfilledWording(claim.quote);
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
