// Edits made from the data table: one cell, one column over many rows (bulk), and deleting rows. A single cell goes
// through the record functions (records.ts), so an id change follows into every reference; bulk edits and deletes
// build every changed record first and check the dataset once, so they are one step however many rows they touch.
import type { Claim, Dataset, Entity, Relation, Source } from '../schema';
import { columnsOf, countOf, type ClaimRecord, type TableRecord, type TableTab } from '../table/columns';
import { claimKey } from '../table/rows';
import { checked, refused, type EditResult } from './result';
import { entityConsequences, plural, putClaim, putEntity, putRelation, putSource } from './records';

/** The record a row key stands for. */
export function findRecord(dataset: Dataset, tab: TableTab, key: string): TableRecord | undefined {
  switch (tab) {
    case 'entities':
      return dataset.entities.find((e) => e.id === key);
    case 'relations':
      return dataset.relations.find((r) => r.id === key);
    case 'sources':
      return dataset.sources.find((s) => s.id === key);
    case 'claims': {
      const at = key.lastIndexOf('#');
      const relationId = key.slice(0, at);
      const index = Number(key.slice(at + 1));
      const claim = dataset.relations.find((r) => r.id === relationId)?.claims[index];
      return claim ? ({ relationId, index, claim } satisfies ClaimRecord) : undefined;
    }
  }
}

function columnOf(dataset: Dataset, tab: TableTab, columnId: string) {
  return columnsOf(tab, dataset).find((c) => c.id === columnId);
}

/** Writes one cell: the row's record with the new text, checked as every edit is. */
export function editCell(dataset: Dataset, tab: TableTab, key: string, columnId: string, text: string): EditResult {
  const record = findRecord(dataset, tab, key);
  if (!record) return refused(`the row "${key}" is no longer in the table`);
  const column = columnOf(dataset, tab, columnId);
  if (!column?.write) return refused(`${column?.label ?? columnId} cannot be edited in the table`);
  const written = column.write(record, text);
  if (!written.ok) return refused(written.error);
  switch (tab) {
    case 'entities':
      return putEntity(dataset, written.record as Entity, key);
    case 'relations':
      return putRelation(dataset, written.record as Relation, key);
    case 'sources':
      return putSource(dataset, written.record as Source, key);
    case 'claims': {
      const next = written.record as ClaimRecord;
      const before = record as ClaimRecord;
      if (next.relationId !== before.relationId)
        return refused('relation: a claim stays on its relation; add it to the other relation and delete it here');
      return putClaim(dataset, before.relationId, before.index, next.claim);
    }
  }
}

/** Puts records back in place by row key (ids unchanged), then checks the dataset once. */
export function replaceRecords(
  dataset: Dataset,
  tab: TableTab,
  changed: ReadonlyMap<string, TableRecord>,
  message: string,
): EditResult {
  switch (tab) {
    case 'entities':
      return checked(
        { ...dataset, entities: dataset.entities.map((e) => (changed.get(e.id) as Entity | undefined) ?? e) },
        message,
      );
    case 'relations':
      return checked(
        { ...dataset, relations: dataset.relations.map((r) => (changed.get(r.id) as Relation | undefined) ?? r) },
        message,
      );
    case 'sources':
      return checked(
        { ...dataset, sources: dataset.sources.map((s) => (changed.get(s.id) as Source | undefined) ?? s) },
        message,
      );
    case 'claims': {
      const relations = dataset.relations.map((r) => {
        let claims: Claim[] | null = null;
        r.claims.forEach((_, i) => {
          const next = changed.get(claimKey(r.id, i)) as ClaimRecord | undefined;
          if (!next) return;
          claims ??= [...r.claims];
          claims[i] = next.claim;
        });
        return claims ? { ...r, claims } : r;
      });
      return checked({ ...dataset, relations }, message);
    }
  }
}

/** The same text in one column of many rows: one step. */
export function bulkEdit(
  dataset: Dataset,
  tab: TableTab,
  keys: readonly string[],
  columnId: string,
  text: string,
): EditResult {
  const column = columnOf(dataset, tab, columnId);
  if (!column?.write) return refused(`${column?.label ?? columnId} cannot be edited in the table`);
  if (column.unique) return refused(`${column.label}: ids are unique, so one value cannot go in many rows`);
  if (column.id === 'relation' && tab === 'claims') return refused('relation: a claim stays on its relation');
  if (keys.length === 0) return refused('select the rows to change first');
  const changed = new Map<string, TableRecord>();
  for (const key of keys) {
    const record = findRecord(dataset, tab, key);
    if (!record) return refused(`the row "${key}" is no longer in the table`);
    const written = column.write(record, text);
    if (!written.ok) return refused(written.error);
    changed.set(key, written.record);
  }
  const value = text.trim() === '' ? 'nothing' : `“${text}”`;
  return replaceRecords(dataset, tab, changed, `Set ${column.label} to ${value} in ${plural(keys.length, 'row')}.`);
}

