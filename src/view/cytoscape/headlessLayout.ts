// A cytoscape layout run without a screen (cytoscape's headless mode), for positions computed ahead of time: the
// bundled story ships with them (scripts/story-layout.ts), so it opens at once and looks the same on every visit.
import cytoscape from 'cytoscape';
import type { StoryGraph } from '../../model/graph';
import { buildStylesheet } from './stylesheet';
import { toElements } from './elements';
import { buildScene } from '../scene';
import { layoutOptions, registerLayoutExtensions } from './layouts';
import type { LayoutName } from '../../appearance/layouts';

/** Where the layout puts each node, by graph key, in model coordinates. */
export function headlessPositions(graph: StoryGraph, name: LayoutName): Map<string, { x: number; y: number }> {
  registerLayoutExtensions();
  const { elements } = toElements(buildScene(graph));
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(), elements });
  cy.layout(layoutOptions(name, false)).run();
  const positions = new Map<string, { x: number; y: number }>();
  cy.nodes().forEach((node) => {
    positions.set(node.data('key') as string, { ...node.position() });
  });
  cy.destroy();
  return positions;
}
