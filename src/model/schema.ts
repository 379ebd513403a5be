// The dataset format, defined once. Types, the validation CLI and the JSON Schema file all derive from it.
// Cross-references (ids that must exist, ids that must be unique) are checked in one pass after the shapes.
import { z } from 'zod';
import { CLAIM_STATUS_IDS, ENTITY_TYPE_IDS, RELATION_TYPE_IDS } from './vocabulary';

export const MAX_QUOTE_WORDS = 40;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'ids use lower-case letters, digits, "-" and "_", and start with a letter or digit')
  .max(80);

/** ISO 8601 date, month or year: "2025", "2025-10", "2025-10-26". */
const fuzzyDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'use an ISO date, month or year: 2025-10-26, 2025-10 or 2025');

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code in capitals, e.g. "VE"');

const nonBlank = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

export const sourceSchema = z
  .object({
    id,
    title: nonBlank('a source title'),
    outlet: z.string().optional(),
    author: z.string().optional(),
    published: fuzzyDate.optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** File name of the archived article text; quotes from this source are checked against it. */
    seed: z.string().optional(),
    /** Whom the article itself credits for its information (another outlet, documents, officials). */
    cites: z.array(z.string()).default([]),
  })
  .strict();

export const entitySchema = z
  .object({
    id,
    type: z.enum(ENTITY_TYPE_IDS, { error: `type must be one of: ${ENTITY_TYPE_IDS.join(', ')}` }),
    label: nonBlank('an entity label'),
    aliases: z.array(z.string()).default([]),
    country: countryCode.optional(),
    role: z.string().optional(),
    description: z.string().optional(),
    attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  })
  .strict();

export const claimSchema = z
  .object({
    source: id,
    quote: nonBlank('a quote').refine((q) => wordCount(q) <= MAX_QUOTE_WORDS, {
      message: `a quote is at most ${MAX_QUOTE_WORDS} words: shorten it to the words that support the claim`,
    }),
    status: z.enum(CLAIM_STATUS_IDS, { error: `status must be one of: ${CLAIM_STATUS_IDS.join(', ')}` }),
    note: z.string().optional(),
  })
  .strict();

export const relationSchema = z
  .object({
    id,
    type: z.enum(RELATION_TYPE_IDS, { error: `type must be one of: ${RELATION_TYPE_IDS.join(', ')}` }),
    source: id,
    target: id,
    date: fuzzyDate.optional(),
    /** How the articles word the date when it is vague ("mid-October", "earlier this year"). */
    dateText: z.string().optional(),
    /** What exactly was asked, given, agreed: items and quantities, in our own words. */
    details: z.string().optional(),
    /** Set when the articles disagree; the note says on what. Each version is its own claim. */
    disputed: z.boolean().default(false),
    discrepancy: z.string().optional(),
    claims: z.array(claimSchema).min(1, 'every relation needs at least one claim quoting a source'),
  })
  .strict()
  .refine((r) => !r.disputed || (r.discrepancy ?? '').trim().length > 0, {
    message: 'a disputed relation needs a "discrepancy" note saying what the sources disagree on',
    path: ['discrepancy'],
  });

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    title: nonBlank('the dataset title'),
    description: z.string().optional(),
    sources: z.array(sourceSchema),
    entities: z.array(entitySchema),
    relations: z.array(relationSchema),
  })
  .strict()
  // Runs even when some shapes failed, so one pass reports every problem; hence the defensive reading.
  .superRefine(
    (data, ctx) => {
      const report = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      const sourceIds = uniqueIds(listOf(data.sources), 'sources', report);
      const entityIds = uniqueIds(listOf(data.entities), 'entities', report);
      uniqueIds(listOf(data.relations), 'relations', report);
      listOf(data.relations).forEach((rel, i) => {
        for (const end of ['source', 'target'] as const) {
          const ref = rel[end];
          if (typeof ref === 'string' && !entityIds.has(ref)) {
            report(['relations', i, end], `unknown entity id "${ref}": add it to "entities" or fix the id`);
          }
        }
        listOf(rel.claims).forEach((claim, j) => {
          const ref = claim.source;
          if (typeof ref === 'string' && !sourceIds.has(ref)) {
            report(['relations', i, 'claims', j, 'source'], `unknown source id "${ref}": add it to "sources" or fix the id`);
          }
        });
      });
    },
    { when: () => true },
  );

type Loose = Record<string, unknown>;
function listOf(value: unknown): Loose[] {
  return Array.isArray(value) ? value.map((v) => (v !== null && typeof v === 'object' ? (v as Loose) : {})) : [];
}

function uniqueIds(
  items: readonly Loose[],
  listName: string,
  report: (path: (string | number)[], message: string) => void,
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (typeof item.id !== 'string') return;
    const first = seen.get(item.id);
    if (first !== undefined) {
      report([listName, i, 'id'], `duplicate id "${item.id}" (first used at ${listName}[${first}]): ids must be unique`);
    } else {
      seen.set(item.id, i);
    }
  });
  return new Set(seen.keys());
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

export type Source = z.infer<typeof sourceSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
/** The dataset as written in a file, before defaults are filled in. */
export type DatasetInput = z.input<typeof datasetSchema>;
