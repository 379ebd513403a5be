// Shown while a layout runs that can take a while (a big graph's, in a worker): how far it is, and a way out.
// Cancelling keeps the drawing as it was before the layout started.
import type { LayoutProgress } from '../view/graphView';
import './graphCanvas.css';

interface Props {
  progress: LayoutProgress;
  onCancel: () => void;
}

export function LayoutProgressBar({ progress, onCancel }: Props) {
  if (!progress.cancellable) return null;
  const percent = progress.fraction === null ? null : Math.round(progress.fraction * 100);
  return (
    <div className="layout-progress" role="status" data-testid="layout-progress">
      <span>Laying out the graph{percent === null ? '…' : ` · ${percent}%`}</span>
      <progress max={100} value={percent ?? undefined} aria-label="Layout progress" />
      <button type="button" onClick={onCancel}>
        Cancel layout
      </button>
    </div>
  );
}
