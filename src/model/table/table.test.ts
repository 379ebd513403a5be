// The data table's pure parts over a small investigation written here: rows, cell edits, bulk edits, deletes,
// and pasted spreadsheet rows.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../schema';
import { datasetSchema } from '../schema';
import { filterRows, shownBy, tableModel } from './rows';
import { parseTsv, writeTsv } from './tsv';
import { applyPaste, preparePaste } from './paste';
import { bulkEdit, deleteRows, editCell, rowsConsequences } from '../edit/tableEdits';

const story: Dataset = datasetSchema.parse({
  title: 'Test story',
  sources: [
    { id: 'wapo', kind: 'article', title: 'The Post article', published: '2025-10-31', cites: ['docs'] },
    { id: 'docs', kind: 'document', title: 'Documents', published: 'not given' },
  ],
  entities: [
    { id: 'maduro', type: 'person', label: 'Nicolás Maduro', country: 'VE', attributes: { age: 62 } },
    { id: 'russia', type: 'country', label: 'Russia', country: 'RU', attributes: { age: 30 } },
    { id: 'putin', type: 'person', label: 'Vladimir Putin', country: 'RU' },
  ],
  relations: [
    {
      id: 'r1',
      type: 'requested_aid',
      source: 'maduro',
      target: 'russia',
      claims: [{ source: 'wapo', quote: 'Maduro asked Russia for help', status: 'reported' }],
    },
    {
      id: 'r2',
      type: 'requested_aid',
      source: 'maduro',
      target: 'putin',
      claims: [
        { source: 'docs', quote: 'a letter to Putin', status: 'reported' },
        { source: 'wapo', quote: 'a letter was sent', status: 'reported' },
      ],
    },
  ],
});

const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(`refused: ${(r as unknown as { error: string }).error}`);
  return r as Extract<T, { ok: true }>;
};

describe('table rows', () => {
  it('has a column for every field and each attribute, and a row per record', () => {
    const model = tableModel('entities', story);
    const labels = model.columns.map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['id', 'type', 'label', 'aliases', 'country', 'role', 'age']));
    expect(model.rows.map((r) => r.key)).toEqual(['maduro', 'russia', 'putin']);
    expect(tableModel('claims', story).rows.map((r) => r.key)).toEqual(['r1#0', 'r2#0', 'r2#1']);
    expect(tableModel('claims', story).rows[2]!.selection).toEqual({ kind: 'relation', id: 'r2' });
  });

  it('filters ignoring accents and case', () => {
    const rows = tableModel('entities', story).rows;
    expect(filterRows(rows, 'nicolas').map((r) => r.key)).toEqual(['maduro']);
    expect(filterRows(rows, 'RU').map((r) => r.key)).toEqual(['russia', 'putin']);
  });

  it('keeps the rows the graph shows', () => {
    const visibility = { nodes: new Set(['maduro', 'russia']), edges: new Set(['r1']) };
    const sources = tableModel('sources', story).rows.filter(shownBy('sources', story, visibility));
    expect(sources.map((r) => r.key)).toEqual(['wapo']);
    const claims = tableModel('claims', story).rows.filter(shownBy('claims', story, visibility));
    expect(claims.map((r) => r.key)).toEqual(['r1#0']);
  });
});

