// One line above the graph saying what just happened: a graph opened (with its warnings and a way back), a graph
// restored, or why a file could not be opened. Messages are plain text: nothing from a file is ever markup.
import type { Dispatch } from 'react';
import { lastStepOpened, type Action, type ExplorerState } from '../../state/explorer';
import './notices.css';

interface Props {
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  onUndo: () => void;
  /** Downloads the project, offered when the browser could not store the user's work. */
  onExport: () => void;
}

export function NoticeBar({ state, dispatch, onUndo, onExport }: Props) {
  const { notice } = state;
  if (!notice) return null;
  const isError = notice.kind === 'error';
  const previous = lastStepOpened(state) ? state.history.past[state.history.past.length - 1]!.slice : null;
  const previousName = previous ? (previous.origin?.name ?? previous.story?.dataset.title) : null;
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
      {notice.kind === 'warning' && notice.details && notice.details.length > 0 && (
        <ul className="notice-details">
          {notice.details.map((detail, i) => (
            <li key={i}>{detail}</li>
          ))}
        </ul>
      )}
      {notice.kind === 'warning' && notice.offerExport && (
        <button type="button" onClick={onExport} data-testid="notice-export">
          Export project
        </button>
      )}
      {notice.kind === 'opened' && previousName && (
        <button
          type="button"
          onClick={onUndo}
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
