// The order metrics are computed in: the drawing's first, then the ranking's, then the details', and nothing
// restarts on its own after a Cancel.
import { describe, expect, it } from 'vitest';
import { explorerReducer, initialState, type Action, type ExplorerState } from './explorer';
import { datasetSchema } from '../model/schema';
import { miniDataset } from '../test/miniDataset';
import { METRIC_IDS } from '../model/metricNames';
import { DETAILS_ORDER, nextMetric } from './metricQueue';

const loaded = (): ExplorerState =>
  explorerReducer(initialState, { type: 'loaded', dataset: datasetSchema.parse(miniDataset()) });
const apply = (state: ExplorerState, ...actions: Action[]) => actions.reduce(explorerReducer, state);
const selected = () => apply(loaded(), { type: 'select', selection: { kind: 'entity', id: 'putin' } });
/** Runs the queue to its end as the runner would, returning the metrics in the order they were started. */
function drain(state: ExplorerState, automatic: boolean): string[] {
  const started: string[] = [];
  for (let id = nextMetric(state, [], automatic); id; id = nextMetric(state, [], automatic)) {
    started.push(id);
    state = apply(state, { type: 'metricStarted', id }, { type: 'metricDone', id, values: new Map() });
  }
  return started;
}

describe('metric queue', () => {
  it('lists every metric once for the details', () => {
    expect([...DETAILS_ORDER].sort()).toEqual([...METRIC_IDS].sort());
  });

  it('computes every metric once an entity is selected on a small graph, and nothing before', () => {
    expect(nextMetric(loaded(), [], true)).toBeNull();
    expect(drain(selected(), true)).toEqual(DETAILS_ORDER);
  });

  it('waits for "Compute metrics" on a big graph', () => {
    expect(nextMetric(selected(), [], false)).toBeNull();
    expect(drain(apply(selected(), { type: 'computeMetrics' }), false)).toEqual(DETAILS_ORDER);
  });

  it('puts what the drawing waits for first, then the ranking table', () => {
    const ranking = apply(
      selected(),
      { type: 'showPanel', panel: 'ranking' },
      { type: 'setRankBy', metric: 'closeness' },
    );
    expect(nextMetric(ranking, ['pagerank'], true)).toBe('pagerank');
    expect(nextMetric(ranking, [], true)).toBe('closeness');
  });

  it('stops the whole request on Cancel, keeps what was computed, and starts again when asked', () => {
    const running = apply(
      selected(),
      { type: 'computeMetrics' },
      { type: 'metricStarted', id: 'degree' },
      { type: 'metricDone', id: 'degree', values: new Map([['putin', 2]]) },
      { type: 'metricStarted', id: 'inDegree' },
    );
    const cancelled = apply(running, {
      type: 'metricStopped',
      id: 'inDegree',
      message: 'In-degree was not computed (cancelled).',
    });
    expect(cancelled.metrics.running).toBeNull();
    expect(cancelled.metrics.allRequested).toBe(false);
    expect(cancelled.metrics.values.get('degree')?.get('putin')).toBe(2);
    expect(nextMetric(cancelled, [], true)).toBeNull();
    expect(nextMetric(apply(cancelled, { type: 'computeMetrics' }), [], false)).toBe('inDegree');
  });

  it('forgets the request with the graph', () => {
    const asked = apply(selected(), { type: 'computeMetrics' });
    const reopened = apply(asked, { type: 'loaded', dataset: datasetSchema.parse(miniDataset()) });
    expect(reopened.metrics.allRequested).toBe(false);
  });
});
