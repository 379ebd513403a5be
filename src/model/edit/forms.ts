// What the record editors' fields hold (text, as typed) turned into records, and back. Pure, so the rules an editor
// applies to what people type (aliases one per line, "true" and numbers in attributes, fuzzy dates) are tested apart
// from the forms. The schema check itself stays in result.ts: these only read the text, they do not judge it.
import type { Claim, Entity, Relation } from '../schema';
import { ENTITY_TYPE_IDS, RELATION_TYPE_IDS, type Modality, type ClaimStatus } from '../vocabulary';
import { formatEventDate, isoDay, readDate, type DateRangeForm, type EventDate } from '../time';

type AttributeValue = string | number | boolean;

/** A text field's value as an optional field: blank is "not given". */
export function optionalText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text.trim();
}

/** Aliases typed one per line (or separated by semicolons, as the details show them): trimmed, blank and repeats dropped. */
export function readAliases(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/[\n;]/)) {
    const alias = line.trim();
    if (alias) seen.add(alias);
  }
  return [...seen];
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * An attribute value as typed: "true"/"false" become true/false, a plain number becomes a number, anything else
 * stays text. A value left as it was shown keeps its old type, so a text "2025" is not turned into a number.
 */
export function readAttributeValue(text: string, previous?: AttributeValue): AttributeValue {
  if (previous !== undefined && text === String(previous)) return previous;
  const t = text.trim();
  if (t === 'true') return true;
  if (t === 'false') return false;
  if (NUMBER.test(t) && Number.isFinite(Number(t))) return Number(t);
  return text;
}

export interface AttributeRow {
  name: string;
  value: string;
  /** The value as stored before the edit, if the row was there. */
  previous?: AttributeValue;
}

export function attributeRows(attributes: Entity['attributes']): AttributeRow[] {
  return Object.entries(attributes ?? {}).map(([name, value]) => ({ name, value: String(value), previous: value }));
}

export type Read<T> = { ok: true; value: T } | { ok: false; field: string; error: string };

/** Rows back to attributes: rows with neither name nor value are dropped; a value without a name is refused. */
export function readAttributes(rows: readonly AttributeRow[]): Read<Entity['attributes']> {
  const out = Object.create(null) as Record<string, AttributeValue>;
  for (const [i, row] of rows.entries()) {
    const name = row.name.trim();
    if (!name && row.value.trim() === '') continue;
    if (!name) return { ok: false, field: 'attributes', error: `attributes, row ${i + 1}: a value needs a name` };
    if (Object.hasOwn(out, name))
      return { ok: false, field: 'attributes', error: `attributes: “${name}” is given twice; keep one row` };
    out[name] = readAttributeValue(row.value, row.previous);
  }
  return { ok: true, value: Object.keys(out).length > 0 ? out : undefined };
}

export interface EntityForm {
  id: string;
  label: string;
  type: string;
  aliases: string;
  country: string;
  role: string;
  description: string;
  attributes: AttributeRow[];
}

export function entityForm(entity: Entity | undefined): EntityForm {
  return {
    id: entity?.id ?? '',
    label: entity?.label ?? '',
    type: entity?.type ?? 'person',
    aliases: (entity?.aliases ?? []).join('\n'),
    country: entity?.country ?? '',
    role: entity?.role ?? '',
    description: entity?.description ?? '',
    attributes: attributeRows(entity?.attributes),
  };
}

/**
 * The form as an entity. What the form does not show (position, colour, size from an imported file) is kept from
 * `previous`. The label is kept as typed (a blank one is left for the schema to refuse, naming the field).
 */
export function entityFromForm(form: EntityForm, previous?: Entity): Read<Entity> {
  const attributes = readAttributes(form.attributes);
  if (!attributes.ok) return attributes;
  const country = optionalText(form.country)?.toUpperCase();
  const entity: Entity = {
    ...previous,
    id: form.id.trim(),
    type: form.type,
    label: form.label.trim(),
    aliases: readAliases(form.aliases),
    country,
    role: optionalText(form.role),
    description: optionalText(form.description),
    attributes: attributes.value,
  };
  return { ok: true, value: withoutUndefined(entity) };
}

/** A relation's date field: what it reads as, or why it cannot be read. */
export type DateFieldReading =
  { ok: true; date: EventDate | undefined; reading: string } | { ok: false; field: 'date'; error: string };

const ISO_FORM = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const SPAN_FORM = /^(\d{4}-\d{2}-\d{2}|\.\.)\/(\d{4}-\d{2}-\d{2}|\.\.)$/;

/** The text a relation's date is edited as: the ISO form, the wording a range was read from, or "from/to". */
export function dateFieldText(date: EventDate | undefined): string {
  if (date === undefined) return '';
  if (typeof date === 'string') return date;
  return date.text ?? formatEventDate(date);
}

/**
 * Reads a relation's date field as the time bar reads dates: an ISO date, month or year is kept as typed; a span
 * "2025-10-11/2025-10-20" (".." for an open end) or a wording ("mid-October 2025") becomes a range that keeps the
 * wording. `previous` is kept when the text is the one it is shown as.
 */
