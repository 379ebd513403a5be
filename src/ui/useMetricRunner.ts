// Starts the metric the view needs next (state/metricQueue.ts: a size or colour choice, the ranking table, an
// entity's details) when it is not computed yet, reports its progress to the state, and cancels it on request or
// when another graph opens.
import { useCallback, useEffect, useRef, type Dispatch } from 'react';
import type { Action, Story } from '../state/explorer';
import type { MetricId } from '../model/metricNames';
import { METRICS } from '../model/metricNames';
import { runMetric, type MetricRun } from '../view/metricsRunner';

export function useMetricRunner(
  story: Story | null,
  needed: MetricId | null,
  busy: boolean,
  dispatch: Dispatch<Action>,
) {
  const current = useRef<{ story: Story; run: MetricRun } | null>(null);

  // A run for a graph no longer shown is of no use (declared first: it must run before a new run starts).
  useEffect(() => {
    if (current.current && current.current.story !== story) {
      current.current.run.cancel();
      current.current = null;
    }
  }, [story]);

  useEffect(() => {
    if (!story || !needed || busy) return;
    current.current?.run.cancel();
    dispatch({ type: 'metricStarted', id: needed });
    const run = runMetric(story.graph, needed, (fraction) =>
      dispatch({ type: 'metricProgress', id: needed, fraction }),
    );
    current.current = { story, run };
    run.done.then(
      (outcome) => {
        if (current.current?.run !== run) return;
        current.current = null;
        if (outcome) dispatch({ type: 'metricDone', id: needed, values: outcome.values, sampled: outcome.sampled });
      },
      (error: unknown) => {
        if (current.current?.run !== run) return;
        current.current = null;
        const message = `${METRICS[needed].label} could not be computed: ${(error as Error).message}`;
        dispatch({ type: 'metricStopped', id: needed, message });
      },
    );
  }, [story, needed, busy, dispatch]);

  return useCallback(
    (id: MetricId) => {
      current.current?.run.cancel();
      current.current = null;
      dispatch({ type: 'metricStopped', id, message: `${METRICS[id].label} was not computed (cancelled).` });
    },
    [dispatch],
  );
}
