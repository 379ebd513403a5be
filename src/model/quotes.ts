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

/**
 * `seedTexts` maps a source's `seed` file name to the file's text. A source's own stored `text` (an investigation
 * built in the app) wins over its seed file. With `onlyStored`, claims whose source has no stored text are skipped
 * (a project file checked without the articles at hand).
 */
export function findQuoteMismatches(
  dataset: Dataset,
  seedTexts: ReadonlyMap<string, string>,
  onlyStored = false,
): QuoteMismatch[] {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const normalised = new Map<string, string | undefined>();
  const textOf = (sourceId: string): { text: string | undefined; where: string } => {
    const source = sources.get(sourceId);
    const where = source?.text !== undefined ? `the stored text of "${sourceId}"` : (source?.seed ?? '');
    if (!normalised.has(sourceId)) {
      const raw = source?.text ?? (source?.seed === undefined ? undefined : seedTexts.get(source.seed));
      normalised.set(sourceId, raw === undefined ? undefined : normaliseWhitespace(raw));
    }
    return { text: normalised.get(sourceId), where };
  };
  const mismatches: QuoteMismatch[] = [];
  for (const relation of dataset.relations) {
    relation.claims.forEach((claim, claimIndex) => {
      if (onlyStored && sources.get(claim.source)?.text === undefined) return;
      const base = { relationId: relation.id, claimIndex, sourceId: claim.source, quote: claim.quote };
      const { text, where } = textOf(claim.source);
      if (text === undefined) {
        mismatches.push({ ...base, reason: `source "${claim.source}" has no archived text to check against` });
      } else if (!text.includes(normaliseWhitespace(claim.quote))) {
        mismatches.push({ ...base, reason: `not found verbatim in ${where}` });
      }
    });
  }
  return mismatches;
}
