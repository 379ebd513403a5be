// One line above the graph saying what just happened: a graph opened (with its warnings and a way back), a graph
// restored, or why a file could not be opened. Messages are plain text: nothing from a file is ever markup.
import type { Dispatch } from 'react';
import type { Action, ExplorerState } from '../../state/explorer';

export function NoticeBar({ state, dispatch }: { state: ExplorerState; dispatch: Dispatch<Action> }) {
  const { notice, previous } = state;
  if (!notice) return null;
  const isError = notice.kind === 'error';
  const previousName = previous ? (previous.origin?.name ?? previous.story.dataset.title) : null;
  return (
    <div className={`notice-bar ${isError ? 'error' : ''}`} role={isError ? 'alert' : 'status'} data-testid="notice">
      <div className="notice-text">
        {isError && <strong>Could not open the file. </strong>}
        <span className="pre-line">{notice.message}</span>
        {isError && state.story && <span> The graph on screen is unchanged.</span>}
        {notice.kind === 'opened' && notice.warnings.length > 0 && (
          <details>
            <summary>
              {notice.warnings.length} warning{notice.warnings.length === 1 ? '' : 's'}
            </summary>
            <ul>
              {notice.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
      {notice.kind !== 'error' && previousName && (
        <button
          type="button"
          onClick={() => dispatch({ type: 'restorePrevious' })}
          title={`Go back to “${previousName}” (Ctrl+Z)`}
          data-testid="restore-previous"
        >
          Restore previous graph
        </button>
      )}
      <button type="button" className="icon" aria-label="Dismiss" onClick={() => dispatch({ type: 'dismissNotice' })}>
        ×
      </button>
    </div>
  );
}
