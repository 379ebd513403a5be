// What opening a graph needs before the general readers: format names, titles, detection, and the one-pass route for
// plain Cytoscape JSON (fastCytoscape.ts). None of it needs zod or the format parsers, so the page starts without
// their code (~50 ms of every start-up on the project's machine); the rest (openGraph.ts) is loaded when used.
import { detectFormat } from './formats/detect';
import { requireText, toImportError } from './formats/shared';
import type { FormatId } from './formats/types';
import { datasetFromCytoscapeJson } from './fastCytoscape';
import type { Dataset } from '../model/schema';

export type OpenedFormat = FormatId | 'project-json';

export const FORMAT_NAMES: Record<OpenedFormat, string> = {
  'project-json': 'project JSON',
  gexf: 'GEXF',
  graphml: 'GraphML',
  'cytoscape-json': 'Cytoscape JSON',
  csv: 'CSV',
};

export interface OpenedGraph {
  dataset: Dataset;
  format: OpenedFormat;
  warnings: string[];
}

/** The title shown for an imported graph: the file's name without its extension. */
export function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[A-Za-z0-9]{1,8}$/, '').trim() || 'Imported graph';
}

/** Detects the format from the content (the name only breaks ties). Throws ImportError. */
export function detectOpenedFormat(text: string, fileName: string): OpenedFormat | null {
  try {
    return detectFormat(text, fileName);
  } catch (error) {
    throw toImportError(error);
  }
}

/**
 * The one-pass route alone: the graph of a plain Cytoscape JSON file, or null for any other file, which then needs
 * the general path (openGraphText, which also words every error for the user). No depth scan before JSON.parse:
 * the route never descends into nested values (it hands them to the general path, which scans), and JSON.parse
 * itself is not recursive in current engines (where it is, the RangeError also ends here, in null).
 */
export function openPlainCytoscapeJson(text: string, fileName: string): OpenedGraph | null {
  const json = parsedPlainCytoscapeJson(text, fileName);
  return json === null ? null : recordsOf(json, fileName);
}

/**
 * The same route, with a turn for the page between parsing and making the records: from a couple of megabytes (10,000
 * nodes) the two together held the page for 170–200 ms, one task, where each alone takes about half.
 */
export async function openPlainCytoscapeJsonInTurns(text: string, fileName: string): Promise<OpenedGraph | null> {
  const json = parsedPlainCytoscapeJson(text, fileName);
  if (json === null) return null;
  await new Promise((resolve) => setTimeout(resolve, 0));
  return recordsOf(json, fileName);
}

function parsedPlainCytoscapeJson(text: string, fileName: string): unknown {
  try {
    if (detectOpenedFormat(text, fileName) !== 'cytoscape-json') return null;
    return JSON.parse(requireText(text, 'cytoscape-json')) as unknown;
  } catch {
    return null;
  }
}

function recordsOf(json: unknown, fileName: string): OpenedGraph | null {
  try {
    const dataset = datasetFromCytoscapeJson(json, titleFromFileName(fileName));
    return dataset && { dataset, format: 'cytoscape-json', warnings: [] };
  } catch {
    return null;
  }
}
