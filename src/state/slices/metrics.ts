// Metric jobs: the values computed for the current graph, the one job running and how far it is, and why the last
// one stopped. The runner (ui) computes one metric at a time, as metricQueue.ts decides, and reports here.
import type { MetricId } from '../../model/metricNames';
import { DEFAULT_APPEARANCE } from '../../appearance/appearance';
import { sliceReducer, type Handlers } from './slice';

export interface MetricsState {
  /** Values computed for the current graph, by metric and node key. */
  values: ReadonlyMap<MetricId, ReadonlyMap<string, number>>;
  /** Metrics estimated from a sample of sources (betweenness on big graphs): how many. */
  sampled: ReadonlyMap<MetricId, number>;
  /** The metric being computed; fraction null until it reports progress. */
  running: { id: MetricId; fraction: number | null } | null;
  /** Why the last run failed, or that it was cancelled. */
  message: string | null;
  /** The user asked for every metric (an entity's details on a big graph); a stop or failure withdraws it. */
  allRequested: boolean;
}

export const NO_METRICS: MetricsState = {
  values: new Map(),
  sampled: new Map(),
  running: null,
  message: null,
  allRequested: false,
};

export type MetricsAction =
  /** Every metric, one after the other, for the details (big graphs wait for this; small ones compute them anyway). */
  | { type: 'computeMetrics' }
  | { type: 'metricStarted'; id: MetricId }
  | { type: 'metricProgress'; id: MetricId; fraction: number }
  | { type: 'metricDone'; id: MetricId; values: ReadonlyMap<string, number>; sampled?: number }
  | { type: 'metricStopped'; id: MetricId; message: string };

export const METRICS: Handlers<MetricsAction> = {
  computeMetrics: (state) => ({ ...state, metrics: { ...state.metrics, allRequested: true, message: null } }),
  metricStarted: (state, action) => ({
    ...state,
    metrics: { ...state.metrics, running: { id: action.id, fraction: null }, message: null },
  }),
  metricProgress(state, action) {
    if (state.metrics.running?.id !== action.id) return state;
    return { ...state, metrics: { ...state.metrics, running: { id: action.id, fraction: action.fraction } } };
  },
  metricDone(state, action) {
    const values = new Map(state.metrics.values).set(action.id, action.values);
    const sampled = new Map(state.metrics.sampled);
    if (action.sampled !== undefined) sampled.set(action.id, action.sampled);
    else sampled.delete(action.id);
    return { ...state, metrics: { ...state.metrics, values, sampled, running: null, message: null } };
  },
  metricStopped(state, action) {
    // A choice that waited for the metric goes back to the default, so nothing is left waiting for it.
    const needs = (choice: string) => choice === `metric:${action.id}`;
    const appearance = {
      ...state.appearance,
      sizeBy: needs(state.appearance.sizeBy) ? DEFAULT_APPEARANCE.sizeBy : state.appearance.sizeBy,
      colourBy: needs(state.appearance.colourBy) ? DEFAULT_APPEARANCE.colourBy : state.appearance.colourBy,
    };
    const metrics = { ...state.metrics, running: null, message: action.message, allRequested: false };
    return { ...state, appearance, metrics };
  },
};

export const metricsReducer = sliceReducer(METRICS);
