// A small hand-made investigation for the PostgreSQL store tests, with answers known by reading it: degrees,
// directions, evidence flags and names (accents, hyphens, an alias in another script) chosen to test each query.
import { entitySchema, relationSchema, sourceSchema } from '../../../src/model/schema';
import type { Entity, Relation, Source } from '../../../src/model/schema';
import type { DatasetHead } from '../../../src/io/server/wire';
import type { ImportSink, Store } from '../types';

export const head: DatasetHead = { title: 'Aid requests, autumn 2025', description: 'A test investigation.' };

export const sources: Source[] = [
  sourceSchema.parse({ id: 'wapo', kind: 'article', title: 'A request for aid', published: '2025-10-31' }),
  sourceSchema.parse({
    id: 'reuters',
    kind: 'news_report',
    title: 'Moscow answers',
    published: '2025-11-02',
    text: 'The full text of the article, kept with the investigation.',
  }),
];

export const entity = (id: string, type: string, label: string, aliases: string[] = []): Entity =>
  entitySchema.parse({ id, type, label, aliases });

// Degrees (relations touching each): russia 3, maduro 3, putin 2, venezuela 2, velasquez 1, rosneft 1, others 0.
export const entities: Entity[] = [
  entity('putin', 'person', 'Vladimir Putin', ['Путин']),
  entity('maduro', 'person', 'Nicolás Maduro'),
  entity('velasquez', 'person', 'Ana Velásquez'),
  entity('russia', 'country', 'Russia'),
  entity('venezuela', 'country', 'Venezuela'),
  entity('rosneft', 'organization', 'Rosneft'),
  entity('assad', 'person', 'Bashar al-Assad'),
  entity('nobody', 'person', 'Nobody Atall'),
];

const claim = (source: string, quote: string) => ({ source, quote, status: 'reported' });
export const relation = (fields: Record<string, unknown>): Relation =>
  relationSchema.parse({ claims: [claim('wapo', 'Maduro asked Russia for help.')], ...fields });

export const relations: { relation: Relation; origins: number }[] = [
  // requested, not happened; two origins
  {
    relation: relation({ id: 'r1', type: 'requested_aid', source: 'maduro', target: 'russia', modality: 'requested' }),
    origins: 2,
  },
  { relation: relation({ id: 'r2', type: 'leads', source: 'putin', target: 'russia' }), origins: 1 },
  { relation: relation({ id: 'r3', type: 'located_in', source: 'rosneft', target: 'russia' }), origins: 1 },
  // undirected and disputed, with two claims
  {
    relation: relation({
      id: 'r4',
      type: 'met_with',
      source: 'maduro',
      target: 'putin',
      directed: false,
      disputed: true,
      discrepancy: 'The outlets disagree on whether they met.',
      claims: [claim('wapo', 'They met in Moscow.'), claim('reuters', 'No meeting took place.')],
    }),
    origins: 1,
  },
  { relation: relation({ id: 'r5', type: 'holds_office_in', source: 'velasquez', target: 'venezuela' }), origins: 3 },
  { relation: relation({ id: 'r6', type: 'leads', source: 'maduro', target: 'venezuela' }), origins: 1 },
];

/** Imports the fixture (or given records) in small batches, as the importer would, and returns its id. */
export async function importFixture(
  store: Store,
  records: { sources?: Source[]; entities?: Entity[]; relations?: typeof relations } = {},
  batch = 3,
): Promise<string> {
  const sink: ImportSink = await store.beginImport(head);
  const inBatches = async <T>(items: T[], add: (b: T[]) => Promise<void>) => {
    for (let i = 0; i < items.length; i += batch) await add(items.slice(i, i + batch));
  };
  try {
    await inBatches(records.sources ?? sources, (b) => sink.addSources(b));
    await inBatches(records.entities ?? entities, (b) => sink.addEntities(b));
    await inBatches(records.relations ?? relations, (b) => sink.addRelations(b));
    return (await sink.finish()).id;
  } catch (error) {
    await sink.abort();
    throw error;
  }
}
