// The data table's columns: one per field of a record, plus one per attribute the dataset uses. Each column reads a
// record as the text a cell shows, and writes a cell's text back into a new record (or says why it cannot), so the
// table, its bulk edit and a pasted spreadsheet all turn text into records the same way. The schema then checks
// the record as it checks a file (model/edit/result.ts).
import type { Claim, Dataset, Entity, Relation, Source } from '../schema';

export type TableTab = 'entities' | 'relations' | 'claims' | 'sources';
export const TABLE_TABS: readonly TableTab[] = ['entities', 'relations', 'claims', 'sources'];
export const TAB_NAMES: Readonly<Record<TableTab, string>> = {
  entities: 'Entities',
  relations: 'Relations',
  claims: 'Claims',
  sources: 'Sources',
};

/** A claim as a row of its own: where it sits, and the claim. */
export interface ClaimRecord {
  relationId: string;
  index: number;
  claim: Claim;
}

export type TableRecord = Entity | Relation | ClaimRecord | Source;

/** A new record, or the reason the text does not fit the field (named in the message). */
export type Written<R> = { ok: true; record: R } | { ok: false; error: string };

export interface Column<R = TableRecord> {
  /** The field ("label"), or "attribute:<name>" for a free attribute. */
  id: string;
  /** The header, and the name a pasted header row uses. */
  label: string;
  read: (record: R) => string;
  /** Absent: the column is shown, not edited (a claim's place, a source's stored text). */
  write?: (record: R, text: string) => Written<R>;
  /** Ids are unique: one value over many rows can only fail, so bulk edit leaves them out. */
  unique?: boolean;
}

/** Separates the items of a list cell (aliases, cites, via). */
export const LIST_SEPARATOR = '; ';
/** A chain (via) that is explicitly empty: the article's own words, attributed to no one. */
export const OWN_WORDS = 'none';

const ok = <R>(record: R): Written<R> => ({ ok: true, record });
const fail = <R>(error: string): Written<R> => ({ ok: false, error });

type Field<R> = keyof R & string;

function without<R>(record: R, field: string): R {
  const copy = { ...record } as Record<string, unknown>;
  delete copy[field];
  return copy as R;
}

/** Text kept as typed; a required field keeps even an empty text, so the schema names it. */
function text<R>(field: Field<R>, required = false): Column<R> {
  return {
    id: field,
    label: field,
    read: (r) => String((r as Record<string, unknown>)[field] ?? ''),
    write: (r, t) => (!required && t.trim() === '' ? ok(without(r, field)) : ok({ ...r, [field]: t })),
  };
}

function list<R>(field: Field<R>): Column<R> {
  return {
    id: field,
    label: field,
    read: (r) => (((r as Record<string, unknown>)[field] as string[] | undefined) ?? []).join(LIST_SEPARATOR),
    write: (r, t) => ok({ ...r, [field]: splitList(t) }),
  };
}

