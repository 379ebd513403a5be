// The cytoscape renderer: every detail (curved edges, arrows, edge labels, shapes, animated layouts) for
// story-sized graphs. Big graphs always go to the canvas renderer (graphView.ts).
import cytoscape from 'cytoscape';
import type { Core, EventObject } from 'cytoscape';
import type { Renderer, RendererCallbacks } from '../renderer';
import type { Point, Viewport } from '../types';
import { linkCentre } from '../layout/layoutInput';
import { buildStylesheet, type NameScale } from './stylesheet';
import { createNameScaling } from './nameScale';
import { createCytoscapeFit } from './fit';
import { nodeData, toElements, type ElementIds } from './elements';
import { buildScene, restyleEdges, restyleScene, type Scene } from '../scene';
import { LAYOUTS, layoutFailedMessage, type LayoutName } from '../../appearance/layouts';
import { layeredPreset, layoutArrays, layoutOptions, registerLayoutExtensions } from './layouts';
import { mark } from '../marks';
import { createVisibilitySync } from './visibility';
import { createLabelDeclutter } from './labelDeclutter';
import { createNameTooltip } from './nameTooltip';
import { startForceLayout, type ForceLayoutRun, type LayoutProgress } from '../layout/workerLayout';
import type { StoryGraph } from '../../model/graph';
import { cameraFor, cameraOf, panFor } from '../../appearance/camera';
import { watchGestures, zoomWithWheel } from './gestures';
import { attachCytoscapeKeys } from './keys';
import { makeGraphSurface } from '../graphSurface';
import { createBadgeOverlay } from './badges';
import { centredOnPick, clampZoom, ZOOM_LIMITS } from '../framing';
import { DAGRE_MAX_ELEMENTS, FORCE_WORKER_PAST_NODES } from '../../model/thresholds';

