// Checks that every quote in a dataset appears word for word in the archived text of its source.
// Only whitespace is normalised: quotation marks, apostrophes and accents must match exactly.
import type { Dataset } from './schema';

export interface QuoteMismatch {
  relationId: string;
  claimIndex: number;
  sourceId: string;
  quote: string;
  reason: string;
}

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `seedTexts` maps a source's `seed` file name to the file's text. */
export function findQuoteMismatches(dataset: Dataset, seedTexts: ReadonlyMap<string, string>): QuoteMismatch[] {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const normalisedSeeds = new Map([...seedTexts].map(([name, text]) => [name, normaliseWhitespace(text)]));
  const mismatches: QuoteMismatch[] = [];
  for (const relation of dataset.relations) {
    relation.claims.forEach((claim, claimIndex) => {
      const base = { relationId: relation.id, claimIndex, sourceId: claim.source, quote: claim.quote };
      const seedName = sources.get(claim.source)?.seed;
      const seed = seedName === undefined ? undefined : normalisedSeeds.get(seedName);
      if (seed === undefined) {
        mismatches.push({ ...base, reason: `source "${claim.source}" has no archived text to check against` });
      } else if (!seed.includes(normaliseWhitespace(claim.quote))) {
        mismatches.push({ ...base, reason: `not found verbatim in ${seedName}` });
      }
    });
  }
  return mismatches;
}
