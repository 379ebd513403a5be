// One relation whose articles name different parties for the same act: one says a government did it (or was
// asked), another says that country's companies. Unless the relation is marked disputed, the two accounts are
// merged into one line, and the difference is lost.
//
// The heuristic, and its limits: each quote counted as evidence is sorted by the words it uses for a party:
// government words (government, president, minister, officials, the Kremlin, "the two countries"…, or the name of
// a country entity at either end of the relation) or company words (company, firm, industry, conglomerate…).
// A quote with both kinds, or neither, says nothing either way. The relation is queried when one article's quotes
// use only government words and another article's only company words. It reads English words, not meaning: it
// cannot tell which party the words belong to (a subject or an object), misses parties named only by a proper
// name ("Rostec"), and a quote that happens to name a ministry for another reason will count as a government one.
import { corroborates } from '../evidence';
import type { Claim } from '../schema';
import { recordKey, type LintItem, type LintRule } from './types';

const GOVERNMENT =
  /\b(governments?|president|presidents|ministers?|ministry|ministries|officials?|authorities|kremlin|state department|countries|country|nation|white house)\b/i;
const COMPANY =
  /\b(compan(y|ies)|firms?|industry|industries|conglomerates?|corporations?|manufacturers?|contractors?|enterprises?|businesses)\b/i;

type Party = 'government' | 'companies';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const partiesDiffer: LintRule = ({ input, entities }) => {
  const items: LintItem[] = [];
  for (const relation of input.relations) {
    if (relation.disputed || relation.claims.length < 2) continue;
    // Names of a country at either end count as government words for this relation.
    const countryNames = [relation.source, relation.target]
      .map((id) => entities.get(id))
      .filter((e) => e?.type === 'country')
      .flatMap((e) => [e!.label, ...e!.aliases])
      .filter((name) => name.trim().length > 0);
    const country = countryNames.length ? new RegExp(`\\b(${countryNames.map(escape).join('|')})\\b`, 'i') : null;
    const byArticle = new Map<string, Set<Party>>();
    for (const claim of relation.claims) {
      if (!corroborates(claim as Claim)) continue;
      const government = GOVERNMENT.test(claim.quote) || (country?.test(claim.quote) ?? false);
      const companies = COMPANY.test(claim.quote);
      if (government === companies) continue;
      const parties = byArticle.get(claim.source) ?? new Set<Party>();
      parties.add(government ? 'government' : 'companies');
      byArticle.set(claim.source, parties);
    }
    const onlyGovernment = [...byArticle].filter(([, p]) => p.size === 1 && p.has('government')).map(([a]) => a);
    const onlyCompanies = [...byArticle].filter(([, p]) => p.size === 1 && p.has('companies')).map(([a]) => a);
    if (onlyGovernment.length === 0 || onlyCompanies.length === 0) continue;
    items.push({
      key: recordKey('parties-differ', relation.id),
      rule: 'parties-differ',
      target: { kind: 'relation', id: relation.id },
      message: `${onlyGovernment.join(', ')} ${onlyGovernment.length > 1 ? 'name' : 'names'} a government, ${onlyCompanies.join(', ')} ${onlyCompanies.length > 1 ? 'name' : 'names'} companies: split it into two relations, or mark it disputed with each version.`,
    });
  }
  return items;
};
