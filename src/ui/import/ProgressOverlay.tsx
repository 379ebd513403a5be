// Shown over the graph while a file is read or parsed, so a big import never looks like a frozen page.
import type { Busy } from '../../state/explorer';
import './notices.css';

/** `overPicture`: the graph's preview is shown (PreviewCanvas.tsx): the status keeps to the top, leaving it seen. */
export function ProgressOverlay({ busy, overPicture = false }: { busy: Busy; overPicture?: boolean }) {
  return (
    <div
      className={`progress-overlay${overPicture ? ' over-picture' : ''}`}
      role="status"
      aria-live="polite"
      data-testid="busy"
    >
      <p>{busy.message}</p>
      {busy.fraction === null ? (
        <progress aria-label={busy.message} />
      ) : (
        <progress aria-label={busy.message} max={1} value={busy.fraction} />
      )}
    </div>
  );
}
