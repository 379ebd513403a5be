// The PostgreSQL store's writes on a real PostgreSQL: an import shows only once finished and comes back whole in
// the export; a broken import names the record and leaves nothing; hostile strings in every parameter are data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entitySchema, relationSchema, sourceSchema } from '../../../src/model/schema';
import { POSTGRES_SETUP_TIMEOUT_MS, testDatabase } from '../../testing/postgresForTests';
import { RecordError, type ExportRecord } from '../types';
import { openPostgresStore, type PostgresStore } from './index';
import { entities, head, importFixture, relations, sources } from './fixture';

const fixtureSources = sources;

let url: string;
let store: PostgresStore;

beforeAll(async () => {
  url = await testDatabase('imports');
  store = await openPostgresStore(url);
}, POSTGRES_SETUP_TIMEOUT_MS);

afterAll(async () => {
  await store?.close();
});

async function exported(inv: string): Promise<ExportRecord[]> {
  const records: ExportRecord[] = [];
  for await (const record of store.exportRecords(inv)) records.push(record);
  return records;
}

const INJECTIONS = [
  "'; DROP TABLE entities; --",
  "' OR '1'='1",
  "x'); DELETE FROM investigations; --",
  "a' | 'b':* & !c",
  '\\',
  '$1',
  '%_*',
  '"quoted"',
];

describe('import and export', () => {
  it('lists a finished import with its counts and head, and exports its records in order, texts included', async () => {
    const inv = await importFixture(store);
    expect(await store.listInvestigations(10, 0)).toContainEqual({
      id: inv,
      title: head.title,
      entities: 8,
      relations: 6,
    });
    expect(await store.getInvestigation(inv)).toEqual({ id: inv, title: head.title, entities: 8, relations: 6, head });
    expect(await exported(inv)).toEqual([
      ...sources.map((source) => ({ source })),
      ...entities.map((entity) => ({ entity })),
      ...relations.map(({ relation }) => ({ relation })),
    ]);
  });

  it('keeps every character, even those PostgreSQL text cannot hold', async () => {
    const odd = 'nul\u0000 lone\uD800 surrogate';
    const entity = entitySchema.parse({ id: 'odd', type: 'person', label: odd, aliases: [odd] });
    const source = sourceSchema.parse({ id: 's', kind: 'article', title: odd, published: '2025', text: odd });
    const relation = relationSchema.parse({ id: 'loop', type: 'met_with', source: 'odd', target: 'odd', details: odd });
    const inv = await importFixture(store, {
      sources: [source],
      entities: [entity],
      relations: [{ relation, origins: 0 }],
    });
    expect(await exported(inv)).toEqual([{ source }, { entity }, { relation }]);
    expect((await store.search(inv, ['nul'], 10, 0, 1000)).rows.map((row) => row.entity.label)).toEqual([odd]);
    // A self-loop touches its entity from both ends.
    expect((await store.entitiesById(inv, ['odd']))[0]!.degree).toBe(2);
  });

  it('pages an export larger than one page', async () => {
    const many = Array.from({ length: 2500 }, (_, i) =>
      entitySchema.parse({ id: `e${i}`, type: 'organization', label: `Company ${i}` }),
    );
    const inv = await importFixture(store, { sources: [], entities: many, relations: [] }, 1000);
    const ids = (await exported(inv)).map((record) => ('entity' in record ? record.entity.id : '?'));
    expect(ids).toEqual(many.map((e) => e.id));
  });

  it('shows nothing of an import until it is finished, and nothing of an aborted one', async () => {
    const before = await store.listInvestigations(100, 0);
    const sink = await store.beginImport({ title: 'Never finished' });
    await sink.addSources(sources);
    await sink.addEntities(entities);
    expect(await store.listInvestigations(100, 0)).toEqual(before);
    await sink.abort();
    expect(await store.listInvestigations(100, 0)).toEqual(before);
  });

  it('names the relation whose end is not an entity, and keeps nothing of that import', async () => {
    const before = await store.totals();
    const sink = await store.beginImport({ title: 'Broken' });
    await sink.addEntities(entities);
    const stray = relationSchema.parse({ id: 'stray', type: 'leads', source: 'putin', target: 'atlantis' });
    const refused = sink.addRelations([relations[0]!, { relation: stray, origins: 1 }]);
    await expect(refused).rejects.toThrow(
      new RecordError('The relation "stray" refers to "atlantis", which is not an entity.', 'stray'),
    );
    await expect(refused).rejects.toMatchObject({ recordId: 'stray' });
    await sink.abort();
    expect(await store.totals()).toEqual(before);
  });

  it('names an id that two entities or two sources share', async () => {
    const sink = await store.beginImport({ title: 'Twins' });
    await sink.addEntities([entities[0]!]);
    const twin = sink.addEntities([{ ...entities[1]!, id: entities[0]!.id }]);
    await expect(twin).rejects.toThrow('Two entities have the id "putin".');
    await expect(twin).rejects.toMatchObject({ recordId: 'putin' });
    await sink.abort();
    const sources = await store.beginImport({ title: 'Twin sources' });
    await expect(sources.addSources([fixtureSources[0]!, fixtureSources[0]!])).rejects.toMatchObject({
      message: 'Two sources have the id "wapo".',
      recordId: 'wapo',
    });
    await sources.abort();
  });

  it('names an id that two relations share, in one batch or in two', async () => {
    for (const batches of [[relations.slice(0, 2)], [relations.slice(0, 1), relations.slice(0, 1)]]) {
      const sink = await store.beginImport({ title: 'Twins' });
      const attempt = (async () => {
        await sink.addEntities(entities);
        for (const batch of batches) {
          await sink.addRelations(
            batch.map(({ relation, origins }) => ({ relation: { ...relation, id: 'twin' }, origins })),
          );
        }
      })();
      await expect(attempt).rejects.toMatchObject({ message: 'Two relations have the id "twin".', recordId: 'twin' });
      await sink.abort();
    }
  });

  it('refuses batches after the end', async () => {
    const sink = await store.beginImport({ title: 'Ended' });
    await sink.abort();
    await expect(sink.addEntities(entities)).rejects.toThrow('This import is already finished or aborted.');
  });

  it('deletes one investigation and leaves the others whole', async () => {
    const kept = await importFixture(store);
    const gone = await importFixture(store);
    await store.deleteInvestigation(gone);
    expect(await store.getInvestigation(gone)).toBeNull();
    expect(await exported(gone)).toEqual([]);
    expect(await store.entitiesById(gone, ['putin'])).toEqual([]);
    const [putin] = await store.entitiesById(kept, ['putin']);
    expect(putin!.degree).toBe(2);
    expect(await store.neighbourCounts([putin!.n])).toHaveLength(2);
    expect(await exported(kept)).toHaveLength(sources.length + entities.length + relations.length);
  });

  it('opens again without running the migrations twice', async () => {
    const again = await openPostgresStore(url);
    await again.ping();
    await again.close();
  });
});

