// The layouts the toolbar offers, by name and label. No cytoscape here: the toolbar and the canvas renderer use
// these, and cytoscape's code is loaded only for graphs it draws (view/cytoscape/layouts.ts has its options).

export const LAYOUTS = {
  fcose: 'Force-directed',
  concentric: 'Concentric',
  hierarchical: 'Hierarchical',
  circle: 'Circle',
  grid: 'Grid',
} as const;

export type LayoutName = keyof typeof LAYOUTS;
export const LAYOUT_NAMES = Object.keys(LAYOUTS) as LayoutName[];

/** What the user is told when a worker layout ends without positions (the drawing stays as it was). */
export function layoutFailedMessage(name: LayoutName): string {
  return `The ${LAYOUTS[name].toLowerCase()} layout stopped without a result; the drawing is as it was.`;
}
