// The dataset format, defined once. Types, the validation CLI and the JSON Schema file all derive from it.
// Cross-references (ids that must exist, ids that must be unique) are checked in one pass after the shapes, by the
// rules in datasetRules.ts.
import { z } from 'zod';
import { CLAIM_STATUS_IDS, MODALITY_IDS, NOT_GIVEN, SOURCE_KIND_IDS } from './vocabulary';
import { citationProblems } from './sourceRules';
import { crossContext, entityProblems, listOf, relationProblems, uniqueIds } from './datasetRules';
import { parseIsoDay, rangeProblem } from './time';

export { crossContext, entityProblems, relationProblems, type CrossContext } from './datasetRules';

export const MAX_QUOTE_WORDS = 40;
/** A source's stored text: a long article is ~60,000 characters; a book-length paste is refused, not kept. */
export const MAX_SOURCE_TEXT_CHARS = 2_000_000;

// Ids are opaque: imported graphs bring any string ("n0", "Myriel", "__proto__"). Only blank ids and control
// characters are refused, since they cannot be shown or typed back.
const id = z
  .string()
  .min(1, 'an id must not be empty')
  .max(1000, 'an id is at most 1000 characters')
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]+$/, 'an id must not contain control characters');

/** ISO 8601 date, month or year: "2025", "2025-10", "2025-10-26". */
const fuzzyDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'use an ISO date, month or year: 2025-10-26, 2025-10 or 2025',
  );

const isoDayText = (key: string) =>
  z.string({ error: `"${key}" is a day written as YYYY-MM-DD` }).regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (issue) => `"${key}" must be a real day written as YYYY-MM-DD (got "${String(issue.input)}")`,
  });

