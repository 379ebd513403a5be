// Whether a shared investigation is in step with the server: live, sending, offline with edits waiting, or held by a
// conflict to settle. Said in words, and announced to screen readers as it changes.
import type { SyncState } from '../../state/shared/sharedSync';

const waitingText = (n: number) => (n === 1 ? '1 change waits' : `${n} changes wait`);

export function SyncStatus({ state, title }: { state: SyncState | null; title: string }) {
  if (!state || state.kind === 'stopped') return null;
  let text: string;
  let kind = state.kind;
  switch (state.kind) {
    case 'starting':
      text = `Connecting ${title} to the server…`;
      break;
    case 'live':
      text =
        state.waiting > 0
          ? `Saving to the server: ${waitingText(state.waiting)}.`
          : `Shared on the server: your edits are saved, and others’ show here as they make them.`;
      break;
    case 'offline':
      text = `Offline: ${state.message} You can keep working; ${
        state.waiting ? `${waitingText(state.waiting)} to be sent` : 'edits will be sent'
      } when the server is back.`;
      break;
    case 'conflict':
      text = 'Someone changed what you edited: choose what to keep.';
      kind = 'conflict';
      break;
  }
  return (
    <p className={`sync-status ${kind}`} data-testid="sync-status" data-state={state.kind} role="status">
      {text}
    </p>
  );
}
