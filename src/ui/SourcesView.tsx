// The Sources view: every source as an indented tree of who cites whom (the articles at the top, what they
// credit beneath, down to the origins), each with what rests on it. Choosing one opens its details and
// highlights in the graph the relations that would lose all support if it were wrong.
import { useMemo, type Dispatch } from 'react';
import type { Action, Story } from '../state/explorer';
import type { Selection } from '../model/selection';
import { dependantsOf, type Dependants } from '../model/evidence';
import { fullSourceName, shortSourceName, sourceKindLabel } from './sourceLabel';
import { useReturnFocus } from './keys/useReturnFocus';
import { keyHint } from './keys/appKeys';
import { AddSourceButton } from './build/AddSourceButton';
import './filters.css';
import './details.css';
import './evidence.css';

/** How deep and how long the tree may grow before it points to the details instead. */
const MAX_DEPTH = 12;
const MAX_ROWS = 400;

interface Props {
  story: Story;
  selection: Selection | null;
  dispatch: Dispatch<Action>;
}

export function SourcesView({ story, selection, dispatch }: Props) {
  const index = story.graph.getAttribute('sourceIndex');
  const sources = story.dataset.sources;
  // Worked out for the rows drawn only: a file with thousands of sources draws a few hundred.
  const impactOf = useMemo(() => {
    const cache = new Map<string, Dependants>();
    return (id: string) => {
      let deps = cache.get(id);
      if (!deps) cache.set(id, (deps = dependantsOf(id, story.dataset.relations, index)));
      return deps;
    };
  }, [story, index]);
  // Top of the tree: sources nobody cites (the articles quoted, normally).
  const top = useMemo(() => {
    const cited = new Set(sources.flatMap((s) => s.cites));
    return sources.filter((s) => !cited.has(s.id)).map((s) => s.id);
  }, [sources]);
  const selected = selection?.kind === 'source' ? selection.id : null;
  const select = (id: string) => dispatch({ type: 'select', selection: { kind: 'source', id } });

  // A file may hold thousands of sources, or citations that fan out and meet again: the tree is cut at a depth
  // and a number of rows rather than drawn without end (each source stays reachable from its details).
  let rows = 0;
  const node = (id: string, path: readonly string[], key: string) => {
    rows++;
    const source = index.byId.get(id);
    const cites = source?.cites ?? [];
    const deps = source ? impactOf(id) : undefined;
    return (
      <li key={key}>
        <button
          type="button"
          className={`source-node${selected === id ? ' selected' : ''}`}
          aria-current={selected === id ? 'true' : undefined}
          onClick={() => select(id)}
          title={fullSourceName(source, id)}
          aria-label={[
            fullSourceName(source, id),
            source ? sourceKindLabel(source.kind) : '',
            cites.length === 0 ? 'origin' : '',
            deps ? impactText(deps) : '',
          ]
            .filter(Boolean)
            .join(', ')}
          data-source-id={id}
        >
          <span className="source-name">{shortSourceName(source, id)}</span>
          <span className="source-kind">{source ? sourceKindLabel(source.kind) : ''}</span>
          {cites.length === 0 && <span className="tag origin">origin</span>}
          {deps && <Impact deps={deps} />}
        </button>
        {cites.length > 0 && !path.includes(id) && (
          <ul>
            {path.length >= MAX_DEPTH || rows >= MAX_ROWS ? (
              <li className="muted">cites {cites.length} more; open this source to follow them</li>
            ) : (
              children(cites, [...path, id])
            )}
          </ul>
        )}
      </li>
    );
  };

  // Siblings up to the row budget, then how many were left out (one article may cite thousands of sources).
  function children(ids: readonly string[], path: readonly string[]) {
    const room = Math.max(0, MAX_ROWS - rows);
    const shown = ids.slice(0, room).map((c, i) => node(c, path, `${i}:${c}`));
    return ids.length > room
      ? [
          ...shown,
          <li key="more" className="muted">
            and {ids.length - room} more; open a source to follow its citations
          </li>,
        ]
      : shown;
  }

  return (
    <section className="evidence-view" data-testid="sources-view" aria-label="Sources">
      <ViewHead title="Sources" count={sources.length} dispatch={dispatch} />
      <AddSourceButton story={story} dispatch={dispatch} testId="add-source-in-sources" label="Add a source" />
      {sources.length === 0 ? (
        <p className="muted">This graph cites no sources.</p>
      ) : (
        <>
          <p className="hint">
            Each article, and beneath it whom it credits, down to the origins. Counts say how many claims rest on a
            source and how many relations would lose all support if it were wrong. Choose a source to see them
            highlighted.
          </p>
          <ul className="source-tree">{children(top, [])}</ul>
          {rows >= MAX_ROWS && (
            <p className="hint">The tree stops at {MAX_ROWS} rows; open a source to follow its citations.</p>
          )}
        </>
      )}
    </section>
  );
}

function impactText(deps: Dependants): string {
  const claims = [...deps.claims.values()].reduce((n, list) => n + list.length, 0);
  const alone = deps.unsupported.size;
  return `${claims} ${claims === 1 ? 'claim' : 'claims'}${alone > 0 ? ` · ${alone} ${alone === 1 ? 'relation rests' : 'relations rest'} on it alone` : ''}`;
}

function Impact({ deps }: { deps: Dependants }) {
  return <span className="count">{impactText(deps)}</span>;
}

interface ViewHeadProps {
  title: string;
  count: number;
  dispatch: Dispatch<Action>;
  /** The key of the control that opens the view, for focus to go back to when its opener was replaced. */
  openedBy?: string;
}

/**
 * The head of an evidence view: its title and the way back to the filters. When the view closes with focus inside
 * it, focus goes back to the control that opened it (a toolbar button, a link in the details), or where the opener
 * was redrawn (the filters' "Top entities by a metric…"), the control with the view's key.
 */
export function ViewHead({ title, count, dispatch, openedBy }: ViewHeadProps) {
  useReturnFocus(openedBy ? () => document.querySelector<HTMLElement>(`[aria-keyshortcuts="${openedBy}"]`) : undefined);
  return (
    <div className="filters-head">
      <h2>
        {title} <span className="count">{count}</span>
      </h2>
      <button
        type="button"
        onClick={() => dispatch({ type: 'showPanel', panel: 'filters' })}
        {...keyHint('f', 'Back to the filters')}
      >
        Back to filters
      </button>
    </div>
  );
}
