// The toolbar's second row of work on the view: undo and redo, a link to the view, resetting the layout, and
// saving views for a walkthrough.
import { useEffect, useRef, useState, type Dispatch } from 'react';
import { canRedo, canUndo, type Action, type ExplorerState } from '../state/explorer';
import { SaveViewDialog } from './SaveViewDialog';
import { keyHint } from './keys/appKeys';
import './toolbar.css';
import './views.css';

interface Props {
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  onUndo: () => void;
  onRedo: () => void;
  onResetLayout: () => void;
  link: () => string;
  viewParams: () => string;
}

export function ViewToolbar({ state, dispatch, onUndo, onRedo, onResetLayout, link, viewParams }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const story = state.story;
  const saveButton = useRef<HTMLButtonElement>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  // Focus goes back to the button that opened the form or the walkthrough once it closes.
  const closeSaving = () => {
    setSaving(false);
    saveButton.current?.focus();
  };
  const presenting = state.presenting !== null;
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    if (wasPresenting.current && !presenting) presentButton.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);

  async function copyLink() {
    const text = link();
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Link copied.');
    } catch {
      // No clipboard (an insecure page, a refusal): the link is shown to copy by hand.
      setCopied(`Copy this link: ${text}`);
    }
  }

  return (
    <div className="toolbar-group" role="group" aria-label="History and sharing">
      <button type="button" onClick={onUndo} disabled={!canUndo(state)} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" onClick={onRedo} disabled={!canRedo(state)} title="Redo (Ctrl+Shift+Z or Ctrl+Y)">
        Redo
      </button>
      <button
        type="button"
        onClick={onResetLayout}
        disabled={!story}
        title="Put every node back where the layout puts it, and unpin all"
      >
        Reset layout
      </button>
      <button type="button" onClick={() => void copyLink()} disabled={!story} data-testid="copy-link">
        Copy link
      </button>
      <span role="status" className="copy-status" data-testid="copy-status">
        {copied}
      </span>
      <span className="export-anchor">
        <button
          type="button"
          onClick={() => setSaving((open) => !open)}
          aria-expanded={saving}
          disabled={!story}
          ref={saveButton}
          data-testid="save-view"
        >
          Save view
        </button>
        {saving && (
          <SaveViewDialog
            count={state.savedViews.length}
            onSave={(name, caption) => {
              dispatch({ type: 'saveView', view: { id: newViewId(), name, caption, params: viewParams() } });
              closeSaving();
            }}
            onClose={closeSaving}
          />
        )}
      </span>
      <button
        type="button"
        onClick={() => dispatch({ type: 'showPanel', panel: state.panel === 'views' ? 'filters' : 'views' })}
        aria-pressed={state.panel === 'views'}
        disabled={!story}
        {...keyHint('v', 'Saved views, to show, reorder or share')}
      >
        Views ({state.savedViews.length})
      </button>
      <button
        type="button"
        onClick={() => dispatch({ type: 'present', step: 0 })}
        disabled={state.savedViews.length === 0}
        ref={presentButton}
        data-testid="present"
        {...keyHint('p', 'Step through the saved views, full screen (arrow keys, Escape to leave)')}
      >
        Present
      </button>
    </div>
  );
}

function newViewId(): string {
  return `v${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
