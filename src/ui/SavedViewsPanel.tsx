// The saved views of this dataset, in walkthrough order: show one, move it up or down, copy its link, delete it.
import { useState, type Dispatch } from 'react';
import type { Action, SavedView } from '../state/explorer';
import { ViewHead } from './SourcesView';
import './views.css';

interface Props {
  views: readonly SavedView[];
  dispatch: Dispatch<Action>;
  onShow: (view: SavedView) => void;
  linkTo: (view: SavedView) => string;
}

export function SavedViewsPanel({ views, dispatch, onShow, linkTo }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  async function copy(view: SavedView) {
    const link = linkTo(view);
    try {
      await navigator.clipboard.writeText(link);
      setCopied(`Link to “${view.name}” copied.`);
    } catch {
      setCopied(`Copy this link to “${view.name}”: ${link}`);
    }
  }
  return (
    <section className="saved-views" aria-label="Saved views" data-testid="saved-views">
      <ViewHead title="Saved views" count={views.length} dispatch={dispatch} />
      {views.length === 0 && <p className="hint">None yet: arrange the graph and press “Save view”.</p>}
      <ol>
        {views.map((view, i) => (
          <li key={view.id}>
            <button type="button" className="link" onClick={() => onShow(view)} title="Show this view">
              {view.name}
            </button>
            {view.caption && <p className="caption">{view.caption}</p>}
            <div className="row-actions">
              <button
                type="button"
                aria-label={`Move “${view.name}” up`}
                disabled={i === 0}
                onClick={() => dispatch({ type: 'moveView', id: view.id, by: -1 })}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move “${view.name}” down`}
                disabled={i === views.length - 1}
                onClick={() => dispatch({ type: 'moveView', id: view.id, by: 1 })}
              >
                ↓
              </button>
              <button type="button" aria-label={`Copy a link to “${view.name}”`} onClick={() => void copy(view)}>
                Copy link
              </button>
              <button
                type="button"
                aria-label={`Delete “${view.name}”`}
                onClick={() => dispatch({ type: 'deleteView', id: view.id })}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p role="status" className="copy-status">
        {copied}
      </p>
    </section>
  );
}