export function createCytoscapeView(container: HTMLElement, callbacks: RendererCallbacks): Renderer {
  registerLayoutExtensions();
  // cytoscape draws in a surface of its own that takes the keys; the container stays the frame the name tooltip
  // and the tests' positions are measured in (the surface fills it).
  const surface = makeGraphSurface(document.createElement('div'));
  container.appendChild(surface);
  const names: NameScale = { zoom: 1 };
  const cy: Core = cytoscape({
    container: surface,
    style: buildStylesheet(names),
    selectionType: 'single',
    boxSelectionEnabled: false,
    ...ZOOM_LIMITS,
  });
  let runningLayout: cytoscape.Layouts | null = null;
  let forceRun: ForceLayoutRun | null = null;
  let highlighted = false;
  /** Whether some elements carry the faded `context` class (so a view without context must clear it). */
  let hadContext = false;
  let ids: ElementIds = { nodes: new Map(), edges: new Map() };
  /** The drawing the elements were made from (scene.ts); appearance and evidence changes restyle it, then them. */
  let scene: Scene | null = null;
  const keyOf = (element: { data(name: string): unknown }): string => element.data('key') as string;
  const visibility = createVisibilitySync(cy, keyOf);
  const elementFor = (kind: 'entity' | 'relation', key: string) => {
    const id = (kind === 'entity' ? ids.nodes : ids.edges).get(key);
    return id === undefined ? cy.collection() : cy.getElementById(id);
  };
  const nameScaling = createNameScaling(cy, names);
  const declutter = createLabelDeclutter(cy, nameScaling.sync);
  const nameTip = createNameTooltip(cy, container, declutter.isHidden);
  const badges = createBadgeOverlay(cy, container, () => scene);
  const progress = (p: LayoutProgress) => callbacks.onLayoutProgress(p);
  const viewport = (): Viewport => ({
    zoom: cy.zoom(),
    panX: cy.pan().x,
    panY: cy.pan().y,
    width: cy.width(),
    height: cy.height(),
  });

  watchGestures(cy, keyOf, callbacks);
  zoomWithWheel(cy, container);
  attachCytoscapeKeys(surface, cy, keyOf, callbacks);
  cy.on('dbltap', 'node', (event: EventObject) => callbacks.onExpand(keyOf(event.target)));
  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) callbacks.onSelect(null);
    else if (event.target.isNode()) callbacks.onSelect({ kind: 'entity', id: keyOf(event.target) });
    else callbacks.onSelect({ kind: 'relation', id: keyOf(event.target) });
  });

  const fitting = createCytoscapeFit(cy, container);
  const fitNow = fitting.fitNow;
  const fitAll = fitNow;
  const arrangeForNames = fitting.arrangeForNames;

  function stopLayouts(): boolean {
    const wasRunning = runningLayout !== null || forceRun !== null;
    runningLayout?.stop();
    runningLayout = null;
    forceRun?.cancel();
    forceRun = null;
    return wasRunning;
  }

  function runLayout(name: LayoutName, animate = true): void {
    stopLayouts();
    mark('graphview:layout-start');
    if (name === 'fcose' && cy.nodes().length > FORCE_WORKER_PAST_NODES) {
      // fcose is quadratic and runs on the main thread (7 s frozen at 1k nodes): past a few hundred nodes the force
      // layout is ForceAtlas2 in a worker instead.
      progress({ running: true, fraction: 0, cancellable: true });
      const nodes = cy.nodes();
      const { positions: start, edges } = layoutArrays(nodes, cy.edges());
      const run = startForceLayout(
        start,
        edges,
        (fraction) => progress({ running: true, fraction, cancellable: true }),
        (positions) => {
          if (forceRun !== run) return;
          forceRun = null;
          if (positions) {
            cy.batch(() => {
              nodes.forEach((n, i) => {
                n.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! });
              });
            });
            fitNow();
          }
          mark('graphview:layout-end');
          const failed = positions ? undefined : layoutFailedMessage('fcose');
          progress({ running: false, fraction: positions ? 1 : null, cancellable: false, failed });
        },
      );
      forceRun = run;
      return;
    }
    const finish = () => {
      // The layout fitted the drawing with its names at their size then; fit again as Fit does (names keep
      // their screen size, so the room for them is the padding). A force layout's shape is free, so it is also
      // arranged for the drawing and its names; a grid, circle or hierarchy keeps the shape asked for.
      if (name === 'fcose') arrangeForNames();
      fitNow();
      mark('graphview:layout-end');
      progress({ running: false, fraction: 1, cancellable: false });
    };
    progress({ running: true, fraction: null, cancellable: false });
    try {
      const motion = animate;
      const layered = name === 'hierarchical' && cy.elements().length > DAGRE_MAX_ELEMENTS;
      runningLayout = cy
        .elements()
        .layout(
          layered
            ? layeredPreset(cy.nodes(), layoutArrays(cy.nodes(), cy.edges()).edges, motion)
            : layoutOptions(name, motion),
        );
      runningLayout.one('layoutstop', finish);
      runningLayout.run();
    } catch (error) {
      // A layout extension failing on an unusual graph must not take the page down: fall back to a grid.
      console.error(`The ${name} layout failed; using a grid instead.`, error);
      runningLayout = cy.elements().layout(layoutOptions('grid', false));
      runningLayout.one('layoutstop', () => {
        mark('graphview:layout-end');
        progress({
          running: false,
          fraction: null,
          cancellable: false,
          failed: `The ${LAYOUTS[name].toLowerCase()} layout failed on this graph; it is shown on a grid instead.`,
        });
      });
      runningLayout.run();
    }
  }

  return {
    setGraph(graph: StoryGraph, layout, known, encoding) {
      mark('graphview:setGraph-start', { nodes: graph.order, edges: graph.size });
      if (stopLayouts()) progress({ running: false, fraction: null, cancellable: false });
      highlighted = false;
      // The same start as the canvas renderer's: known positions, the file's, else a spiral for the layout to spread.
      scene = buildScene(graph, known, encoding);
      const placed = scene.placed;
      cy.batch(() => {
        cy.elements().remove();
        visibility.reset();
        const built = toElements(scene!);
        ids = built.ids;
        cy.add(built.elements);
      });
      nameScaling.sync();
      declutter.schedule();
      nameTip.setFocused(null);
      // Positions from the file (or from an earlier visit) are a layout already: keep them and fit to the screen.
      if (placed) {
        // The file's positions are arranged for the drawing; an earlier drawing's (undo, a graph shown again)
        // come back exactly as they were.
        if (!known) arrangeForNames();
        fitAll();
      } else if (graph.order > FORCE_WORKER_PAST_NODES) {
        fitNow();
        runLayout(layout, false);
      } else runLayout(layout, false);
      badges.redraw();
      mark('graphview:setGraph-end', { nodes: graph.order, edges: graph.size });
    },
    setEdgeEvidence(graph, evidence) {
      if (!scene || scene.graph !== graph || !restyleEdges(scene, graph, evidence)) return;
      const drawn = scene;
      cy.batch(() => {
        visibility.allEdges().forEach((e) => {
          const j = drawn.edgeIndex.get(keyOf(e))!;
          const width = drawn.edgeStyles[drawn.edgeStyle[j]!]!.width;
          if (e.data('width') !== width) e.data('width', width);
        });
      });
    },
    setEncoding(encoding) {
      if (!scene) return;
      restyleScene(scene, encoding);
      const drawn = scene;
      cy.batch(() => {
        visibility.allNodes().forEach((n) => {
          const { color, shape, size, label } = nodeData(drawn, drawn.nodeIndex.get(keyOf(n))!);
          n.data({ color, shape, size, label });
        });
      });
      declutter.schedule();
      badges.redraw();
    },
    setVisibility(shown) {
      const context = shown.context;
      // Context elements are in the drawing too, faded by a class.
      visibility.apply(
        context
          ? { nodes: new Set([...shown.nodes, ...context.nodes]), edges: new Set([...shown.edges, ...context.edges]) }
          : shown,
      );
      if (context || hadContext) {
        cy.batch(() => {
          cy.elements('.context').removeClass('context');
          if (context)
            cy.elements()
              .filter((e) => (e.isNode() ? context.nodes : context.edges).has(keyOf(e)))
              .addClass('context');
        });
      }
      hadContext = context !== undefined;
      declutter.schedule();
      mark('graphview:visibility');
    },
    runLayout: (name) => runLayout(name),
    cancelLayout() {
      if (!stopLayouts()) return;
      mark('graphview:layout-end');
      progress({ running: false, fraction: null, cancellable: false });
    },
    fit: () => fitting.fitGliding(),
    zoomBy(factor) {
      // A press during a glide (centring on a pick, a fit) wins over it: the glide would otherwise undo the step.
      cy.stop();
      const zoom = cy.zoom() * factor;
      cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    showSelection(selection, neighbours, centre) {
      const element =
        selection && selection.kind !== 'source' ? elementFor(selection.kind, selection.id) : cy.collection();
      // A source is no element of the graph: what leans on it is highlighted without selecting anything (and with
      // nothing leaning on it alone, nothing is faded either).
      const onlyNeighbours = selection?.kind === 'source' && neighbours.edges.size > 0;
      // Nothing was highlighted and nothing is to be: skip touching every element (filters call this too).
      if (!highlighted && element.empty() && !onlyNeighbours) return;
      cy.batch(() => {
        cy.$(':selected').unselect();
        cy.elements('.faded, .neighbour').removeClass('faded neighbour');
        highlighted = false;
        if (element.empty() && !onlyNeighbours) return;
        element.select();
        const isNear = (e: cytoscape.SingularElementArgument) =>
          (e.isNode() ? neighbours.nodes : neighbours.edges).has(keyOf(e));
        const near = cy.elements().filter(isNear);
        near.addClass('neighbour');
        cy.elements().difference(near).addClass('faded');
        highlighted = true;
      });
      nameTip.setFocused(element.nodes()[0] ?? null);
      declutter.schedule();
      if (centre && element.nonempty()) {
        cy.stop();
        const { zoom, panX, panY } = centredOnPick(viewport(), centreOf(element));
        cy.animate({ zoom, pan: { x: panX, y: panY } }, { duration: 350 });
      }
    },
    renderedSize(id) {
      const nodeId = ids.nodes.get(id);
      const node = nodeId === undefined ? undefined : cy.getElementById(nodeId).nodes()[0];
      return node ? node.renderedWidth() : null;
    },
    highlightedKeys() {
      const near = cy.elements('.neighbour');
      return { nodes: near.nodes().map(keyOf), edges: near.edges().map(keyOf) };
    },
    contextKeys() {
      const faded = cy.elements('.context');
      return { nodes: faded.nodes().map(keyOf), edges: faded.edges().map(keyOf) };
    },
    renderedPosition(id) {
      const edgeId = ids.edges.get(id);
      if (edgeId !== undefined) return cy.getElementById(edgeId).edges()[0]?.renderedMidpoint() ?? null;
      const nodeId = ids.nodes.get(id);
      return nodeId === undefined ? null : (cy.getElementById(nodeId).nodes()[0]?.renderedPosition() ?? null);
    },
    drawnBadges: () => badges.drawn(),
    drawnLabels: () => declutter.drawnLabels().map((label) => ({ ...label, id: keyOf(cy.getElementById(label.id)) })),
    positions() {
      const positions = new Map<string, { x: number; y: number }>();
      visibility.allNodes().forEach((n) => {
        positions.set(keyOf(n), { ...n.position() });
      });
      return positions;
    },
    setPositions(positions) {
      if (stopLayouts()) progress({ running: false, fraction: null, cancellable: false });
      cy.batch(() => {
        visibility.allNodes().forEach((n) => {
          const p = positions.get(keyOf(n));
          if (!p) return;
          // A pinned node refuses positions while locked; this is the user's own undo, so it moves.
          const locked = n.locked();
          if (locked) n.unlock();
          n.position({ x: p.x, y: p.y });
          if (locked) n.lock();
        });
      });
      declutter.schedule();
    },
    setPinned(pinned) {
      cy.batch(() => {
        visibility.allNodes().forEach((n) => {
          const pin = pinned.has(keyOf(n));
          if (pin === n.locked()) return;
          if (pin) n.lock().addClass('pinned');
          else n.unlock().removeClass('pinned');
        });
      });
    },
    camera: () => cameraOf(cy.pan(), cy.zoom(), cy.width(), cy.height()),
    setCamera(aim, animate) {
      const camera = cameraFor(aim, cy.width(), cy.height());
      const zoom = clampZoom(camera.zoom);
      const pan = panFor({ ...camera, zoom }, cy.width(), cy.height());
      cy.stop();
      if (animate) cy.animate({ zoom, pan }, { duration: 450, easing: 'ease-in-out' });
      else cy.viewport({ zoom, pan });
    },
    viewport,
    destroy() {
      stopLayouts();
      fitting.destroy();
      nameScaling.destroy();
      declutter.destroy();
      nameTip.destroy();
      badges.destroy();
      cy.destroy();
      surface.remove();
    },
  };
}

/** A node's position, or a link's midpoint (model units). */
function centreOf(element: cytoscape.CollectionReturnValue): Point {
  const edge = element.edges()[0];
  return edge ? linkCentre(edge.source().position(), edge.target().position()) : element.nodes()[0]!.position();
}
