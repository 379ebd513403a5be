// The line that says which metric is being computed, how far it is, and offers Cancel: shown wherever metrics
// were asked for (Appearance, an entity's details), the same everywhere.
import { METRICS, type MetricId } from '../model/metricNames';
import './appearance.css';

interface Props {
  running: { id: MetricId; fraction: number | null };
  onCancel: (id: MetricId) => void;
}

export function MetricProgress({ running, onCancel }: Props) {
  const name = METRICS[running.id].label.toLowerCase();
  return (
    <p className="metric-progress" role="status" data-testid="metric-progress">
      Computing {name}…{running.fraction !== null && ` ${Math.round(running.fraction * 100)}%`}{' '}
      {/* Named with the metric: two of these lines may be on screen at once. */}
      <button type="button" onClick={() => onCancel(running.id)} aria-label={`Cancel computing ${name}`}>
        Cancel
      </button>
    </p>
  );
}