/** A relation's date as a range of days, for fuzzy wording ("mid-October 2025") and imported time spans. */
const dateRange = z
  .object({
    from: isoDayText('from').optional(),
    to: isoDayText('to').optional(),
    /** The wording the range was read from, kept as written. */
    text: z.string().trim().min(1, 'a date text must not be empty').optional(),
  })
  .strict()
  .superRefine((range, ctx) => {
    const problem = rangeProblem(range);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const eventDate = z.union([fuzzyDate, dateRange], {
  error: 'a date is an ISO date, month or year (2025-10-26, 2025-10, 2025) or a range { "from", "to", "text" }',
});

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code in capitals, e.g. "VE"');

const nonBlank = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

const attributeValue = z.union([z.string(), z.number(), z.boolean()], {
  error: 'an attribute value is a string, a number or true/false',
});
/** What attributeValue accepts as it is (zod's number refuses NaN and ±Infinity). */
const isAttributeValue = (raw: unknown): raw is string | number | boolean =>
  typeof raw === 'string' || typeof raw === 'boolean' || (typeof raw === 'number' && Number.isFinite(raw));

/**
 * An object of free attributes. zod's own record drops a "__proto__" key; this keeps every key as plain data
 * in an object without a prototype, so no key of an imported file can reach Object.prototype.
 */
function safeRecord<T extends z.ZodType>(value: T, what: string, plain?: (raw: unknown) => raw is z.output<T>) {
  const schema = z.unknown().transform((input, ctx) => {
    const out = Object.create(null) as Record<string, z.output<T>>;
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      ctx.addIssue({ code: 'custom', message: `${what} must be an object of name → value` });
      return out;
    }
    for (const key of Object.keys(input)) {
      const raw = (input as Record<string, unknown>)[key];
      // Values the schema surely takes unchanged skip zod: a big graph has hundreds of thousands of them.
      if (plain?.(raw)) {
        out[key] = raw;
        continue;
      }
      const parsed = value.safeParse(raw);
      if (parsed.success) out[key] = parsed.data;
      else
        for (const issue of parsed.error.issues)
          ctx.addIssue({ code: 'custom', message: issue.message, path: [key, ...issue.path] });
    }
    return out;
  });
  SAFE_RECORD_VALUES.set(schema, value);
  return schema;
}

/** Lets the JSON Schema generator describe safe records as the objects they are (see jsonSchema.ts). */
export const SAFE_RECORD_VALUES = new WeakMap<z.ZodType, z.ZodType>();

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a colour like "#1f77b4"');

/** Types a dataset adds to the built-in vocabulary (imported graphs declare the types they carry). */
const vocabularySchema = z
  .object({
    entityTypes: safeRecord(
      z.object({ label: z.string(), color: hexColour.optional() }).strict(),
      'vocabulary.entityTypes',
    ).optional(),
    relationTypes: safeRecord(
      z.object({ label: z.string(), symmetric: z.boolean().optional() }).strict(),
      'vocabulary.relationTypes',
    ).optional(),
  })
  .strict();
export const sourceSchema = z
  .object({
    id,
    kind: z.enum(SOURCE_KIND_IDS, { error: `kind must be one of: ${SOURCE_KIND_IDS.join(', ')}` }),
    title: nonBlank('a source title'),
    outlet: z.string().optional(),
    author: z.string().optional(),
    published: z
      .string({ error: `published is an ISO date, month or year (2025-10-26, 2025-10, 2025), or "${NOT_GIVEN}"` })
      .refine((v) => v === NOT_GIVEN || fuzzyDate.safeParse(v).success, {
        message: `published is an ISO date, month or year (2025-10-26, 2025-10, 2025), or "${NOT_GIVEN}" when the text gives none`,
      }),
    /** When `published` is not given: the first day the text allows (it tells an event of that day as past). */
    notBefore: isoDayText('notBefore')
      .refine((v) => parseIsoDay(v) !== undefined, {
        error: (issue) => `"notBefore" must be a real day written as YYYY-MM-DD (got "${String(issue.input)}")`,
      })
      .optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** File name of the archived article text; quotes from this source are checked against it. */
    seed: z.string().optional(),
    /** Ids of the sources this one credits for its information (another outlet, documents, officials). */
    cites: z.array(id).default([]),
    /** Our own words: what the source is, or why it is linked as it is (a copied passage found by `npm run overlap`). */
    note: z.string().optional(),
    /**
     * The source's full text, kept with an investigation in the user's browser (never in this repository, which
     * keeps only short quotes). Quotes from the source are checked against it and anchored in it.
     */
    text: z
      .string()
      .max(MAX_SOURCE_TEXT_CHARS, {
        error: `a source text is at most ${MAX_SOURCE_TEXT_CHARS.toLocaleString('en')} characters: keep the article, not the whole page or book`,
      })
      .optional(),
  })
  .strict();

/**
 * Where a quote sits in its source's stored text, as the W3C TextQuoteSelector and TextPositionSelector describe
 * it: the quote itself is the exact text, with a few words before and after it and its character offset.
 */
export const quoteAnchorSchema = z
  .object({
    prefix: z.string().max(200),
    suffix: z.string().max(200),
    start: z.number().int().nonnegative(),
  })
  .strict();

export const entitySchema = z
  .object({
    id,
    /** A built-in entity type, or one declared in the dataset's `vocabulary` (checked below). */
    type: nonBlank('an entity type'),
    label: nonBlank('an entity label'),
    aliases: z.array(z.string()).default([]),
    country: countryCode.optional(),
    role: z.string().optional(),
    description: z.string().optional(),
    attributes: safeRecord(attributeValue, 'attributes', isAttributeValue).optional(),
    /** Position, colour and size from an imported file; the layout places entities without a position. */
    position: z.object({ x: finite, y: finite }).strict().optional(),
    color: hexColour.optional(),
    size: finite.positive().optional(),
  })
  .strict();

export const claimSchema = z
  .object({
    /** The article the quote is taken from. */
    source: id,
    quote: nonBlank('a quote').refine((q) => wordCount(q) <= MAX_QUOTE_WORDS, {
      message: `a quote is at most ${MAX_QUOTE_WORDS} words: shorten it to the words that support the claim`,
    }),
    status: z.enum(CLAIM_STATUS_IDS, { error: `status must be one of: ${CLAIM_STATUS_IDS.join(', ')}` }),
    /**
     * The sources the article says the claim came through, nearest first ("The Washington Post noted…, citing
     * documents": ["wapo", "us-documents"]). Absent: the claim stands on its article's own `cites`. Empty: the
     * article's own words, attributed to no one.
     */
    via: z.array(id).optional(),
    /** The quote hedges ("possibly", "almost certainly"): weaker, not wrong. */
    hedged: z.boolean().optional(),
    /** On a disputed relation: the version of events this claim holds, in a few words of our own. */
    version: z.string().trim().min(1, 'a version must not be empty').optional(),
    note: z.string().optional(),
    /** Where the quote was found in the source's stored text (model/quoteAnchor.ts); absent without a text. */
    anchor: quoteAnchorSchema.optional(),
  })
  .strict();

export const relationSchema = z
  .object({
    id,
    /** A built-in relation type, or one declared in the dataset's `vocabulary` (checked below). */
    type: nonBlank('a relation type'),
    source: id,
    target: id,
    /** When it happened: an ISO date, month or year, or a range of days (model/time.ts reads both). */
    date: eventDate.optional(),
    /** How the articles word the date when it is vague ("mid-October", "earlier this year"). */
    dateText: z.string().optional(),
    /** What exactly was asked, given, agreed: items and quantities, in our own words. */
    details: z.string().optional(),
    /** Whether it took place, or was only requested, organized, planned, rumoured or denied. */
    modality: z
      .enum(MODALITY_IDS, { error: `modality must be one of: ${MODALITY_IDS.join(', ')}` })
      .default('happened'),
    /** Set when sources disagree; the note says on what, and each claim names the `version` it holds. */
    disputed: z.boolean().default(false),
    discrepancy: z.string().optional(),
    /** Required (at least one) in datasets that list sources; imported graphs may have none. */
    claims: z.array(claimSchema).default([]),
    directed: z.boolean().default(true),
    label: z.string().optional(),
    weight: finite.optional(),
    attributes: safeRecord(attributeValue, 'attributes', isAttributeValue).optional(),
  })
  .strict()
  .refine((r) => !r.disputed || (r.discrepancy ?? '').trim().length > 0, {
    message: 'a disputed relation needs a "discrepancy" note saying what the sources disagree on',
    path: ['discrepancy'],
  });

/** An answered evidence-lint item (model/lint): kept as it is, with the editor's reason. */
export const reviewSchema = z
  .object({
    item: z.string().min(1).max(2000),
    note: nonBlank('a review note').pipe(z.string().max(5000)),
    /** The day it was answered, YYYY-MM-DD. */
    date: isoDayText('date'),
  })
  .strict();
export type Review = z.infer<typeof reviewSchema>;

/** A named view of the dataset: `params` are the short link parameters the explorer writes (state/urlState.ts). */
export const MAX_SAVED_VIEWS = 200;
export const savedViewSchema = z
  .object({
    id: z.string().min(1).max(100),
    name: nonBlank('a saved view name').pipe(z.string().max(200)),
    caption: z.string().max(2000).default(''),
    params: z.string().max(8000),
  })
  .strict();
export type SavedView = z.infer<typeof savedViewSchema>;

/**
 * A "same as" decision (model/edit/merge.ts): the entities merged into `kept`, and every relation they were an end
 * of, as they were before, so that the merge can be split again; `became` pairs each of those relations with the
 * relation it is now (absent: it joined an entity to itself and was deleted).
 */
export const mergeRecordSchema = z
  .object({
    kept: id,
    /** The day the merge was made, YYYY-MM-DD. */
    date: isoDayText('date'),
    entities: z.array(entitySchema).min(2, 'a merge joins at least two entities'),
    relations: z.array(relationSchema),
    became: z.array(z.tuple([id, id])),
  })
  .strict();
export type MergeRecord = z.infer<typeof mergeRecordSchema>;

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    title: nonBlank('the dataset title'),
    description: z.string().optional(),
    vocabulary: vocabularySchema.optional(),
    attributes: safeRecord(attributeValue, 'attributes', isAttributeValue).optional(),
    sources: z.array(sourceSchema).default([]),
    entities: z.array(entitySchema),
    relations: z.array(relationSchema),
    /** Saved views (a walkthrough's steps), as the explorer's link parameters. */
    views: z.array(savedViewSchema).max(MAX_SAVED_VIEWS).optional(),
    /** Evidence-lint items an editor has answered: the item's key, and why it is kept as it is. */
    reviews: z.array(reviewSchema).optional(),
    /** Pairs of entity ids an editor said are not the same (not suggested as possible duplicates again). */
    distinct: z.array(z.tuple([id, id])).optional(),
    /** Entities merged as the same, oldest first: what is needed to split each merge again. */
    merges: z.array(mergeRecordSchema).optional(),
  })
  .strict()
  // Runs even when some shapes failed, so one pass reports every problem; hence the defensive reading.
  .superRefine(
    (data, ctx) => {
      const report = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      const sourceIds = uniqueIds(listOf(data.sources), 'sources', report);
      const entityIds = uniqueIds(listOf(data.entities), 'entities', report);
      uniqueIds(listOf(data.relations), 'relations', report);
      const cross = crossContext(data, entityIds, sourceIds);
      listOf(data.entities).forEach((entity, i) => entityProblems(entity, i, cross, report));
      citationProblems(listOf(data.sources), report);
      listOf(data.relations).forEach((rel, i) => relationProblems(rel, i, cross, report));
    },
    { when: () => true },
  );

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

export type Source = z.infer<typeof sourceSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Claim = z.infer<typeof claimSchema>;
export type QuoteAnchor = z.infer<typeof quoteAnchorSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
/** The dataset as written in a file, before defaults are filled in. */
export type DatasetInput = z.input<typeof datasetSchema>;
