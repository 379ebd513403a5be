// JSON reading that cannot blow the stack: a linear scan measures nesting depth (and finds the top-level keys for
// format detection) before JSON.parse sees the text, and every failure becomes an ImportError.
import { ImportError } from './types';
import type { FormatId } from './types';

/** Far deeper than any graph file needs (Cytoscape's is 4), far shallower than what hurts a parser. */
export const MAX_JSON_DEPTH = 100;

export interface JsonOutline {
  kind: 'object' | 'array' | 'other';
  /** Greatest nesting depth of objects and arrays. */
  depth: number;
  /** Keys of the top-level object, or of the first element when the top level is an array. */
  keys: Set<string>;
  /** False when the scan stopped early (see `enough`): `depth` then covers only the text read so far. */
  complete: boolean;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * One pass over the text; keeps at most `keyLimit` keys so a huge object costs no extra memory. `enough` may end the
 * scan once the keys seen answer the caller's question: format detection need not read 100 MB to find "elements".
 */
export function outlineJson(
  text: string,
  keyLimit = 200,
  enough?: (keys: ReadonlySet<string>, firstElementDone: boolean) => boolean,
): JsonOutline {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const first = text[i];
  const kind = first === '{' ? 'object' : first === '[' ? 'array' : 'other';
  const keys = new Set<string>();
  const keyDepth = kind === 'object' ? 1 : 2;
  let depth = 0;
  let maxDepth = 0;
  let element = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
      if (depth !== keyDepth || element !== 0 || keys.size >= keyLimit) continue;
      let j = i + 1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      if (text[j] !== ':') continue;
      try {
        keys.add(JSON.parse(text.slice(start, i + 1)) as string);
      } catch {
        // A broken key: JSON.parse will report the file as malformed later.
      }
      if (enough?.(keys, false)) return { kind, depth: maxDepth, keys, complete: false };
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > maxDepth) maxDepth = depth;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
    else if (c === 44 /* , */ && depth === 1 && kind === 'array') {
      element++;
      if (element === 1 && enough?.(keys, true)) return { kind, depth: maxDepth, keys, complete: false };
    }
  }
  return { kind, depth: maxDepth, keys, complete: true };
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Throws 'too-deep' for JSON nested deeper than MAX_JSON_DEPTH, before anything recursive reads it. */
export function assertJsonDepth(text: string, format: FormatId): void {
  const { depth } = outlineJson(text, 0);
  if (depth > MAX_JSON_DEPTH) {
    throw new ImportError(
      'too-deep',
      `The JSON is nested ${depth} levels deep (the limit is ${MAX_JSON_DEPTH}); refused.`,
      { format },
    );
  }
}

/** JSON.parse behind a depth check; SyntaxError → 'malformed' with a line number, RangeError → 'too-deep'. */
export function parseJson(text: string, format: FormatId): unknown {
  assertJsonDepth(text, format);
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError)
      throw new ImportError('too-deep', 'The JSON is nested too deeply to read.', { format });
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? undefined : lineAt(text, Number(position));
    throw new ImportError(
      'malformed',
      `The file is not valid JSON${line ? ` (line ${line})` : ''}: ${message.slice(0, 200)}`,
      { format, line },
    );
  }
}
