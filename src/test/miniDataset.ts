// A small hand-made dataset for unit tests: three countries, a letter, one disputed relation. Both articles rest
// on the same documents; B also quotes officials, so r4 has two independent origins and r2 only one.
import type { DatasetInput } from '../model/schema';
import { validateDataset, type Problem } from '../io/validate';

export function miniDataset(): DatasetInput {
  return {
    title: 'Mini story',
    sources: [
      { id: 'a', kind: 'article', title: 'Article A', published: '2025-10-30', seed: 'a.txt', cites: ['docs'] },
      {
        id: 'b',
        kind: 'article',
        title: 'Article B',
        published: 'not given',
        seed: 'b.txt',
        cites: ['docs', 'officials'],
      },
      { id: 'docs', kind: 'document', title: 'Internal documents', published: 'not given' },
      { id: 'officials', kind: 'official_statement', title: 'Officials', published: 'not given' },
    ],
    entities: [
      { id: 'maduro', type: 'person', label: 'Nicolás Maduro', aliases: ['Maduro'], country: 'VE', role: 'President' },
      {
        id: 'velasquez',
        type: 'person',
        label: 'Ramón Celestino Velásquez',
        aliases: ['Ramon Celestino Velasquez'],
        country: 'VE',
      },
      { id: 'putin', type: 'person', label: 'Vladimir Putin', country: 'RU' },
      { id: 'russia', type: 'country', label: 'Russia', country: 'RU' },
      { id: 'iran', type: 'country', label: 'Iran', country: 'IR' },
      { id: 'letter', type: 'document', label: 'Letter to Putin', country: 'VE' },
      { id: 'junk', type: 'equipment', label: 'Unlinked thing' },
    ],
    relations: [
      {
        id: 'r1',
        type: 'wrote',
        source: 'maduro',
        target: 'letter',
        claims: [{ source: 'a', quote: 'Maduro sent a letter', status: 'reported' }],
      },
      {
        id: 'r2',
        type: 'carried',
        source: 'velasquez',
        target: 'letter',
        disputed: true,
        discrepancy: 'A names Velásquez; B an unnamed aide.',
        claims: [
          { source: 'a', quote: 'Velásquez delivered it', status: 'reported', via: ['docs'], version: 'Velásquez' },
          {
            source: 'b',
            quote: 'a senior aide delivered it',
            status: 'reported',
            via: ['docs'],
            version: 'an unnamed aide',
          },
        ],
      },
      {
        id: 'r3',
        type: 'addressed_to',
        source: 'letter',
        target: 'putin',
        claims: [{ source: 'b', quote: 'a letter to Putin', status: 'reported' }],
      },
      {
        id: 'r4',
        type: 'requested_aid',
        source: 'maduro',
        target: 'russia',
        claims: [
          { source: 'a', quote: 'asked Russia', status: 'alleged' },
          { source: 'b', quote: 'sought help from Russia', status: 'reported', via: ['officials'] },
        ],
      },
      {
        id: 'r5',
        type: 'requested_aid',
        source: 'velasquez',
        target: 'iran',
        claims: [{ source: 'b', quote: 'asked Iran for drones', status: 'reported' }],
      },
    ],
  };
}

/** The problems validation reports for the mini dataset after `mutate`; throws if it is accepted. */
export function problemsOf(mutate: (d: ReturnType<typeof miniDataset>) => void): Problem[] {
  const data = miniDataset();
  mutate(data);
  const result = validateDataset(data);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.problems;
}
