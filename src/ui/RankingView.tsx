// "Top entities": every entity ranked by a metric, in a table sortable by name or value; a row selects the entity
// in the graph. The metric is computed when first asked for (see useMetricRunner).
import { useMemo, useState, type Dispatch } from 'react';
import type { Action, ExplorerState, Story } from '../state/explorer';
import { METRICS, METRIC_IDS, type MetricId } from '../model/metricNames';
import { formatScore } from '../model/metricReading';
import { ViewHead } from './SourcesView';
import { Explain } from './Explain';
import { METRIC_EXPLAINED } from './glossary';
import './evidence.css';
import './appearance.css';

interface Props {
  story: Story;
  state: ExplorerState;
  onCancel: (id: MetricId) => void;
  dispatch: Dispatch<Action>;
}

/** Rows listed; the rest are a sort away. */
const ROWS = 50;

type Sort = { by: 'value' | 'name'; descending: boolean };

export function RankingView({ story, state, onCancel, dispatch }: Props) {
  const { graph } = story;
  const metric = state.rankBy;
  const values = state.metrics.values.get(metric);
  const [sort, setSort] = useState<Sort>({ by: 'value', descending: true });
  const rows = useMemo(() => {
    if (!values) return [];
    const all = graph.mapNodes((key, entity) => ({ key, label: entity.label, value: values.get(key) ?? 0 }));
    const sign = sort.descending ? -1 : 1;
    all.sort(
      (a, b) =>
        sign *
        (sort.by === 'value' ? a.value - b.value || b.label.localeCompare(a.label) : a.label.localeCompare(b.label)),
    );
    return all.slice(0, ROWS);
  }, [graph, values, sort]);
  const header = (by: Sort['by'], text: string, explained?: string) => (
    <th aria-sort={sort.by === by ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="link"
        onClick={() => setSort((s) => ({ by, descending: s.by === by ? !s.descending : by === 'value' }))}
      >
        {text}
        {sort.by === by ? (sort.descending ? ' ↓' : ' ↑') : ''}
      </button>
      {explained && <Explain term={text} text={explained} />}
    </th>
  );
  const categorical = METRICS[metric].kind === 'categorical';
  return (
    <section className="evidence-view" data-testid="top-entities" aria-label="Top entities">
      <ViewHead title="Top entities" count={graph.order} dispatch={dispatch} openedBy="t" />
      <label className="field">
        Rank by{' '}
        <select
          data-testid="rank-by"
          value={metric}
          onChange={(e) => dispatch({ type: 'setRankBy', metric: e.target.value as MetricId })}
        >
          {METRIC_IDS.map((id) => (
            <option key={id} value={id} title={METRIC_EXPLAINED[id]}>
              {METRICS[id].label}
            </option>
          ))}
        </select>
      </label>
      {state.metrics.sampled.has(metric) && (
        <p className="hint">
          Estimated from {state.metrics.sampled.get(metric)!.toLocaleString('en')} sampled entities.
        </p>
      )}
      {!values ? (
        <p className="hint" role="status">
          {state.metrics.running?.id === metric
            ? `Computing ${METRICS[metric].label.toLowerCase()}…`
            : (state.metrics.message ?? 'Not computed yet.')}{' '}
          {state.metrics.running?.id === metric && (
            <button type="button" onClick={() => onCancel(metric)}>
              Cancel
            </button>
          )}
        </p>
      ) : (
        <table className="ranking" data-testid="ranking-table">
          <thead>
            <tr>
              <th>#</th>
              {header('name', 'Entity')}
              {header('value', METRICS[metric].label, METRIC_EXPLAINED[metric])}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.key}>
                <td>{i + 1}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      dispatch({ type: 'select', selection: { kind: 'entity', id: row.key }, centre: true })
                    }
                  >
                    {row.label}
                  </button>
                </td>
                <td className="number">{categorical ? row.value + 1 : formatScore(row.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {values && graph.order > ROWS && (
        <p className="hint">
          The first {ROWS} of {graph.order.toLocaleString('en')}; sort to see others.
        </p>
      )}
    </section>
  );
}
