// Rows pasted from a spreadsheet (or typed into "Add row"), checked one by one before anything changes: each row
// becomes a record through the same column writers as a cell edit, then the record schema and the references it
// makes (types, ends, sources) are checked, so the preview can name every row that fails and why. The good rows
// are then applied together and the dataset checked once: one step.
import {
  claimSchema,
  entitySchema,
  relationSchema,
  sourceSchema,
  type Claim,
  type Dataset,
  type Entity,
  type Relation,
  type Source,
} from '../schema';
import { ENTITY_TYPE_IDS, NOT_GIVEN, RELATION_TYPE_IDS } from '../vocabulary';
import { fold } from '../search';
import { checked, type EditResult } from '../edit/result';
import { freshId } from '../edit/records';
import {
  columnsOf,
  countOf,
  newAttributeColumn,
  TAB_NAMES,
  type ClaimRecord,
  type Column,
  type TableRecord,
  type TableTab,
} from './columns';
import type { PastedRow } from './tsv';

export interface PreparedRow {
  line: number;
  record: TableRecord;
  /** It changes the record with its id rather than adding one. */
  replaces: boolean;
}

export interface PastePreview {
  tab: TableTab;
  good: PreparedRow[];
  bad: { line: number; reason: string }[];
  /** Header cells not used (columns that are shown, not edited). */
  ignored: string[];
}

export type PreparedPaste = { ok: true; preview: PastePreview } | { ok: false; error: string };

/** Relations in a story with sources rest on a claim: a pasted relation brings its first claim in these columns. */
export const RELATION_CLAIM_HEADERS = ['quote', 'quote source', 'quote status'] as const;

function blank(tab: TableTab): TableRecord {
  switch (tab) {
    case 'entities':
      return { id: '', type: '', label: '', aliases: [] } satisfies Entity;
    case 'relations':
      return {
        id: '',
        type: '',
        source: '',
        target: '',
        modality: 'happened',
        disputed: false,
        claims: [],
        directed: true,
      } satisfies Relation;
    case 'claims':
      return { relationId: '', index: 0, claim: { source: '', quote: '', status: '' as Claim['status'] } };
    case 'sources':
      return { id: '', kind: '' as Source['kind'], title: '', published: NOT_GIVEN, cites: [] } satisfies Source;
  }
}

const recordSchemas = { entities: entitySchema, relations: relationSchema, sources: sourceSchema } as const;

