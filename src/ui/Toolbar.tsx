// Top bar: open a graph, search, layout choice, view controls, and image and data export.
import { useRef, useState, type Dispatch, type ReactNode, type RefObject } from 'react';
import type { Action, ExplorerState } from '../state/explorer';
import type { GraphView } from '../view/graphView';
import { LAYOUTS, LAYOUT_NAMES, type LayoutName } from '../appearance/layouts';
import { SearchBox } from './SearchBox';
import { RemoteEntitySearch } from './server/RemoteEntitySearch';
import { sourceFor } from '../state/graphSource/explore';
import type { EntityHit } from '../state/graphSource/graphSource';
import { Explain } from './Explain';
import { LAYOUT_EXPLAINED } from './glossary';
import { ExportDialog } from './ExportDialog';
import { ExportDataDialog } from './ExportDataDialog';
import { KeysButton } from './keys/KeysButton';
import { keyHint } from './keys/appKeys';
import './toolbar.css';

/** What the file picker offers; any file can still be chosen, as the format is read from the content. */
const OPENABLE = '.json,.gexf,.graphml,.xml,.cyjs,.csv,.tsv,.txt';

/** The evidence views the toolbar opens in the left sidebar (pressed again: back to the filters). */
const EVIDENCE_VIEWS = [
  { panel: 'sources', name: 'Sources', key: 's', title: 'Who cites whom, and what rests on each source' },
  { panel: 'discrepancies', name: 'Discrepancies', key: 'x', title: 'Every relation whose sources disagree' },
  {
    panel: 'chronology',
    name: 'Chronology',
    key: 'c',
    title: 'The dated relations in time order, a timeline to read or print',
  },
] as const;

interface Props {
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  viewRef: RefObject<GraphView | null>;
  onOpenFiles: (files: File[]) => void;
  /** Adds an entity found on the server to the drawing (a search-first investigation's search). */
  onAddEntity: (hit: EntityHit) => string;
  /** More controls, placed before the export buttons. */
  children?: ReactNode;
}

export function Toolbar({ state, dispatch, viewRef, onOpenFiles, onAddEntity, children }: Props) {
  const [openPopover, setOpenPopover] = useState<'image' | 'data' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const story = state.story;
  const toggle = (which: 'image' | 'data') => setOpenPopover((current) => (current === which ? null : which));
  return (
    <header className="toolbar">
      <h1 className="app-title">Story Graph Explorer</h1>
      <button
        type="button"
        onClick={() => fileInput.current?.click()}
        {...keyHint('o', 'Open a graph file (or drop one on the page)')}
        disabled={state.busy !== null}
      >
        Open…
      </button>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={OPENABLE}
        hidden
        data-testid="open-file"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Clear the input so choosing the same file again still fires a change.
          e.target.value = '';
          onOpenFiles(files);
        }}
      />
      {story && !story.remote && <SearchBox story={story} visibility={state.visibility} dispatch={dispatch} />}
      {story?.remote && (
        // Search-first: the server finds entities in the whole investigation, and a pick adds one to the drawing.
        <RemoteEntitySearch
          story={story}
          source={sourceFor(story)}
          onPick={onAddEntity}
          placeholder="Search the server…"
          label={`Search the entities of ${story.remote.investigation.title} on the server, and add one to the drawing`}
          testId="search-input"
          keyShortcut="/"
        />
      )}
      <div className="toolbar-group" role="group" aria-label="Layout">
        <label>
          Layout{' '}
          <select
            value={state.layout}
            onChange={(e) =>
              dispatch({
                type: 'setLayout',
                layout: e.target.value as LayoutName,
                before: viewRef.current?.positions(),
              })
            }
            data-testid="layout-select"
          >
            {LAYOUT_NAMES.map((name) => (
              <option key={name} value={name} title={LAYOUT_EXPLAINED[name]}>
                {LAYOUTS[name]}
              </option>
            ))}
          </select>
        </label>
        <Explain term={`the ${LAYOUTS[state.layout]} layout`} text={LAYOUT_EXPLAINED[state.layout]} />
        <button
          type="button"
          onClick={() => dispatch({ type: 'setLayout', layout: state.layout, before: viewRef.current?.positions() })}
          title="Run the layout again"
          disabled={!story}
        >
          Re-run
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label="View">
        {/* No graph yet (a huge one's preview is a picture only): nothing to fit or zoom. */}
        <button
          type="button"
          onClick={() => viewRef.current?.fit()}
          title="Fit the visible graph to the screen"
          disabled={!story}
        >
          Fit
        </button>
        <button type="button" onClick={() => viewRef.current?.zoomBy(1.25)} aria-label="Zoom in" disabled={!story}>
          +
        </button>
        <button type="button" onClick={() => viewRef.current?.zoomBy(0.8)} aria-label="Zoom out" disabled={!story}>
          −
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label="Evidence">
        {EVIDENCE_VIEWS.map(({ panel, name, key, title }) => (
          <button
            key={panel}
            type="button"
            aria-pressed={state.panel === panel}
            disabled={!story}
            onClick={() => dispatch({ type: 'showPanel', panel: state.panel === panel ? 'filters' : panel })}
            {...keyHint(key, title)}
          >
            {name}
          </button>
        ))}
      </div>
      {children}
      <div className="toolbar-group export-anchor">
        <button
          type="button"
          onClick={() => toggle('image')}
          aria-expanded={openPopover === 'image'}
          disabled={!story}
          {...keyHint('e', 'Export image…')}
        >
          Export image…
        </button>
        <button
          type="button"
          onClick={() => toggle('data')}
          aria-expanded={openPopover === 'data'}
          disabled={!story}
          {...keyHint('d', 'Export data…')}
        >
          Export data…
        </button>
        {openPopover === 'image' && story && (
          <ExportDialog state={state} viewRef={viewRef} onClose={() => setOpenPopover(null)} />
        )}
        {openPopover === 'data' && story && (
          <ExportDataDialog state={state} viewRef={viewRef} onClose={() => setOpenPopover(null)} />
        )}
      </div>
      <KeysButton presenting={state.presenting !== null} />
    </header>
  );
}