export function splitList(t: string): string[] {
  return t
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** true/false; empty leaves the field out (its default applies). */
function flag<R>(field: Field<R>): Column<R> {
  return {
    id: field,
    label: field,
    read: (r) => {
      const v = (r as Record<string, unknown>)[field];
      return v === undefined ? '' : String(v);
    },
    write: (r, t) => {
      const v = t.trim().toLowerCase();
      if (v === '') return ok(without(r, field));
      if (TRUE.has(v)) return ok({ ...r, [field]: true });
      if (FALSE.has(v)) return ok({ ...r, [field]: false });
      return fail(`${field}: write true or false (got "${t}")`);
    },
  };
}

function number<R>(field: Field<R>): Column<R> {
  return {
    id: field,
    label: field,
    read: (r) => String((r as Record<string, unknown>)[field] ?? ''),
    write: (r, t) => {
      if (t.trim() === '') return ok(without(r, field));
      const n = Number(t.trim());
      return Number.isFinite(n) ? ok({ ...r, [field]: n }) : fail(`${field}: write a number (got "${t}")`);
    },
  };
}

const unique = <R>(column: Column<R>): Column<R> => ({ ...column, unique: true });

type Attributed = { attributes?: Record<string, string | number | boolean> };

/**
 * A free attribute. Its text becomes a number or true/false when every value the dataset has for it is one, so a
 * numeric attribute stays numeric (and sizes nodes) after an edit.
 */
function attribute<R extends Attributed>(
  name: string,
  kind: 'string' | 'number' | 'boolean',
  label: string,
): Column<R> {
  return {
    id: `attribute:${name}`,
    label,
    read: (r) => {
      const v = r.attributes?.[name];
      return v === undefined ? '' : String(v);
    },
    write: (r, t) => {
      const attributes = Object.assign(Object.create(null) as Record<string, string | number | boolean>, r.attributes);
      const trimmed = t.trim();
      if (trimmed === '') delete attributes[name];
      else if (kind === 'number' && Number.isFinite(Number(trimmed))) attributes[name] = Number(trimmed);
      else if (kind === 'boolean' && (TRUE.has(trimmed.toLowerCase()) || FALSE.has(trimmed.toLowerCase())))
        attributes[name] = TRUE.has(trimmed.toLowerCase());
      else attributes[name] = t;
      const rest = without(r, 'attributes');
      return ok(Object.keys(attributes).length > 0 ? { ...rest, attributes } : rest);
    },
  };
}

/** Attribute columns in first-seen order; a name that is also a field's is headed "attribute: name". */
export function attributeColumns<R extends Attributed>(records: readonly R[], fields: readonly string[]): Column<R>[] {
  const kinds = new Map<string, Set<string>>();
  for (const r of records) {
    if (!r.attributes) continue;
    for (const [name, value] of Object.entries(r.attributes)) {
      let seen = kinds.get(name);
      if (!seen) kinds.set(name, (seen = new Set()));
      seen.add(typeof value);
    }
  }
  return [...kinds].map(([name, seen]) => {
    const kind = seen.size === 1 && !seen.has('string') ? ([...seen][0] as 'number' | 'boolean') : 'string';
    return attribute<R>(name, kind, fields.includes(name) ? `attribute: ${name}` : name);
  });
}

/** A new attribute named by a pasted header: text values. */
export const newAttributeColumn = <R extends Attributed>(name: string): Column<R> => attribute<R>(name, 'string', name);

function entityColumns(dataset: Dataset): Column<Entity>[] {
  const fields: Column<Entity>[] = [
    unique(text<Entity>('id', true)),
    text<Entity>('type', true),
    text<Entity>('label', true),
    list<Entity>('aliases'),
    text<Entity>('country'),
    text<Entity>('role'),
    text<Entity>('description'),
    text<Entity>('color'),
    number<Entity>('size'),
    {
      id: 'position',
      label: 'position',
      // Where an imported file put the entity; moved by dragging it in the drawing, not typed.
      read: (e) => (e.position ? `${Math.round(e.position.x)}, ${Math.round(e.position.y)}` : ''),
    },
  ];
  return [
    ...fields,
    ...attributeColumns(
      dataset.entities,
      fields.map((c) => c.label),
    ),
  ];
}

/** A date as the cell shows it: the ISO text, or a range of days as "from/to" (ISO 8601's interval). */
function readDate(r: Relation): string {
  const d = r.date;
  if (d === undefined) return '';
  return typeof d === 'string' ? d : `${d.from ?? ''}/${d.to ?? ''}`;
}

const dateColumn: Column<Relation> = {
  id: 'date',
  label: 'date',
  read: readDate,
  write: (r, t) => {
    const v = t.trim();
    if (v === '') return ok(without(r, 'date'));
    if (!v.includes('/')) return ok({ ...r, date: v });
    const [from, to, ...more] = v.split('/').map((s) => s.trim());
    if (more.length > 0) return fail(`date: a range is written from/to, e.g. 2025-10-11/2025-10-20 (got "${t}")`);
    // A range keeps the wording it was read from; a new range has none.
    const previous = typeof r.date === 'object' ? r.date.text : undefined;
    return ok({
      ...r,
      date: { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(previous ? { text: previous } : {}) },
    });
  },
};

function relationColumns(dataset: Dataset): Column<Relation>[] {
  const fields: Column<Relation>[] = [
    unique(text<Relation>('id', true)),
    text<Relation>('type', true),
    text<Relation>('source', true),
    text<Relation>('target', true),
    dateColumn,
    text<Relation>('dateText'),
    text<Relation>('details'),
    text<Relation>('modality', true),
    flag<Relation>('disputed'),
    text<Relation>('discrepancy'),
    flag<Relation>('directed'),
    text<Relation>('label'),
    number<Relation>('weight'),
    { id: 'claims', label: 'claims', read: (r) => String(r.claims.length) },
  ];
  return [
    ...fields,
    ...attributeColumns(
      dataset.relations,
      fields.map((c) => c.label),
    ),
  ];
}

/** A claim's own field, read and written inside its row. */
function claimField(column: Column<Claim>): Column<ClaimRecord> {
  const write = column.write;
  return {
    id: column.id,
    label: column.label,
    read: (r) => column.read(r.claim),
    write: write
      ? (r, t) => {
          const written = write(r.claim, t);
          return written.ok ? ok({ ...r, claim: written.record }) : written;
        }
      : undefined,
  };
}

const viaColumn: Column<Claim> = {
  id: 'via',
  label: 'via',
  read: (c) => (c.via === undefined ? '' : c.via.length === 0 ? OWN_WORDS : c.via.join(LIST_SEPARATOR)),
  write: (c, t) => {
    const v = t.trim();
    if (v === '') return ok(without(c, 'via'));
    return ok({ ...c, via: v.toLowerCase() === OWN_WORDS ? [] : splitList(v) });
  },
};

export const CLAIM_COLUMNS: readonly Column<ClaimRecord>[] = [
  { id: 'relation', label: 'relation', read: (r) => r.relationId, write: (r, t) => ok({ ...r, relationId: t.trim() }) },
  { id: 'number', label: 'number', read: (r) => String(r.index + 1) },
  claimField(text<Claim>('source', true)),
  claimField(text<Claim>('quote', true)),
  claimField(text<Claim>('status', true)),
  claimField(viaColumn),
  claimField(flag<Claim>('hedged')),
  claimField(text<Claim>('version')),
  claimField(text<Claim>('note')),
  { id: 'anchored', label: 'anchored', read: (r) => (r.claim.anchor ? 'yes' : '') },
];

const sourceTextColumn: Column<Source> = {
  id: 'text',
  label: 'text',
  // The stored text can run to two million characters: the table says how long it is; the source editor edits it.
  read: (s) => (s.text ? `${s.text.length.toLocaleString('en')} characters` : ''),
};

export const SOURCE_COLUMNS: readonly Column<Source>[] = [
  unique(text<Source>('id', true)),
  text<Source>('kind', true),
  text<Source>('title', true),
  text<Source>('outlet'),
  text<Source>('author'),
  text<Source>('published', true),
  text<Source>('notBefore'),
  text<Source>('url'),
  text<Source>('seed'),
  list<Source>('cites'),
  text<Source>('note'),
  sourceTextColumn,
];

/** The columns of a tab over a dataset (attribute columns depend on what the dataset holds). */
export function columnsOf(tab: TableTab, dataset: Dataset): Column[] {
  switch (tab) {
    case 'entities':
      return entityColumns(dataset) as Column[];
    case 'relations':
      return relationColumns(dataset) as Column[];
    case 'claims':
      return CLAIM_COLUMNS as Column[];
    case 'sources':
      return SOURCE_COLUMNS as Column[];
  }
}

const NOUNS: Readonly<Record<TableTab, readonly [string, string]>> = {
  entities: ['entity', 'entities'],
  relations: ['relation', 'relations'],
  claims: ['claim', 'claims'],
  sources: ['source', 'sources'],
};

/** "1 entity", "2 entities". */
export const countOf = (n: number, tab: TableTab) => `${n.toLocaleString('en')} ${NOUNS[tab][n === 1 ? 0 : 1]}`;
