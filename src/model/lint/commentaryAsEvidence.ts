// Commentary (analysis, opinion, what is still unknown) is not evidence of the act, so its status is
// "commentary", which adds no origin. This asks about claims whose status does count, yet read as commentary:
// their chain ends at an expert or analyst (a source of kind "expert"), or their words are an observer's
// ("remains unclear", "analysts believe", "observed"). The words are a short English list; an expert who reports
// a plain fact will be asked about too, and can be kept with a note saying so. A "commented on" relation is
// left alone: there the remark is the act itself, and the commenter's words are its evidence.
import { corroborates } from '../evidence';
import type { Claim } from '../schema';
import { CLAIM_STATUSES } from '../vocabulary';
import { claimKey, shortQuote, type LintItem, type LintRule } from './types';
import { findWording, wording } from './words';

const COMMENTARY = wording([
  ...['remains unclear', 'remain unclear', 'remains uncertain', 'remain uncertain', 'it is unclear', 'it is uncertain'],
  ...['is not clear', 'are not clear', 'is not yet clear', 'is not known', 'are not known', 'is not yet known'],
  ...['observed', 'observes', 'observer', 'observers', 'analyst', 'analysts', 'expert', 'experts', 'opinion'],
  ...['in my view', 'in our view', 'in his view', 'in her view', 'in their view'],
]);

export const commentaryAsEvidence: LintRule = ({ input, sources, words }) => {
  const items: LintItem[] = [];
  for (const relation of input.relations) {
    if (relation.type === 'commented_on') continue;
    for (const claim of relation.claims) {
      if (!corroborates(claim as Claim)) continue;
      const end = claim.via && claim.via.length > 0 ? claim.via[claim.via.length - 1]! : undefined;
      const endSource = end === undefined ? undefined : sources.get(end);
      const found = findWording(words(claim.quote), COMMENTARY);
      const byExpert = endSource?.kind === 'expert';
      if (!byExpert && found === null) continue;
      const why = byExpert ? `comes from ${end}, an expert or analyst` : `reads as commentary (“${found}”)`;
      items.push({
        key: claimKey('commentary-as-evidence', relation.id, claim),
        rule: 'commentary-as-evidence',
        target: { kind: 'relation', id: relation.id },
        quote: claim.quote,
        message: `${shortQuote(claim.quote)} ${why}, yet its status (${CLAIM_STATUSES[claim.status].label.toLowerCase()}) counts it as evidence: set it to commentary, or say why it is evidence.`,
      });
    }
  }
  return items;
};
