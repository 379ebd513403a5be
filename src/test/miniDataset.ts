// A small hand-made dataset for unit tests: three countries, a letter, one disputed relation.
import type { DatasetInput } from '../model/schema';

export function miniDataset(): DatasetInput {
  return {
    title: 'Mini story',
    sources: [
      { id: 'a', title: 'Article A', seed: 'a.txt' },
      { id: 'b', title: 'Article B', seed: 'b.txt' },
    ],
    entities: [
      { id: 'maduro', type: 'person', label: 'Nicolás Maduro', aliases: ['Maduro'], country: 'VE', role: 'President' },
      { id: 'velasquez', type: 'person', label: 'Ramón Celestino Velásquez', aliases: ['Ramon Celestino Velasquez'], country: 'VE' },
      { id: 'putin', type: 'person', label: 'Vladimir Putin', country: 'RU' },
      { id: 'russia', type: 'country', label: 'Russia', country: 'RU' },
      { id: 'iran', type: 'country', label: 'Iran', country: 'IR' },
      { id: 'letter', type: 'document', label: 'Letter to Putin', country: 'VE' },
      { id: 'junk', type: 'equipment', label: 'Unlinked thing' },
    ],
    relations: [
      { id: 'r1', type: 'wrote', source: 'maduro', target: 'letter', claims: [{ source: 'a', quote: 'Maduro sent a letter', status: 'reported' }] },
      {
        id: 'r2',
        type: 'carried',
        source: 'velasquez',
        target: 'letter',
        disputed: true,
        discrepancy: 'A names Velásquez; B an unnamed aide.',
        claims: [
          { source: 'a', quote: 'Velásquez delivered it', status: 'reported' },
          { source: 'b', quote: 'a senior aide delivered it', status: 'disputed' },
        ],
      },
      { id: 'r3', type: 'addressed_to', source: 'letter', target: 'putin', claims: [{ source: 'b', quote: 'a letter to Putin', status: 'reported' }] },
      { id: 'r4', type: 'requested_aid', source: 'maduro', target: 'russia', claims: [{ source: 'a', quote: 'asked Russia', status: 'alleged' }, { source: 'b', quote: 'sought help from Russia', status: 'reported' }] },
      { id: 'r5', type: 'requested_aid', source: 'velasquez', target: 'iran', claims: [{ source: 'b', quote: 'asked Iran for drones', status: 'reported' }] },
    ],
  };
}
