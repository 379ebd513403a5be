// Hosts the graph view (created once) and keeps it in step with the state.
import { putEntity } from '../model/edit/records';
import { knownEvidence } from '../model/timeFilter';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type Dispatch, type RefObject } from 'react';
import type { Action, ExplorerState } from '../state/explorer';
import { createGraphView, type GraphView, type LayoutProgress, type RendererChoice } from '../view/graphView';
import { LayoutProgressBar } from './LayoutProgressBar';
import { NodeMenu, type NodeMenuRequest } from './NodeMenu';
import { neighbourhood } from '../model/selection';
import type { PathResult } from '../model/paths';
import type { NodeEncoding } from '../appearance/appearance';
import type { Framing } from '../appearance/camera';
import type { TimeFilter } from '../model/timeFilter';
import './graphCanvas.css';

interface Props {
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  viewRef: RefObject<GraphView | null>;
  /** A path asked for: it is highlighted instead of the selection's neighbours. */
  pathResult: PathResult | null;
  /** How the nodes look (appearance.ts), derived from the state. */
  encoding: NodeEncoding | null;
  /** The camera came to rest (for the address bar). */
  onCamera: (framing: Framing) => void;
  /** Adds a node's neighbours (double-click, Enter, the node menu): the graph source decides how (useExplore). */
  onExpand: (id: string) => void;
}

declare global {
  interface Window {
    /** Read-only hook for browser tests: where an element is drawn, relative to the graph container. */
    __graphView?: Pick<
      GraphView,
      | 'renderedPosition'
      | 'renderer'
      | 'highlightedKeys'
      | 'contextKeys'
      | 'renderedSize'
      | 'camera'
      | 'positions'
      | 'drawnBadges'
    >;
  }
}

declare global {
  interface Window {
    /** Read-only hook for browser tests: the names and captions drawn, and where (e2e/labels.spec.ts). */
    __drawnLabels?: GraphView['drawnLabels'];
    /** Hook for the bench (bench/brush.ts): moves the time window as a brush drag does, without an undo step. */
    __setTime?: (time: TimeFilter | null) => void;
    /** Hook for the bench (bench/edit.ts): renames an entity as the editor's Save does; false when refused. */
    __editLabel?: (id: string, label: string) => boolean;
  }
}

/** How long a "known by" window must rest before the links are redrawn by the evidence out by then. */
const EDGE_EVIDENCE_REST_MS = 150;

/** `?renderer=canvas` draws story-sized graphs on the canvas too (to compare them); big graphs are always on the canvas. */
function rendererFromUrl(): RendererChoice {
  const asked = new URLSearchParams(window.location.search).get('renderer');
  return asked === 'cytoscape' || asked === 'canvas' ? asked : 'auto';
}

