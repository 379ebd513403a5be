// An entity's network metrics in its details, each with its rank or group size and a line saying what it measures.
// A closed section after the relations: a journalist comes for who did what, and opens the measures when they help.
// On a story-sized graph they are all computed once an entity is selected; on a big one the user starts them
// ("Compute metrics"), and can cancel.
import type { Dispatch } from 'react';
import type { Action, MetricsState } from '../state/explorer';
import { MetricProgress } from './MetricProgress';
import { METRICS, METRIC_IDS, type MetricId } from '../model/metricNames';
import { readMetric } from '../model/metricReading';
import { Row } from './RelationDetails';
import { METRIC_EXPLAINED } from './glossary';
import './details.css';

interface Props {
  id: string;
  metrics: MetricsState;
  /** A metric waits to be computed: it starts in a moment, so nothing need be offered meanwhile. */
  queued: boolean;
  /** Metrics run in a worker (a big graph): progress and Cancel are worth showing. */
  inWorker: boolean;
  onCancel: (id: MetricId) => void;
  dispatch: Dispatch<Action>;
  /** Whether the section is open (closed by default, kept from one entity to the next). */
  open: boolean;
  onToggle: (open: boolean) => void;
}

export function EntityMetrics({ id, metrics, queued, inWorker, onCancel, dispatch, open, onToggle }: Props) {
  const { values, sampled, running, message } = metrics;
  const missing = METRIC_IDS.filter((metric) => !values.has(metric));
  // Between two metrics of a request nothing runs for a moment: the next one is queued, so the button stays away.
  const busy = running !== null || queued;
  return (
    <details
      className="entity-metrics"
      data-testid="entity-metrics"
      open={open}
      onToggle={(event) => onToggle(event.currentTarget.open)}
    >
      <summary>Graph measures</summary>
      <p className="hint">Where the entity sits in the web of links: how connected, how central, in which group.</p>
      {values.size > 0 && (
        <dl>
          {METRIC_IDS.filter((metric) => values.has(metric)).map((metric) => (
            <div key={metric} className="dl-row">
              <Row
                name={METRICS[metric].label}
                value={readMetric(metric, values.get(metric)!, id, sampled.get(metric))}
              />
              <dd className="metric-explained">{METRIC_EXPLAINED[metric]}</dd>
            </div>
          ))}
        </dl>
      )}
      {running && inWorker && <MetricProgress running={running} onCancel={onCancel} />}
      {!busy && missing.length > 0 && (
        <>
          {message && (
            <p className="hint" role="status" data-testid="metric-message">
              {message}
            </p>
          )}
          <p className="hint">
            {values.size === 0
              ? 'Degree, betweenness, closeness, PageRank, community and component of every entity, in the background.'
              : `Not computed yet: ${missing.map((metric) => METRICS[metric].label.toLowerCase()).join(', ')}.`}
          </p>
          <button type="button" onClick={() => dispatch({ type: 'computeMetrics' })} data-testid="compute-metrics">
            Compute metrics
          </button>
        </>
      )}
    </details>
  );
}