export interface RowsConsequences {
  /** What the delete takes away, in a sentence each. */
  lines: string[];
}

const listed = (ids: readonly string[], limit = 8) =>
  ids.length <= limit ? ids.join(', ') : `${ids.slice(0, limit).join(', ')} and ${ids.length - limit} more`;

/** Relations whose every claim is taken away, when the sources in `gone` go. */
function unsupportedBy(dataset: Dataset, gone: ReadonlySet<string>): Relation[] {
  return dataset.relations.filter((r) => r.claims.length > 0 && r.claims.every((c) => gone.has(c.source)));
}

/** What deleting the rows takes with them, to show before the user confirms (records.ts for one record). */
export function rowsConsequences(dataset: Dataset, tab: TableTab, keys: readonly string[]): RowsConsequences {
  const lines: string[] = [];
  const set = new Set(keys);
  if (tab === 'entities') {
    const relations = new Map<string, Relation>();
    for (const key of keys) for (const r of entityConsequences(dataset, key).relations) relations.set(r.id, r);
    const claims = [...relations.values()].reduce((n, r) => n + r.claims.length, 0);
    if (relations.size > 0)
      lines.push(
        `${plural(relations.size, 'relation')} and their ${plural(claims, 'claim')} go with them: ${listed([...relations.keys()])}.`,
      );
  } else if (tab === 'relations') {
    const claims = dataset.relations.filter((r) => set.has(r.id)).reduce((n, r) => n + r.claims.length, 0);
    if (claims > 0) lines.push(`Their ${plural(claims, 'claim')} go with them.`);
  } else if (tab === 'claims') {
    const left = dataset.relations.filter(
      (r) => r.claims.length > 0 && r.claims.every((_, i) => set.has(claimKey(r.id, i))),
    );
    if (left.length > 0 && dataset.sources.length > 0)
      lines.push(
        `${plural(left.length, 'relation')} would keep no claim, which is refused (every relation rests on a quote): ${listed(left.map((r) => r.id))}. Delete the relation instead.`,
      );
  } else {
    const claims = dataset.relations.reduce((n, r) => n + r.claims.filter((c) => set.has(c.source)).length, 0);
    if (claims > 0) lines.push(`${plural(claims, 'claim')} quoting them go with them.`);
    const unsupported = unsupportedBy(dataset, set);
    if (unsupported.length > 0)
      lines.push(
        `${plural(unsupported.length, 'relation')} would lose all support and go too: ${listed(unsupported.map((r) => r.id))}.`,
      );
    const citing = dataset.sources.filter((s) => !set.has(s.id) && s.cites.some((c) => set.has(c)));
    if (citing.length > 0)
      lines.push(`${plural(citing.length, 'source')} citing them lose that link: ${listed(citing.map((s) => s.id))}.`);
  }
  return { lines };
}

/** Deletes rows and what goes with them (rowsConsequences), as one step. */
export function deleteRows(dataset: Dataset, tab: TableTab, keys: readonly string[]): EditResult {
  if (keys.length === 0) return refused('select the rows to delete first');
  const set = new Set(keys);
  const what = countOf(keys.length, tab);
  if (tab === 'entities') {
    const relations = dataset.relations.filter((r) => !set.has(r.source) && !set.has(r.target));
    const gone = dataset.relations.length - relations.length;
    return checked(
      { ...dataset, entities: dataset.entities.filter((e) => !set.has(e.id)), relations },
      `Deleted ${what}${gone > 0 ? ` and ${plural(gone, 'relation')}` : ''}.`,
    );
  }
  if (tab === 'relations')
    return checked({ ...dataset, relations: dataset.relations.filter((r) => !set.has(r.id)) }, `Deleted ${what}.`);
  if (tab === 'claims') {
    const relations = dataset.relations.map((r) =>
      r.claims.some((_, i) => set.has(claimKey(r.id, i)))
        ? { ...r, claims: r.claims.filter((_, i) => !set.has(claimKey(r.id, i))) }
        : r,
    );
    return checked({ ...dataset, relations }, `Deleted ${what}.`);
  }
  const gone = new Set(unsupportedBy(dataset, set).map((r) => r.id));
  const relations = dataset.relations
    .filter((r) => !gone.has(r.id))
    .map((r) =>
      r.claims.some((c) => set.has(c.source) || c.via?.some((v) => set.has(v)))
        ? {
            ...r,
            claims: r.claims
              .filter((c) => !set.has(c.source))
              .map((c) => (c.via?.some((v) => set.has(v)) ? { ...c, via: c.via.filter((v) => !set.has(v)) } : c)),
          }
        : r,
    );
  const sources = dataset.sources
    .filter((s) => !set.has(s.id))
    .map((s) => (s.cites.some((c) => set.has(c)) ? { ...s, cites: s.cites.filter((c) => !set.has(c)) } : s));
  const extra = gone.size > 0 ? ` and ${plural(gone.size, 'relation')} they alone supported` : '';
  return checked({ ...dataset, sources, relations }, `Deleted ${what}${extra}.`);
}
