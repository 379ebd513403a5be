// A relation's date should come from the articles' words. It is queried when its own date text says the articles
// do not date it, or when none of its quotes holds any wording of time (a year, a month, a weekday, "since",
// "ago", "earlier this year", "recently"…). Wording of time anywhere in a quote is enough to pass: the rule does
// not check that the words give this very date, only that some quote speaks of when.
import { recordKey, type LintItem, type LintRule } from './types';

const UNDATED = /\b(not dated|undated|no date|not date[ds]?|do(es)? not date|without a date|date (is )?not given)\b/i;

const MONTHS =
  'january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec';
const TIME_WORDING = new RegExp(
  [
    '\\b(1[89]|20)\\d{2}s?\\b',
    `\\b(${MONTHS})\\b`,
    // "May" only before a day or year: otherwise it is the verb.
    '\\bmay\\s+\\d',
    '\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow)\\b',
    '\\b(since|ago|earlier|later|recently|lately|formerly|early|mid|late)\\b',
    '\\b(last|previous|this|next|that|same|a|one|two|three|few)\\s+(years?|months?|weeks?|days?|decades?|spring|summer|autumn|fall|winter)\\b',
  ].join('|'),
  'i',
);

/** Whether the quote speaks of when: a year, a month, a weekday, "since", "ago", "this year", "two days"… */
export function hasTimeWording(quote: string): boolean {
  return TIME_WORDING.test(quote);
}

export const dateNotInQuotes: LintRule = ({ input }) => {
  const items: LintItem[] = [];
  for (const relation of input.relations) {
    if (relation.date === undefined) continue;
    const shown = typeof relation.date === 'string' ? relation.date : (relation.date.text ?? 'a range of days');
    if (relation.dateText && UNDATED.test(relation.dateText)) {
      items.push({
        key: recordKey('date-not-in-quotes', relation.id, 'undated'),
        rule: 'date-not-in-quotes',
        target: { kind: 'relation', id: relation.id },
        message: `Dated ${shown}, yet its date text says “${relation.dateText}”: remove the date, or quote the words that give it.`,
      });
    } else if (relation.claims.length > 0 && !relation.claims.some((c) => hasTimeWording(c.quote))) {
      items.push({
        key: recordKey('date-not-in-quotes', relation.id, 'no wording'),
        rule: 'date-not-in-quotes',
        target: { kind: 'relation', id: relation.id },
        message: `Dated ${shown}, but none of its quotes says when: quote the words that date it, or say in the date text where the date comes from.`,
      });
    }
  }
  return items;
};
