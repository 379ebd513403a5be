// The explorer's frame: toolbar on top, filters left, graph in the middle, details right, counts below.
// At start-up it opens the graph named by `?data=<url>`, or else the bundled story.
import { BuildTools } from './build/BuildTools';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { explorerReducer, initialState } from '../state/explorer';
import { openAtStart, showPublishedStory } from './build/startInvestigation';
import { useInvestigationSaving } from './build/useInvestigationSaving';
import { InvestigationsPanel } from './build/InvestigationsPanel';
import type { GraphView } from '../view/graphView';
import { GraphCanvas } from './GraphCanvas';
import { Toolbar } from './Toolbar';
import { FilterPanel } from './FilterPanel';
import { DetailsPanel } from './DetailsPanel';
import { StatusBar } from './StatusBar';
import { TimeBar } from './time/TimeBar';
import { Legend } from './Legend';
import { SourcesView } from './SourcesView';
import { DiscrepanciesView } from './DiscrepanciesView';
import { ChronologyView } from './ChronologyView';
import { ConnectionsPanel } from './ConnectionsPanel';
import { findPaths } from '../model/paths';
import type { MetricId } from '../model/metricNames';
import { encodeNodes } from '../appearance/appearance';
import { AppearancePanel } from './AppearancePanel';
import { GRAPH_SURFACE_ID } from '../view/graphSurface';
import { RankingView } from './RankingView';
import { useMetricRunner } from './useMetricRunner';
import { nextMetric } from '../state/metricQueue';
import { runsInWorker } from '../view/metricsRunner';
import { useGraphImport } from './import/useGraphImport';
import { CsvMappingDialog } from './import/CsvMappingDialog';
import { NoticeBar } from './import/NoticeBar';
import { ProgressOverlay } from './import/ProgressOverlay';
import { PreviewCanvas, PreviewTimeBar } from './import/PreviewCanvas';
import { DropZone } from './import/DropZone';
import { useUndoShortcut } from './import/useUndoShortcut';
import { useViewSession } from './useViewSession';
import { ViewToolbar } from './ViewToolbar';
import { SavedViewsPanel } from './SavedViewsPanel';
import { DuplicatesPanel } from './build/DuplicatesPanel';
import { PresentOverlay } from './PresentOverlay';
import { downloadBlob, slugify } from './download';
import type { SavedView } from '../state/explorer';
import { LintPanel } from './build/lint/LintPanel';
import { LazySourceReader as SourceReader } from './build/lazyBuild';
import { TableDrawer } from './build/table/TableDrawer';
import { useExplore } from './server/useExplore';
import { LazyExpandDialog as ExpandDialog } from './server/lazyServer';
import { useSharedSync } from './server/useSharedSync';
import { SyncStatus } from './server/SyncStatus';
import { ConflictDialog } from './server/ConflictDialog';
import { SharedDetails } from './server/SharedHistory';
import { LoadedNote, SearchFirstPrompt } from './server/LoadedNote';
import { leftOutOf } from '../state/graphSource/explore';

