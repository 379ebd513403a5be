// The evidence lint: every rule run over a dataset, in one list an editor works through. Items an editor has
// answered (dataset.reviews) stay in the list, marked with the note, so the answer can be read and reopened.
import type { Dataset, Review } from '../schema';
import { attributionWithoutChain } from './attributionWithoutChain';
import { commentaryAsEvidence } from './commentaryAsEvidence';
import { dateNotInQuotes } from './dateNotInQuotes';
import { earlierThanCited } from './earlierThanCited';
import { hedgeNotMarked } from './hedgeNotMarked';
import { partiesDiffer } from './partiesDiffer';
import { requestDrawnAsHappened } from './requestDrawnAsHappened';
import { sharedAlias } from './sharedAlias';
import { lintContext, lintInput, type LintInput, type LintItem, type LintRule, type LintRuleId } from './types';

export type { LintInput, LintItem, LintRuleId, LintTarget } from './types';
export { lintInput } from './types';

/** The rules in the order the panel shows them, each with the heading its items are listed under. */
export const LINT_RULES: readonly { id: LintRuleId; title: string; run: LintRule }[] = [
  {
    id: 'request-drawn-as-happened',
    title: 'Drawn as happened, quoted as a request, plan or rumour',
    run: requestDrawnAsHappened,
  },
  {
    id: 'attribution-without-chain',
    title: 'Credited to someone, chained as the article’s own words',
    run: attributionWithoutChain,
  },
  { id: 'hedge-not-marked', title: '“Reportedly” or “allegedly”, not marked hedged', run: hedgeNotMarked },
  { id: 'date-not-in-quotes', title: 'A date the quotes do not give', run: dateNotInQuotes },
  { id: 'parties-differ', title: 'Articles name different parties, no dispute', run: partiesDiffer },
  { id: 'earlier-than-cited', title: 'Dated before a source it retells', run: earlierThanCited },
  { id: 'commentary-as-evidence', title: 'Commentary counted as evidence', run: commentaryAsEvidence },
  { id: 'shared-alias', title: 'A name shared by two entities', run: sharedAlias },
];

/** Every item of every rule, rule by rule. */
export function lintItems(input: LintInput): LintItem[] {
  const context = lintContext(input);
  return LINT_RULES.flatMap((rule) => rule.run(context));
}

export function lintDataset(dataset: Dataset): LintItem[] {
  return lintItems(lintInput(dataset));
}

/** Answers by item key (the last answer of a key wins, as an edit replaces it). */
export function reviewsByItem(reviews: readonly Review[] | undefined): ReadonlyMap<string, Review> {
  return new Map((reviews ?? []).map((r) => [r.item, r]));
}