describe('cell edits', () => {
  it('changes one field and keeps the rest', () => {
    const result = ok(editCell(story, 'entities', 'putin', 'role', 'President'));
    expect(result.dataset.entities[2]).toMatchObject({ label: 'Vladimir Putin', role: 'President' });
  });

  it('refuses an empty label, naming the record and the field', () => {
    const result = editCell(story, 'entities', 'putin', 'label', '  ');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/entity "putin", label: .*must not be empty/) });
  });

  it('follows an id change into the relations', () => {
    const result = ok(editCell(story, 'entities', 'russia', 'id', 'ru'));
    expect(result.dataset.relations[0]!.target).toBe('ru');
  });

  it('keeps a numeric attribute numeric, and names a bad number', () => {
    expect(ok(editCell(story, 'entities', 'putin', 'attribute:age', '73')).dataset.entities[2]!.attributes?.age).toBe(
      73,
    );
    expect(editCell(story, 'entities', 'putin', 'size', 'big')).toEqual({
      ok: false,
      error: 'size: write a number (got "big")',
    });
  });

  it('edits a claim in place', () => {
    const result = ok(editCell(story, 'claims', 'r2#1', 'hedged', 'yes'));
    expect(result.dataset.relations[1]!.claims[1]!.hedged).toBe(true);
  });

  it('refuses a relation date that is not a date', () => {
    const result = editCell(story, 'relations', 'r1', 'date', 'October');
    expect(result.ok).toBe(false);
    expect(ok(editCell(story, 'relations', 'r1', 'date', '2025-10-11/2025-10-20')).dataset.relations[0]!.date).toEqual({
      from: '2025-10-11',
      to: '2025-10-20',
    });
  });
});

describe('bulk edit', () => {
  it('sets one column over many rows in one result', () => {
    const result = ok(bulkEdit(story, 'entities', ['maduro', 'putin'], 'role', 'Head of state'));
    expect(result.dataset.entities.map((e) => e.role)).toEqual(['Head of state', undefined, 'Head of state']);
    expect(result.message).toBe('Set role to “Head of state” in 2 rows.');
  });

  it('refuses ids and values the schema refuses', () => {
    expect(bulkEdit(story, 'entities', ['maduro', 'putin'], 'id', 'x').ok).toBe(false);
    const bad = bulkEdit(story, 'relations', ['r1', 'r2'], 'modality', 'maybe');
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('relation "r1", modality') });
  });
});

describe('deleting rows', () => {
  it('says what goes with entities, and takes it', () => {
    expect(rowsConsequences(story, 'entities', ['putin']).lines).toEqual([
      '1 relation and their 2 claims go with them: r2.',
    ]);
    const result = ok(deleteRows(story, 'entities', ['putin']));
    expect(result.dataset.relations.map((r) => r.id)).toEqual(['r1']);
  });

  it('says which relations lose all support with a source', () => {
    const { lines } = rowsConsequences(story, 'sources', ['wapo']);
    expect(lines).toContain('1 relation would lose all support and go too: r1.');
    const result = ok(deleteRows(story, 'sources', ['wapo']));
    expect(result.dataset.relations.map((r) => r.id)).toEqual(['r2']);
    expect(result.dataset.relations[0]!.claims).toHaveLength(1);
  });

  it('refuses to leave a relation with no claim', () => {
    expect(deleteRows(story, 'claims', ['r1#0']).ok).toBe(false);
    expect(ok(deleteRows(story, 'claims', ['r2#0'])).dataset.relations[1]!.claims).toHaveLength(1);
  });
});

describe('tab-separated text', () => {
  it('reads quoted cells with tabs, line breaks and doubled quotes', () => {
    const parsed = parseTsv('id\tlabel\r\na\t"one\ttwo"\r\nb\t"say ""hi""\nthere"\r\n');
    expect(parsed).toEqual({
      ok: true,
      header: ['id', 'label'],
      rows: [
        { line: 2, cells: ['a', 'one\ttwo'] },
        { line: 3, cells: ['b', 'say "hi"\nthere'] },
      ],
    });
  });

  it('reads back what it writes', () => {
    const text = writeTsv(
      ['a', 'b'],
      [
        ['x"y', 'p\tq'],
        ['1', ''],
      ],
    );
    expect(parseTsv(text)).toMatchObject({ ok: true, rows: [{ cells: ['x"y', 'p\tq'] }, { cells: ['1', ''] }] });
  });

  it('names the line of a quote never closed', () => {
    expect(parseTsv('id\tlabel\na\tb\nc\t"open\nd\te')).toEqual({
      ok: false,
      error: expect.stringMatching(/^Line 3: /),
    });
    expect(parseTsv('id\tlabel\na\t"x"y')).toEqual({
      ok: false,
      error: expect.stringMatching(/^Line 2: text follows/),
    });
  });

  it('refuses 100,000 rows with the limit', () => {
    const text = 'id\tlabel\n' + 'a\tb\n'.repeat(100_000);
    const parsed = parseTsv(text);
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('100,000 rows: at most 10,000') });
  });
});

