// The formats data export offers, by id and label, and which tools read each: what the export dialog lists. The
// writers themselves (exportData.ts and the format layer) are loaded when an export runs.
export type ExportFormat = 'project-json' | 'gexf' | 'gexf-1.2' | 'graphml' | 'cytoscape-json' | 'csv';

export const EXPORT_FORMATS: { id: ExportFormat; label: string; readers: string }[] = [
  {
    id: 'project-json',
    label: 'Project JSON (everything, with evidence)',
    readers: 'This explorer: reopens as it was.',
  },
  { id: 'gexf', label: 'GEXF (Gephi)', readers: 'GEXF 1.3: Gephi 0.9 and later, Gephi Lite.' },
  {
    id: 'gexf-1.2',
    label: 'GEXF 1.2draft (NetworkX, older tools)',
    readers: 'NetworkX (read_gexf), Gephi, Gephi Lite, and tools that predate GEXF 1.3.',
  },
  { id: 'graphml', label: 'GraphML (yEd, Gephi, NetworkX)', readers: 'NetworkX, igraph, yEd, Gephi.' },
  {
    id: 'cytoscape-json',
    label: 'Cytoscape JSON (.cyjs)',
    readers: 'Cytoscape desktop and cytoscape.js; colours and sizes as data a style can map.',
  },
  { id: 'csv', label: 'CSV (nodes and edges files)', readers: 'Spreadsheets, Gephi’s spreadsheet import, pandas.' },
];
