// Turns the text of any supported file into a validated Dataset, or into one clear error. Nothing here touches
// the screen: the caller swaps the graph in only when this has fully succeeded, so a bad file changes nothing.
import { ImportError, parseCsv, parseGraphFile, type CsvOptions, type ImportedGraph } from './formats';
import { assertJsonDepth, parseJson } from './formats/json';
import { requireText, toImportError } from './formats/shared';
import { readCytoscapeJson } from './formats/cytoscapeJson';
import { datasetFromCytoscapeJson } from './fastCytoscape';
import { datasetFromImported } from './fromImported';
import { formatProblems, validateDataset } from './validate';
import { detectOpenedFormat, titleFromFileName, type OpenedGraph } from './openPlain';

export {
  FORMAT_NAMES,
  detectOpenedFormat,
  openPlainCytoscapeJson,
  titleFromFileName,
  type OpenedFormat,
  type OpenedGraph,
} from './openPlain';

function toDataset(graph: ImportedGraph, title: string): OpenedGraph {
  const checked = validateDataset(datasetFromImported(graph, title));
  if (!checked.ok) {
    throw new ImportError(
      'invalid-value',
      `The graph could not be used:\n${formatProblems(checked.problems.slice(0, 10))}`,
    );
  }
  return { dataset: checked.dataset, format: graph.format, warnings: graph.warnings };
}

function openProjectJson(text: string): OpenedGraph {
  const json = parseJson(text, 'cytoscape-json');
  const checked = validateDataset(json);
  if (!checked.ok) {
    const more = checked.problems.length > 10 ? `\n…and ${checked.problems.length - 10} more.` : '';
    throw new ImportError(
      'invalid-value',
      `This project file does not match the data format:\n${formatProblems(checked.problems.slice(0, 10))}${more}`,
    );
  }
  return { dataset: checked.dataset, format: 'project-json', warnings: [] };
}

/**
 * Cytoscape JSON, the format big graphs usually come in, takes the one-pass route when the file is plain enough.
 * The depth scan waits until the general reader needs it: the one-pass route never descends into nested values
 * (see openPlain.ts), and the scan cost ~40 ms at 50k nodes.
 */
function openCytoscapeJson(text: string, title: string): OpenedGraph {
  const body = requireText(text, 'cytoscape-json');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = parseJson(body, 'cytoscape-json'); // Throws the error worded for the user (line number, depth).
  }
  const quick = datasetFromCytoscapeJson(json, title);
  if (quick) return { dataset: quick, format: 'cytoscape-json', warnings: [] };
  assertJsonDepth(body, 'cytoscape-json');
  return toDataset(readCytoscapeJson(json), title);
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
