// The formats data export offers, by id and label: what the export dialog lists. The writers themselves
// (exportData.ts and the format layer) are loaded when an export runs.
export type ExportFormat = 'project-json' | 'gexf' | 'graphml' | 'cytoscape-json' | 'csv';

export const EXPORT_FORMATS: { id: ExportFormat; label: string }[] = [
  { id: 'project-json', label: 'Project JSON (everything, with evidence)' },
  { id: 'gexf', label: 'GEXF (Gephi)' },
  { id: 'graphml', label: 'GraphML (yEd, Gephi, NetworkX)' },
  { id: 'cytoscape-json', label: 'Cytoscape JSON (.cyjs)' },
  { id: 'csv', label: 'CSV (nodes and edges files)' },
];