describe('hostile strings', () => {
  it('are only data in every parameter', async () => {
    const inv = await importFixture(store);
    const n = (await store.entitiesById(inv, ['putin']))[0]!.n;
    for (const text of INJECTIONS) {
      expect((await store.search(inv, [text], 10, 0, 1000)).rows).toEqual([]);
      expect((await store.search(text, ['putin'], 10, 0, 1000)).rows).toEqual([]);
      expect(await store.exactLabel(text, text, 10)).toEqual([]);
      expect(await store.entitiesById(inv, [text])).toEqual([]);
      expect(await store.entitiesById(text, ['putin'])).toEqual([]);
      expect(await store.sourcesById(inv, [text])).toEqual([]);
      expect(await store.getInvestigation(text)).toBeNull();
      expect(await store.neighbours([n], { relationTypes: [text], entityTypes: [text], limit: 5 })).toEqual([]);
      expect(await exported(text)).toEqual([]);
      await store.deleteInvestigation(text);
    }
    // Everything is still there.
    expect((await store.search(inv, ['putin'], 10, 0, 1000)).rows.map((row) => row.entity.id)).toEqual(['putin']);
    expect(await exported(inv)).toHaveLength(sources.length + entities.length + relations.length);
  });

  it('are stored as written when they are the records themselves', async () => {
    const hostile = INJECTIONS.map((text, i) =>
      entitySchema.parse({ id: `${text}${i}`, type: text, label: text, aliases: [text] }),
    );
    const inv = await importFixture(store, { sources: [], entities: hostile, relations: [] });
    expect(await exported(inv)).toEqual(hostile.map((entity) => ({ entity })));
    const found = await store.entitiesById(inv, [hostile[0]!.id]);
    expect(found.map((row) => row.entity)).toEqual([hostile[0]]);
    expect((await store.search(inv, ['drop', 'table'], 10, 0, 1000)).rows.map((row) => row.entity.id)).toEqual([
      hostile[0]!.id,
    ]);
  });
});
