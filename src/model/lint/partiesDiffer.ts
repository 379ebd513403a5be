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
import { findWording, wording } from './words';

const GOVERNMENT = wording([
  ...['government', 'governments', 'president', 'presidents', 'minister', 'ministers', 'ministry', 'ministries'],
  ...['official', 'officials', 'authorities', 'kremlin', 'state department', 'countries', 'country', 'nation'],
  'white house',
]);
const COMPANY = wording([
  ...['company', 'companies', 'firm', 'firms', 'industry', 'industries', 'conglomerate', 'conglomerates'],
  ...['corporation', 'corporations', 'manufacturer', 'manufacturers', 'contractor', 'contractors', 'enterprise'],
  ...['enterprises', 'businesses'],
]);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether one of the names stands in the text as a whole word ("Freedonia", not "Freedonian"). */
function namesWord(text: string, names: readonly string[]): boolean {
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = text[at - 1];
      const after = text[at + name.length];
      if (
        (before === undefined || !LETTER_OR_DIGIT.test(before)) &&
        (after === undefined || !LETTER_OR_DIGIT.test(after))
      )
        return true;
    }
  }
  return false;
}

type Party = 'government' | 'companies';

export const partiesDiffer: LintRule = ({ input, entities, words }) => {
  // A country's names in lower case, worked out once per country.
  const countryNames = new Map<string, string[]>();
  const namesOf = (id: string): string[] => {
    let names = countryNames.get(id);
    if (!names) {
      const entity = entities.get(id);
      const all = entity?.type === 'country' ? [entity.label, ...entity.aliases] : [];
      names = all.map((n) => n.trim().toLowerCase()).filter(Boolean);
      countryNames.set(id, names);
    }
    return names;
  };
  const items: LintItem[] = [];
  for (const relation of input.relations) {
    if (relation.disputed || relation.claims.length < 2) continue;
    // Most relations name no companies at all: nothing to compare, and nothing allocated to find that out.
    if (!relation.claims.some((c) => corroborates(c as Claim) && findWording(words(c.quote), COMPANY) !== null))
      continue;
    const counted = relation.claims.filter((c) => corroborates(c as Claim));
    const companyWords = counted.map((c) => findWording(words(c.quote), COMPANY) !== null);
    const countries = [...namesOf(relation.source), ...namesOf(relation.target)];
    const byArticle = new Map<string, Set<Party>>();
    counted.forEach((claim, i) => {
      const quote = words(claim.quote);
      const government =
        findWording(quote, GOVERNMENT) !== null ||
        (countries.length > 0 && namesWord(claim.quote.toLowerCase(), countries));
      const companies = companyWords[i]!;
      if (government === companies) return;
      const parties = byArticle.get(claim.source) ?? new Set<Party>();
      parties.add(government ? 'government' : 'companies');
      byArticle.set(claim.source, parties);
    });
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
