// The search indexes of a big graph made in a worker (model/searchJob.ts), one worker per graph, ended once it has
// answered so that the memory its work used goes back.
import type { SearchIndexer } from '../../model/storySearch';
import { searchJobTransfers, type SearchJob, type SearchJobReply } from '../../model/searchJob';
import { workerKind } from '../../workers/workerJobs';
import { SEARCH_WORKER_FROM_ELEMENTS } from '../../model/thresholds';

const searchWorker = workerKind<SearchJob, SearchJobReply>(
  () => new Worker(new URL('./searchIndex.worker.ts', import.meta.url), { type: 'module' }),
  { name: 'search indexer' },
);

/**
 * The worker's indexer for a graph of `elements` entities and relations, or null for a smaller one or where there are
 * no workers (the indexes are then made on the page, in slices).
 */
export function searchIndexer(elements: number): SearchIndexer | null {
  if (typeof Worker === 'undefined' || elements < SEARCH_WORKER_FROM_ELEMENTS) return null;
  return (job) => searchWorker.run(job, { transfer: searchJobTransfers(job) }).done;
}
