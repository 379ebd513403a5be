// The one message a worker (or the page itself) answers to open a graph: a whole file, or a CSV with its columns.
// Kept free of Worker APIs so it runs, and is tested, in Node.
import { ImportError, type CsvOptions, type ImportErrorCode } from './formats';
import { openCsv, openGraphText, type OpenedGraph } from './openGraph';

export type OpenRequest =
  | { kind: 'file'; text: string; fileName: string }
  | { kind: 'csv'; text: string; fileName: string; options: CsvOptions };

export type OpenReply = { ok: true; opened: OpenedGraph } | { ok: false; code: ImportErrorCode; message: string };

export function answerOpenRequest(request: OpenRequest): OpenReply {
  try {
    const opened =
      request.kind === 'csv'
        ? openCsv(request.text, request.fileName, request.options)
        : openGraphText(request.text, request.fileName);
    return { ok: true, opened };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'malformed', message: `The file could not be read: ${String(error)}` };
  }
}