export function GraphCanvas({ state, dispatch, viewRef, pathResult, encoding, onCamera, onExpand }: Props) {
  /** The encoding the view last drew with, so an appearance change restyles and a new graph does not twice. */
  const drawnEncoding = useRef<NodeEncoding | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [layoutProgress, setLayoutProgress] = useState<LayoutProgress | null>(null);
  const [layoutFailure, setLayoutFailure] = useState<string | null>(null);
  const [menuAt, setMenuAt] = useState<{ id: string; at: { x: number; y: number } } | null>(null);
  const { story, visibility, selection, centreOnSelection, layout, layoutRun, placement, pinned, cameraRequest } =
    state;
  const cameraListener = useRef(onCamera);
  cameraListener.current = onCamera;
  const expandListener = useRef(onExpand);
  expandListener.current = onExpand;
  const storyRef = useRef(story);
  storyRef.current = story;

  const closeMenu = useCallback(() => setMenuAt(null), []);
  const layoutRunning = useRef(false);
  const pendingCamera = useRef<ExplorerState['cameraRequest']>(null);
  /** What a requested camera must show whole: the path, or else the selected entity (read when it is applied). */
  const keepInView = useRef<ReadonlySet<string> | undefined>(undefined);
  keepInView.current = pathResult?.found
    ? pathResult.allNodes
    : selection?.kind === 'entity'
      ? new Set([selection.id])
      : undefined;

  // Made in a layout effect, before the one below that hands it the first graph on this same commit.
  useLayoutEffect(() => {
    const view = createGraphView(
      containerRef.current!,
      {
        onSelect: (sel) => dispatch({ type: 'select', selection: sel }),
        onExpand: (id) => expandListener.current(id),
        onMoved: (move) => dispatch({ type: 'moved', ...move }),
        onCamera: (camera) => cameraListener.current(camera),
        onNodeMenu: (id, at) => setMenuAt({ id, at }),
        onLayoutProgress: (p) => {
          layoutRunning.current = p.running;
          const waiting = pendingCamera.current;
          if (!p.running && waiting) {
            pendingCamera.current = null;
            viewRef.current?.setCamera(waiting.camera, waiting.animate, keepInView.current);
          }
          setLayoutProgress(p.running ? p : null);
          setLayoutFailure(p.failed ?? null);
        },
      },
      rendererFromUrl(),
    );
    viewRef.current = view;
    // Hooks for the browser tests and the bench only: built in with `--mode test-hooks` (.env.test-hooks), and
    // left out of production builds (the condition is a constant there, so the code goes; scripts/noTestHooks.ts
    // fails a build that still carries them).
    if (import.meta.env.VITE_TEST_HOOKS) {
      window.__graphView = {
        renderedPosition: (id) => view.renderedPosition(id),
        renderer: () => view.renderer(),
        highlightedKeys: () => view.highlightedKeys(),
        contextKeys: () => view.contextKeys(),
        renderedSize: (id) => view.renderedSize(id),
        camera: () => view.camera(),
        positions: () => view.positions(),
        drawnBadges: () => view.drawnBadges(),
      };
      window.__drawnLabels = () => view.drawnLabels();
      window.__setTime = (time) => dispatch({ type: 'setTime', time, record: false });
      window.__editLabel = (id, label) => {
        const dataset = storyRef.current?.dataset;
        const entity = dataset?.entities.find((e) => e.id === id);
        const result = dataset && entity ? putEntity(dataset, { ...entity, label }) : null;
        if (result?.ok) dispatch({ type: 'edited', dataset: result.dataset, message: result.message });
        return result?.ok ?? false;
      };
    }
    return () => {
      view.destroy();
      viewRef.current = null;
      if (import.meta.env.VITE_TEST_HOOKS) {
        delete window.__graphView;
        delete window.__drawnLabels;
        delete window.__setTime;
        delete window.__editLabel;
      }
    };
  }, [dispatch, viewRef]);

  // A new story: rebuild the elements and lay them out. Layout changes are handled below. A layout effect, so the
  // drawing lands in the same frame as the panels that describe it, not in a task (and a frame) after them.
  const drawnOrder = useRef(0);
  useLayoutEffect(() => {
    if (!story) return;
    viewRef.current?.setGraph(story.graph, layout, encoding ?? undefined, story.editOf);
    drawnEncoding.current = encoding;
    // A search-first investigation that grew by several entities (an expand, a path) shows them all: the new
    // ones are placed around what they link to, often beyond the view. One entity (a search pick) is centred
    // by the selection instead.
    if (story.remote && story.editOf && story.graph.order > drawnOrder.current + 1) viewRef.current?.fit();
    drawnOrder.current = story.graph.order;
    // The "Drawing…" message (shown for big graphs) goes once the browser has painted the result.
    const frame = requestAnimationFrame(() => dispatch({ type: 'drawn' }));
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- layout changes must not rebuild the graph
  }, [story, viewRef, dispatch]);

  // Pins first: a layout run in this same commit (Reset layout) must see the pins as they are now.
  useEffect(() => {
    viewRef.current?.setPinned(pinned);
  }, [pinned, story, viewRef]);

  // Runs when a run is asked for (layoutRun), not when the name alone changes (a restored view's stored positions).
  const ranLayout = useRef(layoutRun);
  useEffect(() => {
    if (layoutRun === ranLayout.current) return;
    ranLayout.current = layoutRun;
    viewRef.current?.runLayout(layout);
  }, [layout, layoutRun, viewRef]);

  // Positions asked for by the state (undo, a stored arrangement), pins, and a camera from a link or saved view.
  useEffect(() => {
    if (placement) viewRef.current?.setPositions(placement.positions);
  }, [placement, viewRef]);
  // A camera asked for while a layout runs waits for it: the layout's closing fit would replace it.
  useEffect(() => {
    if (!cameraRequest) return;
    if (layoutRunning.current) pendingCamera.current = cameraRequest;
    else viewRef.current?.setCamera(cameraRequest.camera, cameraRequest.animate, keepInView.current);
  }, [cameraRequest, viewRef]);

  useEffect(() => {
    if (!encoding || encoding === drawnEncoding.current) return;
    drawnEncoding.current = encoding;
    viewRef.current?.setEncoding(encoding);
  }, [encoding, viewRef]);

  useEffect(() => {
    viewRef.current?.setVisibility(visibility);
  }, [visibility, story, viewRef]);

  // Under "known by", links are drawn as wide as the origins out by then; redrawn once the window rests (a 50k
  // graph's links all change width), and back to their whole evidence when the mode or the window goes.
  const time = state.filters.time;
  const knownWindow = time?.mode === 'known-by' ? time : undefined;
  const edgeEvidenceSet = useRef(false);
  useEffect(() => {
    if (!story || (!knownWindow && !edgeEvidenceSet.current)) return;
    const timer = setTimeout(() => {
      edgeEvidenceSet.current = knownWindow !== undefined;
      viewRef.current?.setEdgeEvidence(knownEvidence(story.graph, knownWindow));
    }, EDGE_EVIDENCE_REST_MS);
    return () => clearTimeout(timer);
  }, [knownWindow, story, viewRef]);

  // Highlighting restyles every element: skip it when there was no selection before and there is none now
  // (a filter change on a big graph must not pay for it).
  const highlighted = useRef(false);
  useEffect(() => {
    if (!story || (!selection && !pathResult?.found && !highlighted.current)) return;
    if (pathResult?.found && state.path) {
      highlighted.current = true;
      const onPath =
        selection && selection.kind !== 'source' ? selection : { kind: 'entity' as const, id: state.path.from };
      viewRef.current?.showSelection(
        onPath,
        { nodes: pathResult.allNodes, edges: pathResult.allEdges },
        centreOnSelection,
      );
      return;
    }
    highlighted.current = selection !== null;
    viewRef.current?.showSelection(selection, neighbourhood(story.graph, selection), centreOnSelection);
  }, [selection, centreOnSelection, story, visibility, viewRef, pathResult, state.path]);

  return (
    <>
      {/* A group, not an image: the renderer puts a focusable surface inside (view/graphSurface.ts). */}
      <div
        ref={containerRef}
        className="graph-canvas"
        data-testid="graph-canvas"
        aria-label="Graph of the story"
        role="group"
      />
      {menuAt && story?.graph.hasNode(menuAt.id) && (
        <NodeMenu
          menu={menuOf(menuAt, story.graph.getNodeAttribute(menuAt.id, 'label'), pinned.has(menuAt.id))}
          onTogglePin={() => dispatch({ type: 'togglePin', id: menuAt.id })}
          onExpand={() => onExpand(menuAt.id)}
          onSelect={() => dispatch({ type: 'select', selection: { kind: 'entity', id: menuAt.id } })}
          onClose={closeMenu}
        />
      )}
      {layoutProgress && (
        <LayoutProgressBar progress={layoutProgress} onCancel={() => viewRef.current?.cancelLayout()} />
      )}
      {layoutFailure && (
        <div className="layout-progress" role="alert" data-testid="layout-failure">
          <span>{layoutFailure}</span>
          <button type="button" onClick={() => setLayoutFailure(null)}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}

function menuOf(at: { id: string; at: { x: number; y: number } }, label: string, pinned: boolean): NodeMenuRequest {
  return { ...at, label, pinned };
}
