// Public entry point of the format layer: detection, the parsers and writers, and parseGraphFile, which picks
// the parser from the file's content. Everything here is pure (no DOM), so it runs in Node tests and browsers.
import { ImportError } from './types';
import type { ImportedGraph } from './types';
import { detectFormat } from './detect';
import { parseCsv } from './csv';
import { parseCytoscapeJson } from './cytoscapeJson';
import { parseGexf } from './gexf';
import { parseGraphml } from './graphml';
import { requireText, toImportError } from './shared';

export * from './types';
export { detectFormat } from './detect';
export { parseGexf, writeGexf } from './gexf';
export { parseGraphml, writeGraphml } from './graphml';
export { parseCytoscapeJson, writeCytoscapeJson } from './cytoscapeJson';
export { parseCsv, inspectCsv } from './csv';
export type { CsvMapping, CsvInspection, CsvOptions } from './csv';
export { writeCsv, neutraliseCell } from './csvWrite';

/**
 * Reads any supported graph file. Throws ImportError only:
 * - 'unsupported' for this app's own project JSON (entities/relations): the caller loads those with the project
 *   loader, and can recognise the case beforehand with detectFormat(text) === 'project-json';
 * - 'unsupported' when the format cannot be recognised;
 * - whatever the chosen parser throws. A CSV file is read as an edge list with guessed columns; use inspectCsv
 *   and parseCsv directly to let the user confirm the columns or add a nodes file.
 */
export function parseGraphFile(text: string, fileName?: string): ImportedGraph {
  try {
    requireText(text);
    const format = detectFormat(text, fileName);
    switch (format) {
      case 'gexf':
        return parseGexf(text);
      case 'graphml':
        return parseGraphml(text);
      case 'cytoscape-json':
        return parseCytoscapeJson(text);
      case 'csv':
        return parseCsv(text);
      case 'project-json':
        throw new ImportError(
          'unsupported',
          'This is a project file of this app (JSON with entities and relations); open it as a project, not as a graph import.',
        );
      default:
        throw new ImportError(
          'unsupported',
          'The file format was not recognised. Supported: GEXF, GraphML, Cytoscape JSON (.cyjs or cy.json()) and CSV edge lists with a header row.',
        );
    }
  } catch (error) {
    throw toImportError(error);
  }
}
