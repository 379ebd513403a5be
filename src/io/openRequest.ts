// The one message a worker (or the page itself) answers to open a graph: a whole file, or a CSV with its columns.
// Kept free of Worker APIs so it runs, and is tested, in Node.
import { ImportError, type CsvOptions, type ImportErrorCode } from './formats';
import { openCsv, openGraphText, type OpenedGraph } from './openGraph';
import type { Dataset } from '../model/schema';

export type OpenRequest =
  | { kind: 'file'; text: string; fileName: string }
  | { kind: 'csv'; text: string; fileName: string; options: CsvOptions };

export type OpenReply = { ok: true; opened: OpenedGraph } | { ok: false; code: ImportErrorCode; message: string };

export function answerOpenRequest(request: OpenRequest): OpenReply {
  try {
    const opened = request.kind === 'csv' ? openCsv(request.text, request.fileName, request.options) : openGraphText(request.text, request.fileName);
    return { ok: true, opened };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'malformed', message: `The file could not be read: ${String(error)}` };
  }
}

function nullPrototype<T>(record: Record<string, T> | undefined): Record<string, T> | undefined {
  if (record === undefined) return undefined;
  const safe = Object.create(null) as Record<string, T>;
  for (const [key, value] of Object.entries(record)) safe[key] = value;
  return safe;
}

/**
 * A dataset that crossed a worker boundary comes back with ordinary objects where the schema made prototype-free
 * records (structured cloning cannot keep a null prototype). Keys such as "__proto__" are still own data; this puts
 * the records back in prototype-free objects so the rest of the app sees the same shapes as after validation.
 */
export function restoreRecords(dataset: Dataset): Dataset {
  return {
    ...dataset,
    attributes: nullPrototype(dataset.attributes),
    vocabulary: dataset.vocabulary && {
      ...dataset.vocabulary,
      entityTypes: nullPrototype(dataset.vocabulary.entityTypes),
      relationTypes: nullPrototype(dataset.vocabulary.relationTypes),
    },
    entities: dataset.entities.map((e) => (e.attributes ? { ...e, attributes: nullPrototype(e.attributes) } : e)),
    relations: dataset.relations.map((r) => (r.attributes ? { ...r, attributes: nullPrototype(r.attributes) } : r)),
  };
}
