// The walkthrough: the saved views one after another, full screen, each with its name and caption. Arrow keys (and
// the buttons) step; Escape leaves. Each step glides the camera to the view (see GraphCanvas / setCamera).
import { useEffect, useRef, type Dispatch } from 'react';
import type { Action, SavedView } from '../state/explorer';
import './views.css';

interface Props {
  views: readonly SavedView[];
  step: number;
  dispatch: Dispatch<Action>;
  onShow: (view: SavedView) => void;
}

export function PresentOverlay({ views, step, dispatch, onShow }: Props) {
  const view = views[step];
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (view) onShow(view);
    // Only a new step shows a view; onShow changes with every state change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view?.id, step]);

  useEffect(() => {
    panel.current?.focus();
    // Full screen where the browser allows it; the overlay already fills the window where it does not.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    const leaveWithFullscreen = () => {
      if (!document.fullscreenElement) dispatch({ type: 'present', step: null });
    };
    document.addEventListener('fullscreenchange', leaveWithFullscreen);
    return () => {
      document.removeEventListener('fullscreenchange', leaveWithFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [dispatch]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const moves: Record<string, number> = {
        ArrowRight: 1,
        ArrowDown: 1,
        PageDown: 1,
        ' ': 1,
        ArrowLeft: -1,
        ArrowUp: -1,
        PageUp: -1,
      };
      if (event.key === 'Escape') dispatch({ type: 'present', step: null });
      // A key the focused drawing has used (arrows pan it) does not also step: Page keys and Space still do.
      else if (event.defaultPrevented) return;
      else if (event.key in moves) dispatch({ type: 'present', step: step + moves[event.key]! });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch, step]);

  if (!view) return null;
  return (
    <div
      className="present-caption"
      role="region"
      aria-label="Walkthrough"
      tabIndex={-1}
      ref={panel}
      data-testid="present-caption"
    >
      <p className="present-step" aria-live="polite">
        Step {step + 1} of {views.length}
      </p>
      <h2>{view.name}</h2>
      {view.caption && <p>{view.caption}</p>}
      <div className="row-actions">
        <button type="button" onClick={() => dispatch({ type: 'present', step: step - 1 })} disabled={step === 0}>
          Previous
        </button>
        <button
          type="button"
          onClick={() => dispatch({ type: 'present', step: step + 1 })}
          disabled={step === views.length - 1}
        >
          Next
        </button>
        <button type="button" onClick={() => dispatch({ type: 'present', step: null })}>
          Leave
        </button>
      </div>
    </div>
  );
}
