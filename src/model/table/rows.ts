// The rows of the data table: one per entity, relation, claim or source, each with the text of its cells worked
// out once (sorting, filtering and drawing 50,000 rows then only compare strings), the graph selection it stands
// for, and whether the graph shows it.
import type { Dataset } from '../schema';
import { nodeKey } from '../graph';
import type { Selection } from '../selection';
import type { Visibility } from '../filters';
import { fold } from '../search';
import { columnsOf, type ClaimRecord, type Column, type TableRecord, type TableTab } from './columns';

export interface TableRow {
  /** Unique in its tab: the record's id, or "relation-id#n" for claim n of a relation. */
  key: string;
  record: TableRecord;
  cells: string[];
  /**
   * Every cell's text, folded as search folds it (accents and case ignored), for the text filter. Worked out on the
   * first filter, not when the table opens: folding 100,000 rows takes a noticeable part of a second.
   */
  folded?: string;
  /** What selecting the row selects in the graph (a claim selects its relation). */
  selection: Selection;
}

export interface TableModel {
  tab: TableTab;
  columns: Column[];
  rows: TableRow[];
}

export const claimKey = (relationId: string, index: number) => `${relationId}#${index}`;

/** The records of a tab, keyed. */
export function recordsOf(
  tab: TableTab,
  dataset: Dataset,
): { key: string; record: TableRecord; selection: Selection }[] {
  switch (tab) {
    case 'entities':
      return dataset.entities.map((e) => ({ key: e.id, record: e, selection: { kind: 'entity', id: nodeKey(e.id) } }));
    case 'relations':
      return dataset.relations.map((r) => ({ key: r.id, record: r, selection: { kind: 'relation', id: r.id } }));
    case 'claims':
      return dataset.relations.flatMap((r) =>
        r.claims.map((claim, index) => ({
          key: claimKey(r.id, index),
          record: { relationId: r.id, index, claim } satisfies ClaimRecord,
          selection: { kind: 'relation' as const, id: r.id },
        })),
      );
    case 'sources':
      return dataset.sources.map((s) => ({ key: s.id, record: s, selection: { kind: 'source', id: s.id } }));
  }
}

export function tableModel(tab: TableTab, dataset: Dataset): TableModel {
  const columns = columnsOf(tab, dataset);
  const rows = recordsOf(tab, dataset).map(({ key, record, selection }) => {
    const cells = columns.map((c) => c.read(record));
    return { key, record, cells, selection };
  });
  return { tab, columns, rows };
}

/** Rows whose cells hold every word of the query (accents and case ignored). */
export function filterRows(rows: readonly TableRow[], query: string): TableRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const folded = (row.folded ??= fold(row.cells.join('\u0001')));
    return words.every((w) => folded.includes(w));
  });
}

/**
 * Whether the graph shows a row: an entity or relation it draws, a claim of a relation it draws, a source that a
 * drawn relation's claims quote or pass through.
 */
export function shownBy(tab: TableTab, dataset: Dataset, visibility: Visibility): (row: TableRow) => boolean {
  if (tab === 'entities' || tab === 'relations' || tab === 'claims')
    return (row) =>
      row.selection.kind === 'entity' ? visibility.nodes.has(row.selection.id) : visibility.edges.has(row.selection.id);
  const used = new Set<string>();
  for (const r of dataset.relations) {
    if (!visibility.edges.has(r.id)) continue;
    for (const c of r.claims) {
      used.add(c.source);
      for (const v of c.via ?? []) used.add(v);
    }
  }
  return (row) => used.has(row.key);
}

/** Whether a row stands for the graph's selection (every claim of a selected relation does). */
export function matchesSelection(row: TableRow, selection: Selection | null): boolean {
  return selection !== null && row.selection.kind === selection.kind && row.selection.id === selection.id;
}
