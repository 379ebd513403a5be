// The mini story (miniDataset.ts) with dates, for the time tests. Article A came out on 30 October 2025; article B
// on `bPublished` ("not given" by default). r1: 26 October; r2: mid-October (11–20); r3: October; r4: undated;
// r5: since September, no end. Claims: r1 A; r2 A and B; r3 B; r4 A (alleged) and B (via officials); r5 B.
import { buildGraph } from '../model/graph';
import { datasetSchema, type Relation } from '../model/schema';
import { miniDataset } from './miniDataset';

export function datedMiniStory(bPublished?: string) {
  const data = miniDataset();
  if (bPublished !== undefined) data.sources![1]!.published = bPublished;
  const dates: Record<string, Relation['date']> = {
    r1: '2025-10-26',
    r2: { from: '2025-10-11', to: '2025-10-20', text: 'mid-October 2025' },
    r3: '2025-10',
    r5: { from: '2025-09-01', text: 'since September 2025' },
  };
  for (const r of data.relations) r.date = dates[r.id];
  return buildGraph(datasetSchema.parse(data));
}