export function App() {
  const [state, dispatch] = useReducer(explorerReducer, initialState);
  const viewRef = useRef<GraphView | null>(null);

  const { openFiles, openUrl, pendingCsv, confirmCsv, cancelCsv, preview, previewDrawn } = useGraphImport(dispatch);
  // Expanding, adding search results and paths: from memory, or from the server for a search-first investigation.
  const explore = useExplore(state, dispatch);
  const session = useViewSession(state, dispatch, viewRef);
  // Undo and redo hand over where the nodes are now, so the step can be walked back again.
  const undo = useCallback(() => dispatch({ type: 'undo', positions: viewRef.current?.positions() }), []);
  const redo = useCallback(() => dispatch({ type: 'redo', positions: viewRef.current?.positions() }), []);
  // During a walkthrough the keys step through it; undo would change the view under its caption.
  const presenting = state.presenting !== null;
  useUndoShortcut(presenting ? noop : undo, presenting ? noop : redo);
  const showSavedView = useCallback(
    (view: SavedView, animate = true) => session.applyParams(view.params, animate),
    [session],
  );
  // Leaving the walkthrough goes back to the view the user had before it.
  const beforePresent = useRef<string | null>(null);
  useEffect(() => {
    if (state.presenting !== null && beforePresent.current === null) beforePresent.current = session.viewParams();
    if (state.presenting === null && beforePresent.current !== null) {
      session.applyParams(beforePresent.current, true);
      beforePresent.current = null;
    }
    // Only entering and leaving matter, not each step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.presenting === null]);
  const exportProject = useCallback(async () => {
    if (!state.story) return;
    const { exportData } = await import('../io/exportData');
    const positions = viewRef.current?.positions();
    const [file] = exportData(
      { ...state.story.dataset, views: [...state.savedViews] },
      'project-json',
      slugify(state.story.dataset.title),
      undefined,
      positions ? { positions, colourOf: () => '' } : undefined,
    );
    if (file) downloadBlob(new Blob([file.text], { type: file.mimeType }), file.name);
  }, [state.story, state.savedViews]);

  /** Shows the bundled story; resolves once it is in the state (so a message about why can follow it). */
  const showBundledStory = useCallback(() => showPublishedStory(dispatch), []);
  const saved = useInvestigationSaving(state, dispatch);
  // A server investigation opened whole is edited together: in step with the server while it is open.
  const shared = useSharedSync(state, dispatch);

  const started = useRef(false);
  useEffect(() => {
    // Once only, even when React's development mode runs effects twice: a second load would offer itself as "previous".
    if (started.current) return;
    started.current = true;
    const dataUrl = new URLSearchParams(window.location.search).get('data');
    if (!dataUrl) {
      // The investigation open last time, else the story as published.
      void openAtStart(dispatch);
      return;
    }
    // The named graph alone is drawn (no time lost drawing the story first); if it fails, the story is shown
    // with the reason, so there is always something to explore.
    void openUrl(dataUrl).then((failure) => {
      if (failure === null) return;
      void showBundledStory().then(() => dispatch({ type: 'loadFailed', message: failure }));
    });
  }, [openUrl, showBundledStory]);

  const story = state.story;
  // Worked out once here for the panel that lists it and the drawing that highlights it.
  const pathResult = useMemo(
    () =>
      story && state.path
        ? findPaths(story.graph, state.path.from, state.path.to, state.visibility.edges, state.path)
        : null,
    [story, state.path, state.visibility],
  );
  // The one visual encoding of the nodes, for both renderers and the legend. It changes with the metrics the
  // appearance uses, not with every metric computed (the details ask for all of them; each would restyle the nodes).
  const metricOf = (choice: string) => (choice.startsWith('metric:') ? (choice.slice(7) as MetricId) : null);
  const sizeMetric = metricOf(state.appearance.sizeBy);
  const colourMetric = metricOf(state.appearance.colourBy);
  const sizeValues = sizeMetric && state.metrics.values.get(sizeMetric);
  const colourValues = colourMetric && state.metrics.values.get(colourMetric);
  const encoding = useMemo(() => {
    if (!story) return null;
    const used = new Map<MetricId, ReadonlyMap<string, number>>();
    if (sizeMetric && sizeValues) used.set(sizeMetric, sizeValues);
    if (colourMetric && colourValues) used.set(colourMetric, colourValues);
    // A search-first investigation's entities carry a "+N" badge for their relations not loaded yet.
    return encodeNodes(story.graph, state.appearance, used, story.remote ? (key) => leftOutOf(story, key) : undefined);
  }, [story, state.appearance, sizeMetric, sizeValues, colourMetric, colourValues]);
  // The metric to compute next: the drawing's, the ranking table's, then every one for an entity's details.
  const neededMetric = story ? nextMetric(state, encoding?.missing ?? [], !runsInWorker(story.graph)) : null;
  const cancelMetric = useMetricRunner(story, neededMetric, state.metrics.running !== null, dispatch);
  const showConnections =
    story !== null && (state.selection?.kind === 'entity' || state.ego !== null || state.path !== null);
  return (
    <DropZone onFiles={(files) => void openFiles(files)}>
      <div
        className={`app${state.panel === 'filters' ? '' : ' wide-left'}${state.presenting !== null ? ' presenting' : ''}`}
      >
        <SkipToGraph />
        <Toolbar
          state={state}
          dispatch={dispatch}
          viewRef={viewRef}
          onOpenFiles={(files) => void openFiles(files)}
          onAddEntity={explore.addEntity}
        >
          <ViewToolbar
            state={state}
            dispatch={dispatch}
            onUndo={undo}
            onRedo={redo}
            onResetLayout={() => dispatch({ type: 'resetLayout', before: viewRef.current?.positions() })}
            link={session.link}
            viewParams={session.viewParams}
          />
        </Toolbar>
        <aside className="sidebar left" aria-label={state.panel === 'filters' ? 'Filters' : 'Evidence'}>
          {/* Building tools head the left side: the toolbar keeps to two rows, the drawing its room. */}
          <BuildTools state={state} dispatch={dispatch} />
          {story && state.panel === 'filters' && (
            <>
              <AppearancePanel story={story} state={state} onCancel={cancelMetric} dispatch={dispatch} />
              <FilterPanel story={story} filters={state.filters} dispatch={dispatch} />
            </>
          )}
          {story && state.panel === 'sources' && (
            <SourcesView story={story} selection={state.selection} dispatch={dispatch} />
          )}
          {story && state.panel === 'discrepancies' && <DiscrepanciesView story={story} dispatch={dispatch} />}
          {story && state.panel === 'chronology' && <ChronologyView story={story} state={state} dispatch={dispatch} />}
          {story && state.panel === 'views' && (
            <SavedViewsPanel
              views={state.savedViews}
              dispatch={dispatch}
              onShow={showSavedView}
              linkTo={(view) => session.linkWith(view.params)}
            />
          )}
          {state.panel === 'investigations' && <InvestigationsPanel story={story} dispatch={dispatch} saved={saved} />}
          {story && state.panel === 'duplicates' && <DuplicatesPanel story={story} dispatch={dispatch} />}
          {story && state.panel === 'reader' && <SourceReader story={story} dispatch={dispatch} />}
          {story && state.panel === 'ranking' && (
            <RankingView story={story} state={state} onCancel={cancelMetric} dispatch={dispatch} />
          )}
          {story && state.panel === 'lint' && <LintPanel story={story} dispatch={dispatch} />}
        </aside>
        <main className="canvas-area">
          <NoticeBar state={state} dispatch={dispatch} onUndo={undo} onExport={() => void exportProject()} />
          {preview && <PreviewCanvas preview={preview} onDrawn={previewDrawn} />}
          {state.busy && <ProgressOverlay busy={state.busy} overPicture={preview !== null} />}
          {state.status.kind === 'loading' && <p className="notice">Loading the story…</p>}
          {state.status.kind === 'error' && (
            <p className="notice error" role="alert">
              {state.status.message}
            </p>
          )}
          {story && (
            <GraphCanvas
              state={state}
              dispatch={dispatch}
              viewRef={viewRef}
              pathResult={pathResult}
              encoding={encoding}
              onCamera={session.onCamera}
              onExpand={explore.expand}
            />
          )}
          {story?.remote && <SearchFirstPrompt story={story} />}
          {/* Under the drawing, where the notices over it do not cover it. */}
          {story?.remote && <LoadedNote story={story} />}
          {story?.shared && <SyncStatus state={shared.state} title={story.shared.title} />}
          {story && encoding && <Legend story={story} encoding={encoding} />}
          <TableDrawer state={state} dispatch={dispatch} />
        </main>
        {!story && preview && <PreviewTimeBar />}
        {story && (
          <TimeBar
            story={story}
            time={state.filters.time}
            viewJumps={state.viewJumps}
            dispatch={dispatch}
            positions={() => viewRef.current?.positions()}
          />
        )}
        <aside className="sidebar right" aria-label="Details">
          {story && (
            <DetailsPanel
              story={story}
              selection={state.selection}
              visibility={state.visibility}
              time={state.filters.time}
              metrics={state.metrics}
              metricQueued={neededMetric !== null}
              onCancelMetric={cancelMetric}
              pinned={state.pinned}
              dispatch={dispatch}
            />
          )}
          {story?.shared && (
            <SharedDetails story={story} selection={state.selection} revision={shared.revision} dispatch={dispatch} />
          )}
          {/* After the details: the entity and its relations answer first, following connections comes next. */}
          {story && showConnections && (
            <ConnectionsPanel
              story={story}
              state={state}
              pathResult={pathResult}
              dispatch={dispatch}
              explore={explore}
            />
          )}
        </aside>
        <StatusBar state={state} />
        {state.presenting !== null && (
          <PresentOverlay views={state.savedViews} step={state.presenting} dispatch={dispatch} onShow={showSavedView} />
        )}
        {story && explore.asking && story.graph.hasNode(explore.asking) && (
          <ExpandDialog
            story={story}
            entity={explore.asking}
            onAdd={(choice) => explore.addNeighbours(explore.asking!, choice)}
            onClose={explore.closeDialog}
          />
        )}
        {shared.conflict && (
          <ConflictDialog
            key={shared.conflict.batch.id}
            conflict={shared.conflict}
            onSettle={(chosen) => shared.settle(shared.conflict!, chosen)}
          />
        )}
        {pendingCsv && (
          <CsvMappingDialog
            pending={pendingCsv}
            onConfirm={confirmCsv}
            onCancel={() => {
              cancelCsv();
              // A CSV named by ?data= and then cancelled: show the story rather than an empty page.
              if (!story) void showBundledStory();
            }}
          />
        )}
      </div>
    </DropZone>
  );
}

const noop = () => {};

/**
 * The page's first stop for the keyboard: the drawing comes after the toolbar and the whole filter panel (some
 * 60 Tab presses on the story), so a link jumps straight to it. Shown only while focused.
 */
function SkipToGraph() {
  return (
    <a
      className="skip-link"
      href={`#${GRAPH_SURFACE_ID}`}
      onClick={(event) => {
        // Focus, not navigation: the address holds the view, and a #fragment would only clutter it.
        event.preventDefault();
        document.getElementById(GRAPH_SURFACE_ID)?.focus();
      }}
    >
      Skip to the graph drawing
    </a>
  );
}
