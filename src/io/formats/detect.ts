// Format detection from content (root element, JSON keys, a delimited header line); the file name only breaks
// ties. Binary files are refused here with a message naming what they seem to be.
import type { FormatId } from './types';
import { assertText } from './shared';
import { MAX_JSON_DEPTH, outlineJson } from './json';
import { ImportError } from './types';

const BY_EXTENSION: Record<string, FormatId> = {
  gexf: 'gexf',
  graphml: 'graphml',
  cyjs: 'cytoscape-json',
  csv: 'csv',
  tsv: 'csv',
};

function extensionOf(fileName: string | undefined): FormatId | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase();
  return ext !== undefined && Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
}

/** A header line with at least one delimiter and no markup or JSON punctuation at its start. */
function looksLikeCsv(body: string): boolean {
  const end = body.search(/[\r\n]/);
  const header = end < 0 ? body : body.slice(0, end);
  return /[,;\t|]/.test(header) && !/^[<{[]/.test(header);
}

/**
 * Returns the format, 'project-json' for this app's own JSON (entities/relations), or null when unknown.
 * Throws ImportError('not-text') for binary content.
 */
export function detectFormat(text: string, fileName?: string): FormatId | 'project-json' | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  assertText(body);
  const byName = extensionOf(fileName);
  const start = body.search(/\S/);
  if (start < 0) return null;
  const first = body[start];
  if (first === '<') {
    // The root element follows an optional declaration and comments; looking at the first 64 KiB is enough.
    const root = /<(?:[A-Za-z_][\w.-]*:)?(gexf|graphml)[\s>/]/.exec(body.slice(start, start + 65536));
    if (root?.[1] === 'gexf' || root?.[1] === 'graphml') return root[1];
    return byName === 'gexf' || byName === 'graphml' ? byName : null;
  }
  if (first === '{' || first === '[') {
    // A recognised Cytoscape file is decided by its first keys; its parser checks the nesting depth of the whole text.
    const { kind, keys, depth } = outlineJson(body, 200, (seen, firstElementDone) =>
      first === '{'
        ? seen.has('elements') || (seen.has('nodes') && seen.has('edges'))
        : firstElementDone && seen.has('data'),
    );
    // Nesting this deep is an attack or an accident, whatever the format: say so rather than "not recognised".
    if (depth > MAX_JSON_DEPTH)
      throw new ImportError(
        'too-deep',
        `The JSON is nested ${depth} levels deep (the limit is ${MAX_JSON_DEPTH}); refused.`,
      );
    if (kind === 'object' && keys.has('elements')) return 'cytoscape-json';
    // A bare { nodes, edges } object: cytoscape.js takes it as elements.
    if (kind === 'object' && keys.has('nodes') && keys.has('edges') && !keys.has('entities')) return 'cytoscape-json';
    if (kind === 'object' && (keys.has('entities') || keys.has('relations'))) return 'project-json';
    if (kind === 'array' && keys.has('data')) return 'cytoscape-json';
    return byName === 'cytoscape-json' ? byName : null;
  }
  if (looksLikeCsv(body.slice(start, start + 65536))) return 'csv';
  return byName ?? null;
}
