// One import, whatever the format: NDJSON (our streaming form, one record per line) is read line by line and never
// held whole; the other formats the app reads (project JSON, GEXF, GraphML, Cytoscape JSON, CSV) go through the
// app's own readers (io/openGraph.ts), so a file the app refuses is refused here with the same words. Either way the
// records reach the store through RecordFeed, and a failed import leaves the store as it was.
import { openGraphText } from '../../src/io/openGraph';
import { ImportError } from '../../src/io/formats/types';
import type { Dataset } from '../../src/model/schema';
import type { ImportResponse } from '../../src/io/server/wire';
import { ApiError } from '../graph/errors';
import type { Store } from '../store/types';
import { RecordFeed, type Progress } from './feed';
import { lineBatchesOf } from './lines';
import { recordText } from './recordText';
import { entityLine } from './entityLine';
import { relationLine } from './relationLine';

/** Formats read whole are held in memory to be parsed, so their size is capped well below the upload limit. */
export const MAX_WHOLE_FILE_BYTES = 64 * 1024 * 1024;
/** A source's stored text may hold 2 million characters; a line holds one record. */
export const MAX_LINE_CHARS = 8 * 1024 * 1024;
const NDJSON_KEYS = new Set(['dataset', 'source', 'entity', 'relation', 'change']);

export interface ImportOptions {
  fileName: string;
  title?: string;
  onProgress?: (progress: Progress & { bytes: number }) => void;
}

/** The first chunks of a stream, and the stream again from its start. */
async function peek(stream: AsyncIterable<Buffer>, bytes: number) {
  const iterator = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    size += next.value.byteLength;
  }
  async function* again(): AsyncGenerator<Buffer> {
    yield* head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { start: Buffer.concat(head).toString('utf8'), rest: again() };
}

function looksLikeNdjson(start: string): boolean {
  const first = start.trimStart().split('\n', 1)[0]!.trim();
  if (!first.startsWith('{')) return false;
  try {
    const value = JSON.parse(first) as object;
    const keys = Object.keys(value);
    return keys.length === 1 && NDJSON_KEYS.has(keys[0]!);
  } catch {
    return false;
  }
}

/** The longest the importer works before letting other requests have a turn (ms). */
const TURN = 10;
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

async function feedNdjson(feed: RecordFeed, stream: AsyncIterable<Buffer>, options: ImportOptions): Promise<void> {
  let bytes = 0;
  let reported = 0;
  let turn = performance.now();
  for await (const { lines, first } of lineBatchesOf(stream, MAX_LINE_CHARS, (n) => (bytes += n))) {
    for (let i = 0; i < lines.length; i++) {
      const handed = feedLine(feed, lines[i]!, first + i);
      if (handed) await handed;
      // A stream with data waiting resolves at once, without a turn of the event loop: give one now and then.
      if ((i & 255) === 255 && performance.now() - turn > TURN) {
        await pause();
        turn = performance.now();
      }
    }
    const number = first + lines.length - 1;
    if (number - reported >= 50_000) {
      reported = number;
      options.onProgress?.({ ...feed.counts, bytes });
    }
  }
}

const isBlank = (line: string) => line.length === 0 || (line.charCodeAt(0) <= 32 && line.trim() === '');

/** One NDJSON line to the feed; a promise when the feed handed a batch to the store. */
function feedLine(feed: RecordFeed, line: string, number: number): Promise<void> | undefined {
  const relation = relationLine(line);
  if (relation) return feed.record('relation', relation.value, number, relation.text);
  const entity = entityLine(line);
  if (entity) return feed.record('entity', entity.value, number, entity.text);
  if (isBlank(line)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ApiError(400, 'invalid-file', `Line ${number} is not valid JSON.`, number);
  }
  const keys = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  const key = keys.length === 1 ? keys[0]! : '';
  if (!NDJSON_KEYS.has(key)) {
    throw new ApiError(
      400,
      'invalid-file',
      `Line ${number}: each line holds one object with one key: dataset, source, entity, relation or change.`,
      number,
    );
  }
  const record = (value as Record<string, unknown>)[key];
  // A project exported with its history: an import starts a history of its own, so the old one is not replayed.
  if (key === 'change') return undefined;
  if (key !== 'dataset') return feed.record(key as 'source' | 'entity' | 'relation', record, number, recordText(line));
  if (number !== 1 && feed.counts.entities + feed.counts.relations > 0) {
    throw new ApiError(400, 'invalid-file', `Line ${number}: the dataset line comes first, once.`, number);
  }
  return feed.head(record, number);
}

async function readWhole(stream: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.byteLength;
    if (size > MAX_WHOLE_FILE_BYTES) {
      throw new ApiError(
        413,
        'too-large',
        `Files over ${MAX_WHOLE_FILE_BYTES / 1024 / 1024} MB are read only as NDJSON (one record per line), which streams; export the graph as NDJSON and send that.`,
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function feedDataset(feed: RecordFeed, dataset: Dataset): Promise<void> {
  const { sources, entities, relations, ...head } = dataset;
  await feed.head(head, 1);
  for (const source of sources) await feed.record('source', source, 0);
  for (const entity of entities) await feed.record('entity', entity, 0);
  for (const relation of relations) await feed.record('relation', relation, 0);
}

export async function importStream(
  store: Store,
  stream: AsyncIterable<Buffer>,
  options: ImportOptions,
): Promise<ImportResponse> {
  const feed = new RecordFeed(store, options.title, (counts) => options.onProgress?.({ ...counts, bytes: 0 }));
  try {
    const { start, rest } = await peek(stream, 64 * 1024);
    if (start.trim() === '') throw new ApiError(400, 'invalid-file', 'The file is empty.');
    if (looksLikeNdjson(start)) {
      await feedNdjson(feed, rest, options);
    } else {
      const text = await readWhole(rest);
      let opened;
      try {
        opened = openGraphText(text, options.fileName);
      } catch (error) {
        if (error instanceof ImportError) {
          const status = error.code === 'too-large' ? 413 : 400;
          throw new ApiError(status, error.code, error.message, error.details?.line);
        }
        throw error;
      }
      feed.warnings.push(...opened.warnings);
      await feedDataset(feed, opened.dataset);
    }
    return await feed.finish();
  } catch (error) {
    await feed.abort();
    throw error;
  }
}
