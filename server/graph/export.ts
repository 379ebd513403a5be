// Exports stream from the store a page at a time: NDJSON (one record per line, the form imports stream back) or the
// project JSON the app opens, written piece by piece so a two-million-entity investigation never sits in memory.
import type { DatasetHead, NdjsonRecord } from '../../src/io/server/wire';
import type { ExportRecord } from '../store/types';

export type ExportFormat = 'ndjson' | 'json';

export async function* exportChunks(
  records: AsyncIterable<ExportRecord>,
  head: DatasetHead,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === 'ndjson') {
    yield JSON.stringify({ dataset: head } satisfies NdjsonRecord) + '\n';
    for await (const record of records) yield JSON.stringify(record) + '\n';
    return;
  }
  const opening = JSON.stringify(head, null, 0).slice(0, -1);
  yield `${opening}${Object.keys(head).length ? ',' : ''}"sources":[`;
  let list: 'sources' | 'entities' | 'relations' = 'sources';
  let first = true;
  for await (const record of records) {
    const [key, value] = Object.entries(record)[0]!;
    const wanted = key === 'source' ? 'sources' : key === 'entity' ? 'entities' : 'relations';
    while (wanted !== list) {
      list = list === 'sources' ? 'entities' : 'relations';
      yield `],"${list}":[`;
      first = true;
    }
    yield (first ? '' : ',') + JSON.stringify(value);
    first = false;
  }
  while (list !== 'relations') {
    list = list === 'sources' ? 'entities' : 'relations';
    yield `],"${list}":[`;
  }
  yield ']}\n';
}
