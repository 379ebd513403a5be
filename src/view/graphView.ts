// The cytoscape renderer behind a small framework-free interface: create it on a container, feed it
// a graph, visibility and selection, and destroy it. React only holds the handle (see ui/GraphCanvas).
import cytoscape from 'cytoscape';
import type { Core, EventObject } from 'cytoscape';
import type { StoryGraph } from '../model/graph';
import type { Visibility } from '../model/filters';
import type { Neighbourhood, Selection } from '../model/selection';
import { buildStylesheet } from './stylesheet';
import { hasPositions, toElements, type ElementIds } from './elements';
import { layoutOptions, registerLayoutExtensions, type LayoutName } from './layouts';
import { exportPng, exportSvg, type ImageExportOptions } from './imageExport';
import { mark } from './marks';

export interface GraphViewCallbacks {
  /** Called when the user taps an element (or the background, with null). */
  onSelect(selection: Selection | null): void;
}

export interface GraphView {
  setGraph(graph: StoryGraph, layout: LayoutName): void;
  setVisibility(visibility: Visibility): void;
  runLayout(name: LayoutName): void;
  fit(): void;
  zoomBy(factor: number): void;
  showSelection(selection: Selection | null, neighbours: Neighbourhood, center: boolean): void;
  exportPng(options: ImageExportOptions): Promise<Blob>;
  exportSvg(options: ImageExportOptions): string;
  /** Where an element is drawn, in page pixels relative to the container (for tests and tooltips). */
  renderedPosition(id: string): { x: number; y: number } | null;
  /** Where each node is in model coordinates, by graph key: the drawing, for data export. */
  positions(): Map<string, { x: number; y: number }>;
  destroy(): void;
}

export function createGraphView(container: HTMLElement, callbacks: GraphViewCallbacks): GraphView {
  registerLayoutExtensions();
  const cy: Core = cytoscape({
    container,
    style: buildStylesheet(),
    selectionType: 'single',
    boxSelectionEnabled: false,
    minZoom: 0.05,
    maxZoom: 6,
    wheelSensitivity: 0.3,
  });
  let runningLayout: cytoscape.Layouts | null = null;
  let ids: ElementIds = { nodes: new Map(), edges: new Map() };
  let shownGraph: StoryGraph | null = null;
  const remembered = new WeakMap<StoryGraph, Map<string, { x: number; y: number }>>();
  const keyOf = (element: { data(name: string): unknown }): string => element.data('key') as string;
  const elementFor = (kind: 'entity' | 'relation', key: string) => {
    const id = (kind === 'entity' ? ids.nodes : ids.edges).get(key);
    return id === undefined ? cy.collection() : cy.getElementById(id);
  };

  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) callbacks.onSelect(null);
    else if (event.target.isNode()) callbacks.onSelect({ kind: 'entity', id: keyOf(event.target) });
    else callbacks.onSelect({ kind: 'relation', id: keyOf(event.target) });
  });

  function visibleElements() {
    return cy.elements().not('.hidden');
  }

  function runLayout(name: LayoutName, animate = true): void {
    runningLayout?.stop();
    mark('graphview:layout-start');
    try {
      runningLayout = visibleElements().layout(layoutOptions(name, animate));
      runningLayout.one('layoutstop', () => mark('graphview:layout-end'));
      runningLayout.run();
    } catch (error) {
      // A layout extension failing on an unusual graph must not take the page down: fall back to a grid.
      console.error(`The ${name} layout failed; using a grid instead.`, error);
      runningLayout = visibleElements().layout(layoutOptions('grid', false));
      runningLayout.run();
    }
  }

  return {
    setGraph(graph, layout) {
      mark('graphview:setGraph-start', { nodes: graph.order, edges: graph.size });
      runningLayout?.stop();
      // Remember where the outgoing graph's nodes were, so restoring it shows the same picture.
      if (shownGraph) {
        const positions = new Map<string, { x: number; y: number }>();
        cy.nodes().forEach((n) => {
          positions.set(keyOf(n), { ...n.position() });
        });
        remembered.set(shownGraph, positions);
      }
      shownGraph = graph;
      const known = remembered.get(graph);
      cy.batch(() => {
        cy.elements().remove();
        const built = toElements(graph);
        ids = built.ids;
        cy.add(built.elements);
        if (known) {
          cy.nodes().forEach((n) => {
            const position = known.get(keyOf(n));
            if (position) n.position(position);
          });
        }
      });
      // Positions from the file (or from an earlier visit) are a layout already: keep them and fit to the screen.
      if (known || hasPositions(graph)) cy.fit(undefined, 40);
      else runLayout(layout, false);
      mark('graphview:setGraph-end', { nodes: graph.order, edges: graph.size });
    },
    setVisibility({ nodes, edges }) {
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          n.toggleClass('hidden', !nodes.has(keyOf(n)));
        });
        cy.edges().forEach((e) => {
          e.toggleClass('hidden', !edges.has(keyOf(e)));
        });
      });
      mark('graphview:visibility');
    },
    runLayout: (name) => runLayout(name),
    fit() {
      cy.animate({ fit: { eles: visibleElements(), padding: 40 } }, { duration: 300 });
    },
    zoomBy(factor) {
      const zoom = cy.zoom() * factor;
      cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    showSelection(selection, neighbours, center) {
      cy.batch(() => {
        cy.elements().unselect().removeClass('faded neighbour');
        if (!selection) return;
        const element = elementFor(selection.kind, selection.id);
        if (element.empty()) return;
        element.select();
        cy.nodes().forEach((n) => {
          n.addClass(neighbours.nodes.has(keyOf(n)) ? 'neighbour' : 'faded');
        });
        cy.edges().forEach((e) => {
          e.addClass(neighbours.edges.has(keyOf(e)) ? 'neighbour' : 'faded');
        });
      });
      if (center && selection) {
        const element = elementFor(selection.kind, selection.id);
        if (element.nonempty()) {
          cy.stop();
          cy.animate({ center: { eles: element }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 350 });
        }
      }
    },
    exportPng: (options) => exportPng(cy, options),
    exportSvg: (options) => exportSvg(cy, options),
    renderedPosition(id) {
      const edgeId = ids.edges.get(id);
      if (edgeId !== undefined) return cy.getElementById(edgeId).edges()[0]?.renderedMidpoint() ?? null;
      const nodeId = ids.nodes.get(id);
      return nodeId === undefined ? null : (cy.getElementById(nodeId).nodes()[0]?.renderedPosition() ?? null);
    },
    positions() {
      const positions = new Map<string, { x: number; y: number }>();
      cy.nodes().forEach((n) => {
        positions.set(keyOf(n), { ...n.position() });
      });
      return positions;
    },
    destroy() {
      runningLayout?.stop();
      cy.destroy();
    },
  };
}