/** The first problem the record schema finds, as "field: message". */
function shapeProblem(tab: TableTab, record: TableRecord): string | null {
  const parsed =
    tab === 'claims' ? claimSchema.safeParse((record as ClaimRecord).claim) : recordSchemas[tab].safeParse(record);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

/** Matches a header row to the tab's columns: by name, accents and case aside; unknown names become attributes. */
function matchHeader(
  tab: TableTab,
  columns: readonly Column[],
  header: readonly string[],
): { ok: true; used: (Column | string | null)[]; ignored: string[] } | { ok: false; error: string } {
  const byName = new Map<string, Column>();
  for (const c of columns) {
    byName.set(fold(c.label), c);
    byName.set(fold(c.id), c);
  }
  const ignored: string[] = [];
  const used: (Column | string | null)[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    const key = fold(name);
    if (key === '') {
      used.push(null);
      continue;
    }
    if (seen.has(key)) return { ok: false, error: `The header names the column "${name}" twice.` };
    seen.add(key);
    const column = byName.get(key);
    if (column) {
      if (column.write) used.push(column);
      else {
        used.push(null);
        ignored.push(name);
      }
    } else if (tab === 'relations' && (RELATION_CLAIM_HEADERS as readonly string[]).includes(key)) {
      used.push(key);
    } else if (tab === 'entities' || tab === 'relations') {
      const attribute = name.replace(/^attribute:\s*/i, '');
      used.push(byName.get(fold(`attribute: ${attribute}`)) ?? (newAttributeColumn(attribute) as unknown as Column));
    } else {
      return {
        ok: false,
        error: `The header names "${name}", which is not a column of ${TAB_NAMES[tab]}. Its columns: ${columns
          .filter((c) => c.write)
          .map((c) => c.label)
          .join(', ')}.`,
      };
    }
  }
  if (!used.some((c) => c !== null))
    return {
      ok: false,
      error: `The first line must name the columns, e.g. ${columns
        .slice(0, 3)
        .map((c) => c.label)
        .join(', ')}.`,
    };
  return { ok: true, used, ignored };
}

/** Checks every pasted row against the dataset and the rows above it. Changes nothing. */
export function preparePaste(
  dataset: Dataset,
  tab: TableTab,
  header: readonly string[],
  rows: readonly PastedRow[],
): PreparedPaste {
  const columns = columnsOf(tab, dataset);
  const matched = matchHeader(tab, columns, header);
  if (!matched.ok) return matched;
  const { used, ignored } = matched;

  const existing = new Map<string, TableRecord>(
    tab === 'entities'
      ? dataset.entities.map((e) => [e.id, e])
      : tab === 'relations'
        ? dataset.relations.map((r) => [r.id, r])
        : tab === 'sources'
          ? dataset.sources.map((s) => [s.id, s])
          : [],
  );
  const entityIds = new Set(dataset.entities.map((e) => e.id));
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const relationIds = new Set(dataset.relations.map((r) => r.id));
  const entityTypes = new Set<string>([...ENTITY_TYPE_IDS, ...Object.keys(dataset.vocabulary?.entityTypes ?? {})]);
  const relationTypes = new Set<string>([
    ...RELATION_TYPE_IDS,
    ...Object.keys(dataset.vocabulary?.relationTypes ?? {}),
  ]);
  const taken = new Set(existing.keys());
  const pastedOn = new Map<string, number>();
  const good: PreparedRow[] = [];
  const bad: { line: number; reason: string }[] = [];
  const idIndex = used.findIndex((c) => typeof c === 'object' && c?.id === 'id');

  for (const row of rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    const fail = (reason: string) => bad.push({ line: row.line, reason });
    if (row.cells.length > header.length) {
      fail(`it has ${row.cells.length} cells, the header ${header.length}: a cell holding a tab must be quoted`);
      continue;
    }
    const givenId = idIndex >= 0 ? (row.cells[idIndex] ?? '').trim() : '';
    const before = givenId ? existing.get(givenId) : undefined;
    let record: TableRecord = before ?? blank(tab);
    let problem: string | null = null;
    const claim: Record<string, string> = {};
    used.forEach((column, i) => {
      if (problem || column === null) return;
      const text = row.cells[i] ?? '';
      if (typeof column === 'string') {
        claim[column] = text.trim();
        return;
      }
      const written = column.write!(record, text);
      if (written.ok) record = written.record;
      else problem = written.error;
    });
    if (problem) {
      fail(problem);
      continue;
    }
    if (tab !== 'claims') {
      const r = record as Entity | Relation | Source;
      if (!givenId) {
        const name =
          tab === 'relations'
            ? `${(r as Relation).source} ${(r as Relation).type} ${(r as Relation).target}`
            : tab === 'entities'
              ? (r as Entity).label
              : (r as Source).title;
        record = { ...r, id: freshId(name, taken) };
      }
      const id = (record as { id: string }).id;
      const first = pastedOn.get(id);
      if (first !== undefined) {
        fail(`id: "${id}" is already pasted on line ${first}`);
        continue;
      }
    }
    if (tab === 'relations' && !before && (claim.quote || claim['quote source'] || claim['quote status'])) {
      record = {
        ...(record as Relation),
        claims: [
          {
            source: claim['quote source'] ?? '',
            quote: claim.quote ?? '',
            status: (claim['quote status'] || 'reported') as Claim['status'],
          },
        ],
      };
    }
    problem = shapeProblem(tab, record) ?? referenceProblem(record);
    if (problem) {
      fail(problem);
      continue;
    }
    if (tab !== 'claims') {
      const id = (record as { id: string }).id;
      taken.add(id);
      pastedOn.set(id, row.line);
      if (tab === 'entities') entityIds.add(id);
      if (tab === 'sources') sourceIds.add(id);
    }
    good.push({ line: row.line, record, replaces: before !== undefined });
  }
  return { ok: true, preview: { tab, good, bad, ignored } };

  function referenceProblem(record: TableRecord): string | null {
    if (tab === 'entities') {
      const type = (record as Entity).type;
      return entityTypes.has(type) ? null : `type: "${type}" is not an entity type (${[...entityTypes].join(', ')})`;
    }
    if (tab === 'relations') {
      const r = record as Relation;
      if (!relationTypes.has(r.type)) return `type: "${r.type}" is not a relation type`;
      for (const end of ['source', 'target'] as const)
        if (!entityIds.has(r[end])) return `${end}: there is no entity "${r[end]}"`;
      if (dataset.sources.length > 0 && r.claims.length === 0)
        return `a relation rests on a quote: add the columns ${RELATION_CLAIM_HEADERS.join(', ')}`;
      for (const c of r.claims) if (!sourceIds.has(c.source)) return `quote source: there is no source "${c.source}"`;
      return null;
    }
    if (tab === 'claims') {
      const c = record as ClaimRecord;
      if (!relationIds.has(c.relationId)) return `relation: there is no relation "${c.relationId}"`;
      if (!sourceIds.has(c.claim.source)) return `source: there is no source "${c.claim.source}"`;
      return null;
    }
    const s = record as Source;
    const missing = s.cites.find((id) => !sourceIds.has(id));
    return missing ? `cites: there is no source "${missing}"` : null;
  }
}

/** Adds and changes the good rows together: one step, checked once. */
export function applyPaste(dataset: Dataset, preview: PastePreview): EditResult {
  const { tab, good } = preview;
  const added = good.filter((g) => !g.replaces).length;
  const changed = good.length - added;
  const message = `Pasted ${[
    added > 0 ? `${countOf(added, tab)} added` : '',
    changed > 0 ? `${countOf(changed, tab)} changed` : '',
  ]
    .filter(Boolean)
    .join(', ')}.`;
  if (tab === 'claims') {
    const byRelation = new Map<string, Claim[]>();
    for (const g of good) {
      const c = g.record as ClaimRecord;
      byRelation.set(c.relationId, [...(byRelation.get(c.relationId) ?? []), c.claim]);
    }
    const relations = dataset.relations.map((r) =>
      byRelation.has(r.id) ? { ...r, claims: [...r.claims, ...byRelation.get(r.id)!] } : r,
    );
    return checked({ ...dataset, relations }, message);
  }
  const replacing = new Map(good.filter((g) => g.replaces).map((g) => [(g.record as { id: string }).id, g.record]));
  const adding = good.filter((g) => !g.replaces).map((g) => g.record);
  const merge = <R extends { id: string }>(list: readonly R[]) => [
    ...list.map((r) => (replacing.get(r.id) as R | undefined) ?? r),
    ...(adding as unknown as R[]),
  ];
  if (tab === 'entities') return checked({ ...dataset, entities: merge(dataset.entities) }, message);
  if (tab === 'relations') return checked({ ...dataset, relations: merge(dataset.relations) }, message);
  return checked({ ...dataset, sources: merge(dataset.sources) }, message);
}
