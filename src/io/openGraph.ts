// Turns the text of any supported file into a validated Dataset, or into one clear error. Nothing here touches
// the screen: the caller swaps the graph in only when this has fully succeeded, so a bad file changes nothing.
import { detectFormat, ImportError, parseCsv, parseGraphFile, type CsvOptions, type FormatId, type ImportedGraph } from './formats';
import { parseJson } from './formats/json';
import { requireText, toImportError } from './formats/shared';
import { readCytoscapeJson } from './formats/cytoscapeJson';
import { datasetFromCytoscapeJson } from './fastCytoscape';
import { datasetFromImported } from './fromImported';
import { formatProblems, validateDataset } from './validate';
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

function toDataset(graph: ImportedGraph, title: string): OpenedGraph {
  const checked = validateDataset(datasetFromImported(graph, title));
  if (!checked.ok) {
    throw new ImportError('invalid-value', `The graph could not be used:\n${formatProblems(checked.problems.slice(0, 10))}`);
  }
  return { dataset: checked.dataset, format: graph.format, warnings: graph.warnings };
}

function openProjectJson(text: string): OpenedGraph {
  const json = parseJson(text, 'cytoscape-json');
  const checked = validateDataset(json);
  if (!checked.ok) {
    const more = checked.problems.length > 10 ? `\n…and ${checked.problems.length - 10} more.` : '';
    throw new ImportError('invalid-value', `This project file does not match the data format:\n${formatProblems(checked.problems.slice(0, 10))}${more}`);
  }
  return { dataset: checked.dataset, format: 'project-json', warnings: [] };
}

/** Detects the format from the content (the name only breaks ties). Throws ImportError. */
export function detectOpenedFormat(text: string, fileName: string): OpenedFormat | null {
  try {
    return detectFormat(text, fileName);
  } catch (error) {
    throw toImportError(error);
  }
}

/** Cytoscape JSON, the format big graphs usually come in, takes the one-pass route when the file is plain enough. */
function openCytoscapeJson(text: string, title: string): OpenedGraph {
  const json = parseJson(requireText(text, 'cytoscape-json'), 'cytoscape-json');
  const quick = datasetFromCytoscapeJson(json, title);
  if (quick) return { dataset: quick, format: 'cytoscape-json', warnings: [] };
  return toDataset(readCytoscapeJson(json), title);
}

/**
 * The one-pass route alone: the graph of a plain Cytoscape JSON file, or null for any other file, which then needs
 * the general path (openGraphText, which also words every error for the user). No depth scan before JSON.parse:
 * the route never descends into nested values (it hands them to the general path, which scans), and JSON.parse
 * itself is not recursive in current engines (where it is, the RangeError also ends here, in null).
 */
export function openPlainCytoscapeJson(text: string, fileName: string): OpenedGraph | null {
  try {
    if (detectOpenedFormat(text, fileName) !== 'cytoscape-json') return null;
    const dataset = datasetFromCytoscapeJson(JSON.parse(requireText(text, 'cytoscape-json')), titleFromFileName(fileName));
    return dataset && { dataset, format: 'cytoscape-json', warnings: [] };
  } catch {
    return null;
  }
}

/** Reads a whole file into a dataset. Throws ImportError, whose message is written for the user. */
export function openGraphText(text: string, fileName: string): OpenedGraph {
  try {
    const format = detectOpenedFormat(text, fileName);
    if (format === 'project-json') return openProjectJson(text);
    if (format === 'cytoscape-json') return openCytoscapeJson(text, titleFromFileName(fileName));
    return toDataset(parseGraphFile(text, fileName), titleFromFileName(fileName));
  } catch (error) {
    throw toImportError(error);
  }
}

/** Reads a CSV edge list with the columns (and optional nodes file) the user confirmed. */
export function openCsv(edgesText: string, fileName: string, options: CsvOptions): OpenedGraph {
  try {
    return toDataset(parseCsv(edgesText, options), titleFromFileName(fileName));
  } catch (error) {
    throw toImportError(error, 'csv');
  }
}
