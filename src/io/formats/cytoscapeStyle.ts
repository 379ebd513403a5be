// A Cytoscape style file written beside a .cyjs export: the style JSON that Cytoscape desktop imports (File →
// Import → Styles from File) and cytoscape.js takes as a stylesheet. It maps the data fields the network carries
// (colour, size, label, direction, evidence), so the look stays out of the elements and the user can restyle freely.
import type { ImportedGraph } from './types';

interface Rule {
  selector: string;
  css: Record<string, string | number>;
}

/** Line styles cytoscape.js draws, for the modalities our export writes (see the legend in the app). */
const MODALITY_LINES: [string, string][] = [
  ['requested', 'dashed'],
  ['organized', 'dashed'],
  ['planned', 'dotted'],
  ['rumoured', 'dotted'],
  ['denied', 'dotted'],
];

const quoted = (value: string) => JSON.stringify(value);

/** Rules for what the graph holds only: a selector on data nobody carries would only clutter the style editor. */
export function cytoscapeStyleRules(g: ImportedGraph): Rule[] {
  const rules: Rule[] = [
    {
      selector: 'node',
      css: { 'background-color': '#9ca3af', width: 20, height: 20, 'font-size': 10, 'text-valign': 'bottom' },
    },
    { selector: 'node[label]', css: { label: 'data(label)' } },
    { selector: 'node[color]', css: { 'background-color': 'data(color)' } },
    { selector: 'node[size]', css: { width: 'data(size)', height: 'data(size)' } },
    // Arrows need a curve style that draws them (the default, haystack, does not).
    { selector: 'edge', css: { 'curve-style': 'bezier', width: 1.5, 'line-color': '#9ca3af', 'font-size': 8 } },
    { selector: 'edge[?directed]', css: { 'target-arrow-shape': 'triangle', 'target-arrow-color': '#9ca3af' } },
    { selector: 'edge[label]', css: { label: 'data(label)' } },
  ];
  const edgeValues = (name: string) => new Set(g.edges.map((e) => e.attributes.get(name)));
  // Wider for more independent origins, 1 to 4 and more, as the explorer draws them.
  if ([...edgeValues('origins')].some((v) => typeof v === 'number'))
    rules.push({ selector: 'edge[origins]', css: { width: 'mapData(origins, 1, 4, 1.5, 6)' } });
  const modalities = edgeValues('modality');
  for (const [modality, line] of MODALITY_LINES)
    if (modalities.has(modality))
      rules.push({ selector: `edge[modality = ${quoted(modality)}]`, css: { 'line-style': line } });
  // Red, and as thin as a single origin whatever its origins (after the width rule, so it wins), as the explorer
  // draws it: a link its sources disagree on never looks stronger than one they agree on.
  if (edgeValues('disputed').has(true))
    rules.push({
      selector: 'edge[?disputed]',
      css: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', width: 1.5 },
    });
  return rules;
}

/** The style file: a list of named styles, as Cytoscape desktop writes and reads them. */
export function writeCytoscapeStyle(g: ImportedGraph, title: string): string {
  const style = {
    format_version: '1.0',
    generated_by: 'story-graph-explorer',
    target_cytoscapejs_version: '~3',
    title,
    style: cytoscapeStyleRules(g),
  };
  return `${JSON.stringify([style], null, 2)}\n`;
}