describe('pasted rows', () => {
  const paste = (tab: Parameters<typeof preparePaste>[1], text: string) => {
    const parsed = parseTsv(text);
    if (!parsed.ok) throw new Error(parsed.error);
    return ok(preparePaste(story, tab, parsed.header, parsed.rows)).preview;
  };

  it('names each row that fails and why, and adds the good ones in one step', () => {
    const preview = paste(
      'entities',
      'label\ttype\tcountry\nXi Jinping\tperson\tCN\n\tperson\t\nIran\tcountry\tIR\nRadar\tgizmo\t\n',
    );
    expect(preview.good.map((g) => (g.record as { id: string }).id)).toEqual(['xi-jinping', 'iran']);
    expect(preview.bad).toEqual([
      { line: 3, reason: expect.stringMatching(/^label: .*must not be empty/) },
      { line: 5, reason: expect.stringMatching(/^type: "gizmo" is not an entity type/) },
    ]);
    const result = ok(applyPaste(story, preview));
    expect(result.dataset.entities.map((e) => e.id)).toEqual(['maduro', 'russia', 'putin', 'xi-jinping', 'iran']);
    expect(result.message).toBe('Pasted 2 entities added.');
  });

  it('changes a record whose id exists, and refuses an id pasted twice', () => {
    const preview = paste('entities', 'id\trole\nputin\tPresident\nputin\tPM\n');
    expect(preview.good).toHaveLength(1);
    expect(preview.bad[0]).toEqual({ line: 3, reason: 'id: "putin" is already pasted on line 2' });
    expect(ok(applyPaste(story, preview)).dataset.entities[2]).toMatchObject({
      role: 'President',
      label: 'Vladimir Putin',
    });
  });

  it('takes unknown headers as attributes of entities, and refuses them for claims', () => {
    const preview = paste('entities', 'label\ttype\trank\nGeneral X\tperson\t3\n');
    expect((preview.good[0]!.record as { attributes?: object }).attributes).toEqual({ rank: '3' });
    const parsed = parseTsv('relation\tsource\tmood\nr1\twapo\tx');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(preparePaste(story, 'claims', parsed.header, parsed.rows)).toEqual({
      ok: false,
      error: expect.stringContaining('"mood", which is not a column of Claims'),
    });
  });

  it('needs a relation’s quote and known ends', () => {
    const preview = paste(
      'relations',
      'source\ttype\ttarget\tquote\tquote source\nputin\tmet_with\tmaduro\tPutin met Maduro\twapo\nputin\tmet_with\tnobody\tx\twapo\nputin\tmet_with\tmaduro\t\t\n',
    );
    expect(preview.good).toHaveLength(1);
    expect(preview.bad.map((b) => b.line)).toEqual([3, 4]);
    expect(preview.bad[0]!.reason).toBe('target: there is no entity "nobody"');
    expect(ok(applyPaste(story, preview)).dataset.relations).toHaveLength(3);
  });

  it('appends pasted claims to their relations', () => {
    const preview = paste(
      'claims',
      'relation\tsource\tquote\tstatus\nr1\tdocs\tRussia was asked\treported\nr9\tdocs\tx\treported\n',
    );
    expect(preview.bad).toEqual([{ line: 3, reason: 'relation: there is no relation "r9"' }]);
    expect(ok(applyPaste(story, preview)).dataset.relations[0]!.claims).toHaveLength(2);
  });
});
