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

const COMMENTARY =
  /\b(remains? (unclear|uncertain)|it is (unclear|uncertain)|(is|are) not (yet )?(clear|known)|observ(ed|es|ers?)|analysts?|experts?|in (my|our|his|her|their) view|opinion)\b/i;

export const commentaryAsEvidence: LintRule = ({ input, sources }) => {
  const items: LintItem[] = [];
  for (const relation of input.relations) {
    if (relation.type === 'commented_on') continue;
    for (const claim of relation.claims) {
      if (!corroborates(claim as Claim)) continue;
      const end = claim.via && claim.via.length > 0 ? claim.via[claim.via.length - 1]! : undefined;
      const endSource = end === undefined ? undefined : sources.get(end);
      const words = COMMENTARY.exec(claim.quote);
      const byExpert = endSource?.kind === 'expert';
      if (!byExpert && !words) continue;
      const why = byExpert ? `comes from ${end}, an expert or analyst` : `reads as commentary (“${words![0]}”)`;
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
