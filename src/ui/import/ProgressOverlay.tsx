// Shown over the graph while a file is read or parsed, so a big import never looks like a frozen page.
import type { Busy } from '../../state/explorer';
import './notices.css';

export function ProgressOverlay({ busy }: { busy: Busy }) {
  return (
    <div className="progress-overlay" role="status" aria-live="polite" data-testid="busy">
      <p>{busy.message}</p>
      {busy.fraction === null ? (
        <progress aria-label={busy.message} />
      ) : (
        <progress aria-label={busy.message} max={1} value={busy.fraction} />
      )}
    </div>
  );
}
