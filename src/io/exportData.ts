// Writes the current graph (whole, or what the filters show) in any supported format, as files to download.
// The project's JSON keeps everything (claims, sources, vocabulary); the other formats carry the model's fields
// as attributes so that Gephi, yEd, Cytoscape and spreadsheets can show and filter on them.
import { writeCsv, writeCytoscapeJson, writeGexf, writeGraphml } from './formats';
import { importedFromDataset, type Drawing, type Subset } from './toImported';
import type { Dataset } from '../model/schema';

import type { ExportFormat } from './exportFormats';

export { EXPORT_FORMATS, type ExportFormat } from './exportFormats';

export interface ExportedFile {
  name: string;
  text: string;
  mimeType: string;
}

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
): ExportedFile[] {
  if (format === 'project-json') {
    const chosen = subset ? datasetSubset(dataset, subset) : dataset;
    const positions = drawing?.positions;
    const data = positions
      ? { ...chosen, entities: chosen.entities.map((e) => ({ ...e, position: positions.get(e.id) ?? e.position })) }
      : chosen;
    return [{ name: `${baseName}.json`, text: `${JSON.stringify(data, null, 2)}\n`, mimeType: 'application/json' }];
  }
  const graph = importedFromDataset(dataset, subset, drawing);
  switch (format) {
    case 'gexf':
      return [{ name: `${baseName}.gexf`, text: writeGexf(graph), mimeType: 'application/xml' }];
    case 'graphml':
      return [{ name: `${baseName}.graphml`, text: writeGraphml(graph), mimeType: 'application/xml' }];
    case 'cytoscape-json':
      return [{ name: `${baseName}.cyjs`, text: writeCytoscapeJson(graph), mimeType: 'application/json' }];
    case 'csv': {
      const { nodes, edges } = writeCsv(graph);
      return [
        { name: `${baseName}-nodes.csv`, text: nodes, mimeType: 'text/csv' },
        { name: `${baseName}-edges.csv`, text: edges, mimeType: 'text/csv' },
      ];
    }
  }
}
