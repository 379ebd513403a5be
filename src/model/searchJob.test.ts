// The search indexes made by the worker's code (answerSearchJob, its job and reply cloned as a message would be)
// answer every query as the page's own indexes do: the same entities and relations, in the same order, with the
// same names matched and the same totals.
import { describe, expect, it } from 'vitest';
import { buildGraph, buildGraphInSlices } from './graph';
import { datasetSchema, type Dataset } from './schema';
import { seededRandom } from './seededRandom';
import { searchIndexOf } from './search';
import { answerSearchJob, type SearchJobReply } from './searchJob';
import { prepareSearch, searchStory, type SearchIndexer } from './storySearch';

const FIRST = ['Ramón', 'ramon', 'José', 'Jose', 'Ana María', 'Seán', 'Zoë', 'Ōtani', 'Élodie', 'Oliver'];
const LAST = ['Velásquez', 'Núñez', 'O’Hara', 'de la Cruz', 'Müller', 'Smith-Jones', 'Ivanov', 'Dupont'];
const TYPES = ['knows', 'works_with', 'supplied', 'met_with', 'financing_through'];

/**
 * A seeded graph whose names repeat, differ only by accents or case, hold numbers and punctuation, and sometimes have
 * aliases; relations of built-in types and of types the dataset declares.
 */
function generated(count: number, seed: number): Dataset {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const entities = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    type: pick(['person', 'organization', 'facility']),
    label: random() < 0.1 ? pick(FIRST) : `${pick(FIRST)} ${pick(LAST)} ${Math.floor(random() * count)}`,
    aliases: random() < 0.2 ? [`${pick(LAST)} (${i})`, ...(random() < 0.3 ? [pick(FIRST)] : [])] : [],
  }));
  const relations = Array.from({ length: 2 * count }, (_, j) => ({
    id: `r${j}`,
    type: pick(TYPES),
    source: `n${Math.floor(random() * count)}`,
    target: `n${Math.floor(random() * count)}`,
  }));
  const vocabulary = { relationTypes: { knows: { label: 'Knows' }, works_with: { label: 'Works with' } } };
  return datasetSchema.parse({ title: 'Generated', sources: [], vocabulary, entities, relations });
}

const QUERIES = [
  'ramon',
  'RAMÓN',
  'jose nunez',
  "sean o'hara",
  'o’hara',
  'ana maria de la',
  'zoe',
  'otani',
  'muller 1',
  '12',
  'smith',
  'jones smith',
  'cruz supplied',
  'knows ramon',
  'works with',
  'financing through',
  'velasquez 3 met',
  'ivanov (4',
  'e',
  'nothing like this',
];

const LIMITS = { entities: 40, sources: 5, relations: 40 };

/** The worker's code, its job and reply copied as messages are. */
const inProcess: SearchIndexer = async (job) => structuredClone(answerSearchJob(structuredClone(job)));

describe('search indexes made by the worker', () => {
  // 300 entities are searched name by name on the page, 6,000 through their joined names.
  for (const count of [300, 6_000]) {
    it(`answer as the page's own at ${count} entities`, async () => {
      const dataset = generated(count, count);
      const graph = await buildGraphInSlices(dataset);
      await prepareSearch(graph, dataset.entities, inProcess);
      // The worker's index is the one kept (not one the page made).
      expect(Array.isArray(searchIndexOf(dataset.entities).items)).toBe(false);
      const again = generated(count, count);
      const pageGraph = buildGraph(again);
      for (const query of QUERIES) {
        const fromWorker = searchStory(graph, dataset.entities, query, LIMITS);
        const fromPage = searchStory(pageGraph, again.entities, query, LIMITS);
        expect(fromWorker.entities).toEqual(fromPage.entities);
        expect(fromWorker.relations).toEqual(fromPage.relations);
      }
      expect(searchStory(graph, dataset.entities, 'ramon', LIMITS).entities.total).toBeGreaterThan(0);
      expect(searchStory(graph, dataset.entities, 'knows', LIMITS).relations.total).toBeGreaterThan(0);
    });
  }

  it('are made on the page when there is no worker, or it fails', async () => {
    for (const indexer of [null, () => Promise.reject(new Error('the search indexer stopped'))]) {
      const dataset = generated(300, 7);
      const graph = buildGraph(dataset);
      await prepareSearch(graph, dataset.entities, indexer);
      expect(Array.isArray(searchIndexOf(dataset.entities).items)).toBe(true);
      const [first] = searchStory(graph, dataset.entities, dataset.entities[0]!.label, LIMITS).entities.matches;
      expect(first?.matched).toBe(dataset.entities[0]!.label);
    }
  });

  it('leave a search made before their answer as it was, and the same after', async () => {
    const dataset = generated(300, 11);
    const graph = buildGraph(dataset);
    let asked: (answer: () => void) => void = () => {};
    const workerAsked = new Promise<() => void>((resolve) => (asked = resolve));
    const slow: SearchIndexer = (job) =>
      new Promise<SearchJobReply>((resolve) => asked(() => resolve(structuredClone(answerSearchJob(job)))));
    const preparing = prepareSearch(graph, dataset.entities, slow);
    const answer = await workerAsked;
    // Searched while the worker works: the page makes its indexes there and then, as without a worker.
    const before = searchStory(graph, dataset.entities, 'ramon velasquez', LIMITS);
    expect(before.entities.total).toBeGreaterThan(0);
    answer();
    await preparing;
    expect(searchStory(graph, dataset.entities, 'ramon velasquez', LIMITS)).toEqual(before);
    expect(Array.isArray(searchIndexOf(dataset.entities).items)).toBe(true);
  });
});