export function readDateField(text: string, previous?: EventDate): DateFieldReading {
  const t = text.trim();
  if (t === '') return { ok: true, date: undefined, reading: 'no date' };
  if (previous !== undefined && t === dateFieldText(previous))
    return { ok: true, date: previous, reading: describe(previous) };
  if (ISO_FORM.test(t)) {
    const read = readDate(t);
    if (!read.ok) return { ok: false, field: 'date', error: `date: ${read.reason}` };
    return { ok: true, date: t, reading: describe(t) };
  }
  const span = SPAN_FORM.exec(t);
  if (span) {
    const form: DateRangeForm = {
      ...(span[1] !== '..' ? { from: span[1] } : {}),
      ...(span[2] !== '..' ? { to: span[2] } : {}),
    };
    return { ok: true, date: form, reading: describe(form) };
  }
  const read = readDate(t);
  if (!read.ok) return { ok: false, field: 'date', error: `date: ${read.reason}` };
  const form: DateRangeForm = {
    ...(Number.isFinite(read.range.start) ? { from: isoDay(read.range.start) } : {}),
    ...(Number.isFinite(read.range.end) ? { to: isoDay(read.range.end) } : {}),
    text: t,
  };
  return { ok: true, date: form, reading: describe(form) };
}

/** "reads as 2025-10-11 to 2025-10-20": the days a date covers, as the time bar will place it. */
function describe(date: EventDate): string {
  const read = typeof date === 'string' ? readDate(date) : undefined;
  const from = typeof date === 'string' ? (read?.ok ? isoDay(read.range.start) : date) : (date.from ?? 'any time');
  const to = typeof date === 'string' ? (read?.ok ? isoDay(read.range.end) : date) : (date.to ?? 'open');
  return from === to ? `reads as ${from}` : `reads as ${from} to ${to}`;
}

export interface RelationForm {
  id: string;
  type: string;
  source: string;
  target: string;
  date: string;
  dateText: string;
  details: string;
  modality: Modality;
  disputed: boolean;
  discrepancy: string;
  directed: boolean;
  label: string;
}

export function relationForm(relation: Relation): RelationForm {
  return {
    id: relation.id,
    type: relation.type,
    source: relation.source,
    target: relation.target,
    date: dateFieldText(relation.date),
    dateText: relation.dateText ?? '',
    details: relation.details ?? '',
    modality: relation.modality,
    disputed: relation.disputed,
    discrepancy: relation.discrepancy ?? '',
    directed: relation.directed,
    label: relation.label ?? '',
  };
}

/** The form as a relation; its claims, weight and attributes are kept from `previous`. */
export function relationFromForm(form: RelationForm, previous: Relation): Read<Relation> {
  const date = readDateField(form.date, previous.date);
  if (!date.ok) return date;
  const relation: Relation = {
    ...previous,
    id: form.id.trim(),
    type: form.type,
    source: form.source,
    target: form.target,
    date: date.date,
    dateText: optionalText(form.dateText),
    details: optionalText(form.details),
    modality: form.modality,
    disputed: form.disputed,
    discrepancy: optionalText(form.discrepancy),
    directed: form.directed,
    label: optionalText(form.label),
  };
  return { ok: true, value: withoutUndefined(relation) };
}

/** Where a claim's quote came through: the article's own citations, its own words, or the sources listed. */
export type ViaChoice = 'cites' | 'own' | 'list';

export interface ClaimForm {
  source: string;
  quote: string;
  status: ClaimStatus;
  viaChoice: ViaChoice;
  via: string[];
  hedged: boolean;
  version: string;
  note: string;
}

export function claimForm(claim: Claim | undefined, source = ''): ClaimForm {
  return {
    source: claim?.source ?? source,
    quote: claim?.quote ?? '',
    status: (claim?.status as ClaimStatus | undefined) ?? 'reported',
    viaChoice: claim?.via === undefined ? 'cites' : claim.via.length === 0 ? 'own' : 'list',
    via: claim?.via ?? [],
    hedged: claim?.hedged ?? false,
    version: claim?.version ?? '',
    note: claim?.note ?? '',
  };
}

/**
 * The form as a claim. The quote's anchor in its source's text is kept only while the quote and its source are
 * unchanged: a moved quote is anchored afresh, never carried to where it no longer points.
 */
export function claimFromForm(form: ClaimForm, previous?: Claim): Claim {
  const quote = form.quote.trim();
  const keepAnchor = previous?.anchor && previous.quote === quote && previous.source === form.source;
  const claim: Claim = {
    source: form.source,
    quote,
    status: form.status,
    via: form.viaChoice === 'cites' ? undefined : form.viaChoice === 'own' ? [] : form.via,
    hedged: form.hedged || undefined,
    version: optionalText(form.version),
    note: optionalText(form.note),
    anchor: keepAnchor ? previous.anchor : undefined,
  };
  return withoutUndefined(claim);
}

/**
 * The field an edit's error is about, from result.ts's wording (`entity "x", label: …`, `relation "r", claim 1,
 * quote: …`), so the form can mark and focus it.
 */
export function fieldOfError(error: string): string | undefined {
  const m = /^(?:entity|relation|source)(?: (?:"(?:[^"\\]|\\.)*"|#\d+))?(?:, claim \d+)?, ([A-Za-z]+)/.exec(error);
  if (m) return m[1];
  const own = /^([A-Za-z]+)[,:]/.exec(error);
  return own?.[1];
}

/** The types an editor offers: the built-in vocabulary, then the dataset's own, then the current one if neither. */
export function typeChoices(kind: 'entity' | 'relation', declared: readonly string[], current?: string): string[] {
  const builtIn: readonly string[] = kind === 'entity' ? ENTITY_TYPE_IDS : RELATION_TYPE_IDS;
  const all = [...new Set([...builtIn, ...declared])];
  return current !== undefined && !all.includes(current) ? [...all, current] : all;
}

function withoutUndefined<T extends object>(record: T): T {
  const out = { ...record };
  for (const key of Object.keys(out) as (keyof T)[]) if (out[key] === undefined) delete out[key];
  return out;
}
