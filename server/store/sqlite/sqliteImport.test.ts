// The SQLite store's import path beyond the API contract: a hub big enough to keep its counts by type, imports
// refused late (after batches were written), reads during an import, deletion, a store in memory, the store's own
// id checks, and a file written by the first schema. Expected values come from how each graph is built.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { NdjsonRecord } from '../../../src/io/server/wire';
import type { Relation } from '../../../src/model/schema';
import { expand } from '../../graph/expand';
import { searchEntities } from '../../graph/search';
import { importStream } from '../../import/importFile';
import { RecordError, type Store } from '../types';
import { migrate } from './schema';
import { openSqliteStore } from './sqliteStore';

const folder = mkdtempSync(join(tmpdir(), 'sqlite-import-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
const freshStore = () => openSqliteStore(join(folder, `store-${files++}.sqlite`));

const toNdjson = (records: readonly NdjsonRecord[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
const head = (title: string): NdjsonRecord => ({
  dataset: { title, vocabulary: { relationTypes: { owns: { label: 'owns' }, employs: { label: 'employs' } } } },
});
const entity = (id: string, type = 'organization', label = `Name ${id}`): NdjsonRecord => ({
  entity: { id, type, label },
});
const relation = (id: string, type: string, source: string, target: string): NdjsonRecord => ({
  relation: { id, type, source, target },
});

/** A hub owning 80 companies and employing 40 people; person 0 also met company 0 (so both have degree 2). */
function hubGraph(title = 'Hub'): NdjsonRecord[] {
  const records: NdjsonRecord[] = [head(title), entity('hub', 'organization', 'Grand Hub Holdings')];
  for (let i = 0; i < 80; i++) records.push(entity(`c${i}`, 'organization', `Company ${i}`));
  for (let i = 0; i < 40; i++) records.push(entity(`p${i}`, 'person', `Person ${i}`));
  for (let i = 0; i < 80; i++) records.push(relation(`owns-${i}`, 'owns', 'hub', `c${i}`));
  for (let i = 0; i < 40; i++) records.push(relation(`employs-${i}`, 'employs', 'hub', `p${i}`));
  records.push(relation('met', 'met_with', 'p0', 'c0'));
  return records;
}

const load = (store: Store, records: NdjsonRecord[], fileName = 'graph.ndjson') =>
  importStream(store, Readable.from([Buffer.from(toNdjson(records))]), { fileName });

describe('SQLite import', () => {
  it('keeps a hub’s counts by type, and counts small entities from their rows', async () => {
    const store = freshStore();
    const { id } = await load(store, hubGraph());
    const counts = await expand(store, id, { ids: ['hub'], limit: 0 });
    expect(counts.more).toEqual({
      total: 120,
      byRelationType: { owns: 80, employs: 40 },
      byEntityType: { organization: 80, person: 40 },
    });
    const both = await expand(store, id, { ids: ['hub', 'p0'], limit: 0 });
    // Left out: the hub's rows but the one to p0 (given), and p0's meeting with c0 (its other row is the hub).
    expect(both.more.byRelationType).toEqual({ owns: 80, employs: 39, met_with: 1 });
    const top = await expand(store, id, { ids: ['hub'], limit: 2, order: 'most' });
    expect(top.entities.map((e) => [e.id, e.degree])).toEqual([
      ['p0', 2],
      ['c0', 2],
    ]);
    expect((await searchEntities(store, id, 'grand hub', 5, 0)).items[0]).toMatchObject({ id: 'hub', degree: 120 });
    await store.close();
  });

  it('refuses a repeated relation id found after batches were written, by line, leaving nothing', async () => {
    const store = freshStore();
    await load(store, hubGraph('Kept'));
    const before = await store.totals();
    const records: NdjsonRecord[] = [head('Big')];
    for (let i = 0; i < 12_000; i++) records.push(entity(`e${i}`));
    for (let i = 0; i < 12_000; i++) records.push(relation(`r${i}`, 'owns', `e${i}`, `e${(i + 1) % 12_000}`));
    records.push(relation('r5', 'owns', 'e1', 'e2'));
    await expect(load(store, records)).rejects.toMatchObject({
      message: `Line ${records.length}: Two relations have the id "r5".`,
    });
    expect(await store.totals()).toEqual(before);
    await store.close();
  });

  it('leaves no names of a refused import to be found in the next one, which takes its numbers', async () => {
    const store = freshStore();
    const refused: NdjsonRecord[] = [head('Refused')];
    for (let i = 0; i < 12_000; i++) refused.push(entity(`e${i}`, 'organization', `Zebra Holdings ${i}`));
    refused.push(entity('e7'));
    await expect(load(store, refused)).rejects.toMatchObject({ message: /Two entities have the id "e7"/ });
    const next: NdjsonRecord[] = [head('Next')];
    for (let i = 0; i < 12_000; i++) next.push(entity(`e${i}`, 'organization', `Walrus Trading ${i}`));
    const { id } = await load(store, next);
    expect((await searchEntities(store, id, 'zebra', 5, 0)).total).toBe(0);
    const found = await searchEntities(store, id, 'walrus trading 11999', 5, 0);
    expect(found.items.map((item) => item.id)).toContain('e11999');
    await store.close();
  });

  it('names the line of a relation in our exports’ form that is not valid, leaving nothing', async () => {
    const store = freshStore();
    const before = await store.totals();
    const written = (id: string, source: string, target: string) =>
      `{"relation":{"id":"${id}","type":"owns","source":"${source}","target":"${target}",` +
      `"modality":"happened","disputed":false,"claims":[],"directed":true}}`;
    const start = toNdjson([head('Plain'), entity('a'), entity('b')]);
    const refused = (line: string) =>
      importStream(store, Readable.from([Buffer.from(`${start}${written('ok', 'a', 'b')}\n${line}\n`)]), {
        fileName: 'plain.ndjson',
      });
    await expect(refused(written('r', 'a', 'ghost'))).rejects.toMatchObject({
      message: expect.stringMatching(/^Line 5: .*"ghost"/),
    });
    await expect(refused(written('r', 'a', 'b\u007f'))).rejects.toMatchObject({ message: /^Line 5: / });
    await expect(refused(written('ok', 'b', 'a'))).rejects.toMatchObject({
      message: 'Line 5: Two relations have the id "ok".',
    });
    expect(await store.totals()).toEqual(before);
    await store.close();
  });

  it('answers reads while an import is under way', async () => {
    const store = freshStore();
    const { id } = await load(store, hubGraph());
    const upload = new PassThrough();
    const importing = importStream(store, upload, { fileName: 'slow.ndjson' });
    const first: NdjsonRecord[] = [head('Slow')];
    for (let i = 0; i < 6_000; i++) first.push(entity(`e${i}`));
    upload.write(toNdjson(first));
    // The upload is half sent and the import waits for the rest: the store still reads.
    const found = await searchEntities(store, id, 'company 7', 5, 0);
    expect(found.items[0]?.id).toBe('c7');
    upload.end(toNdjson([relation('r', 'owns', 'e0', 'e1')]));
    expect(await importing).toMatchObject({ entities: 6_000, relations: 1 });
    await store.close();
  });

  it('deletes one investigation whole and keeps the others', async () => {
    const store = freshStore();
    const kept = await load(store, hubGraph('Kept'));
    const before = await store.totals();
    const gone = await load(store, hubGraph('Gone'));
    await store.deleteInvestigation(gone.id);
    expect(await store.totals()).toEqual(before);
    const counts = await expand(store, kept.id, { ids: ['hub'], limit: 0 });
    expect(counts.more.total).toBe(120);
    await store.close();
  });

  it('searches one investigation only, when others hold the same names', async () => {
    const store = freshStore();
    const first = await load(store, hubGraph('First'));
    const second = await load(store, hubGraph('Second'));
    const third = await load(store, hubGraph('Third'));
    for (const { id } of [first, second, third]) {
      const found = await searchEntities(store, id, 'company', 100, 0);
      // The hub's 80 companies, each once: none of the other two investigations' 160.
      expect(found.total).toBe(80);
      expect(new Set(found.items.map((item) => item.id)).size).toBe(80);
    }
    await store.deleteInvestigation(second.id);
    expect((await searchEntities(store, second.id, 'hub', 5, 0)).total).toBe(0);
    expect((await searchEntities(store, third.id, 'grand hub', 5, 0)).items.map((item) => item.id)).toEqual(['hub']);
    await store.close();
  });

  it('imports into a store held in memory', async () => {
    const store = openSqliteStore(':memory:');
    const { id } = await load(store, hubGraph());
    expect((await expand(store, id, { ids: ['hub'], limit: 0 })).more.total).toBe(120);
    await store.close();
  });

  it('checks ids itself when an importer gives no positions for the ends', async () => {
    const store = freshStore();
    const sink = await store.beginImport({ title: 'Direct' });
    await sink.addEntities([
      { id: 'a', type: 'person', label: 'A', aliases: [] },
      { id: 'b', type: 'person', label: 'B', aliases: [] },
    ]);
    const plain = { modality: 'happened', disputed: false, claims: [], directed: true } satisfies Partial<Relation>;
    await sink.addRelations([
      { relation: { id: 'ab', type: 'met_with', source: 'a', target: 'b', ...plain }, origins: 0 },
    ]);
    const stray = sink.addRelations([
      { relation: { id: 'ax', type: 'met_with', source: 'a', target: 'x', ...plain }, origins: 0 },
    ]);
    // The writer may take a batch before checking it: the refusal comes from this call or the next.
    const refused = await stray.then(() => sink.finish()).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RecordError);
    expect(refused).toMatchObject({ recordId: 'ax', message: expect.stringContaining('"x"') });
    await sink.abort();
    expect(await store.totals()).toEqual({ investigations: 0, entities: 0, relations: 0, sources: 0 });
    await store.close();
  });

  it('clears an import cut short (the server stopped) at the next one', async () => {
    const file = join(folder, `store-${files++}.sqlite`);
    const db = new Database(file);
    migrate(db);
    // What a stopped import leaves: its investigation still marked as under way, with the rows written so far.
    db.exec(`
      INSERT INTO investigations (id, title, head, created, status, first_entity, first_relation)
        VALUES ('cut', 'Cut short', '{"title":"Cut short"}', '2025-01-01', 'importing', 1, 1);
      INSERT INTO entities (n, inv, id, type, body) VALUES (1, 'cut', 'a', 'person', '{}'), (2, 'cut', 'b', 'person', '{}');
      INSERT INTO entity_names (rowid, names) VALUES (1, 'a'), (2, 'b');
      INSERT INTO relations VALUES (1, 'cut', 'ab', 'met_with', 1, 2, 10, 0, '{}');
    `);
    db.close();
    const store = openSqliteStore(file);
    const { id } = await load(store, hubGraph());
    expect(await store.totals()).toEqual({ investigations: 1, entities: 121, relations: 121, sources: 0 });
    expect((await store.listInvestigations(10, 0)).map((i) => i.id)).toEqual([id]);
    await store.close();
  });
});

describe('a store written by the first schema', () => {
  it('is brought up to date and reads as before', async () => {
    const file = join(folder, `store-${files++}.sqlite`);
    const db = new Database(file);
    // Only the first step, then rows as the first version wrote them: a hub with two neighbours.
    migrate(db, 1);
    db.exec(`
      INSERT INTO investigations VALUES ('old', 'Old', '{"title":"Old"}', '2025-01-01', 'ready', 3, 2);
      INSERT INTO entities VALUES (1, 'old', 'hub', 'organization', '{"id":"hub","type":"organization","label":"Hub","aliases":[]}', 2);
      INSERT INTO entities VALUES (2, 'old', 'a', 'person', '{"id":"a","type":"person","label":"Ann","aliases":[]}', 1);
      INSERT INTO entities VALUES (3, 'old', 'b', 'person', '{"id":"b","type":"person","label":"Bo","aliases":[]}', 1);
      INSERT INTO entity_names (rowid, inv, names) VALUES (1, 'old', 'hub'), (2, 'old', 'ann'), (3, 'old', 'bo');
      INSERT INTO relations VALUES (1, 'old', 'r1', 'employs', 1, 2, 11, 0, '{"id":"r1","type":"employs","source":"hub","target":"a","modality":"happened","disputed":false,"claims":[],"directed":true}');
      INSERT INTO relations VALUES (2, 'old', 'r2', 'employs', 1, 3, 11, 0, '{"id":"r2","type":"employs","source":"hub","target":"b","modality":"happened","disputed":false,"claims":[],"directed":true}');
      INSERT INTO adjacency VALUES (1, 1, 2, 1, 'employs', 'person', 11, 0), (1, 1, 3, 2, 'employs', 'person', 11, 0),
        (2, 2, 1, 1, 'employs', 'organization', 10, 0), (3, 2, 1, 2, 'employs', 'organization', 10, 0);
      INSERT INTO neighbour_counts VALUES (1, 'employs', 'person', 2), (2, 'employs', 'organization', 1),
        (3, 'employs', 'organization', 1);
    `);
    db.close();
    const store = openSqliteStore(file);
    expect((await searchEntities(store, 'old', 'hub', 5, 0)).items[0]).toMatchObject({ id: 'hub', degree: 2 });
    expect((await store.exactLabel('old', 'ann', 5)).map((row) => row.entity.id)).toEqual(['a']);
    expect((await searchEntities(store, 'old', 'b', 5, 0)).items.map((e) => e.id)).toEqual([]);
    expect((await searchEntities(store, 'old', 'bo', 5, 0)).items.map((e) => e.id)).toEqual(['b']);
    expect((await expand(store, 'old', { ids: ['hub'], limit: 0 })).more.byEntityType).toEqual({ person: 2 });
    const employed = await expand(store, 'old', { ids: ['hub'], limit: 10, relationTypes: ['employs'] });
    expect(employed.entities.map((e) => e.id).sort()).toEqual(['a', 'b']);
    expect(employed.relations.map((r) => r.type)).toEqual(['employs', 'employs']);
    expect((await expand(store, 'old', { ids: ['hub'], limit: 10, entityTypes: ['organization'] })).entities).toEqual(
      [],
    );
    const exported: string[] = [];
    for await (const record of store.exportRecords('old')) exported.push(Object.keys(record)[0]!);
    expect(exported).toEqual(['entity', 'entity', 'entity', 'relation', 'relation']);
    await store.deleteInvestigation('old');
    expect(await store.totals()).toEqual({ investigations: 0, entities: 0, relations: 0, sources: 0 });
    await store.close();
  });
});
