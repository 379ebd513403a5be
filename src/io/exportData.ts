// Writes the current graph (whole, or what the filters show) in any supported format, as files to download.
// The project's JSON keeps everything (claims, sources, vocabulary); the other formats carry the model's fields
// as attributes so that Gephi, yEd, Cytoscape and spreadsheets can show and filter on them.
import { writeCsv, writeCytoscapeJson, writeGexf, writeGraphml } from './formats';
import { writeCytoscapeStyle } from './formats/cytoscapeStyle';
import { importedFromDataset, type Drawing, type Subset } from './toImported';
import type { Dataset } from '../model/schema';

import type { ExportFormat } from './exportFormats';

export { EXPORT_FORMATS, type ExportFormat } from './exportFormats';

export interface ExportedFile {
  name: string;
  text: string;
  /** With its charset: every file is UTF-8 (and says so inside too, where the format has a way). */
  mimeType: string;
}

export interface ExportOptions {
  /** With Cytoscape JSON, also a style file (name-style.json) that maps the colours and sizes in the data. */
  cytoscapeStyle?: boolean;
}

/** Spreadsheets read a CSV file as UTF-8 only when it starts with a byte-order mark; our own reader skips it. */
export const UTF8_BOM = '\uFEFF';

// JSON is UTF-8 by its standard (RFC 8259), with no byte-order mark; the XML formats declare it in their first line.
const JSON_TYPE = 'application/json;charset=utf-8';
const XML_TYPE = 'application/xml;charset=utf-8';
const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * The dataset restricted to the subset. Sources stay when a kept claim quotes them or names them in its chain,
 * and so do the sources those cite in turn, so every chain and origin count reads as before.
 */
export function datasetSubset(dataset: Dataset, subset: Subset): Dataset {
  const relations = dataset.relations.filter((r) => subset.edges.has(r.id));
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const cited = new Set<string>();
  // An explicit stack: a valid file may hold a chain of thousands of citations.
  const stack = relations.flatMap((r) => r.claims.flatMap((c) => [c.source, ...(c.via ?? [])]));
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (cited.has(id)) continue;
    cited.add(id);
    for (const c of byId.get(id)?.cites ?? []) stack.push(c);
  }
  return {
    ...dataset,
    entities: dataset.entities.filter((e) => subset.nodes.has(e.id)),
    relations,
    sources: dataset.sources.filter((s) => cited.has(s.id)),
  };
}

/**
 * Files for the dataset (or its subset). With a drawing, other formats carry positions and colours so the graph opens
 * in Gephi or Cytoscape looking as it did here; the project JSON takes the positions only (colours follow the types).
 * Without one, the project JSON round-trips exactly.
 */
export function exportData(
  dataset: Dataset,
  format: ExportFormat,
  baseName: string,
  subset?: Subset,
  drawing?: Drawing,
  options: ExportOptions = {},
): ExportedFile[] {
  if (format === 'project-json') {
    const chosen = subset ? datasetSubset(dataset, subset) : dataset;
    const positions = drawing?.positions;
    const data = positions
      ? { ...chosen, entities: chosen.entities.map((e) => ({ ...e, position: positions.get(e.id) ?? e.position })) }
      : chosen;
    return [{ name: `${baseName}.json`, text: `${JSON.stringify(data, null, 2)}\n`, mimeType: JSON_TYPE }];
  }
  const graph = importedFromDataset(dataset, subset, drawing);
  switch (format) {
    case 'gexf':
      return [{ name: `${baseName}.gexf`, text: writeGexf(graph), mimeType: XML_TYPE }];
    case 'gexf-1.2':
      // Same extension: Gephi and NetworkX tell the versions apart by the file's namespace.
      return [{ name: `${baseName}.gexf`, text: writeGexf(graph, { version: '1.2' }), mimeType: XML_TYPE }];
    case 'graphml':
      return [{ name: `${baseName}.graphml`, text: writeGraphml(graph), mimeType: XML_TYPE }];
    case 'cytoscape-json': {
      const network = { name: `${baseName}.cyjs`, text: writeCytoscapeJson(graph), mimeType: JSON_TYPE };
      if (!options.cytoscapeStyle) return [network];
      const style = writeCytoscapeStyle(graph, dataset.title);
      return [network, { name: `${baseName}-style.json`, text: style, mimeType: JSON_TYPE }];
    }
    case 'csv': {
      const { nodes, edges } = writeCsv(graph);
      return [
        { name: `${baseName}-nodes.csv`, text: UTF8_BOM + nodes, mimeType: CSV_TYPE },
        { name: `${baseName}-edges.csv`, text: UTF8_BOM + edges, mimeType: CSV_TYPE },
      ];
    }
  }
}
