// Which metric to compute next, one at a time through the one runner: what the drawing waits for first, then the
// "Top entities" table's, then the rest of every metric for an entity's details.
import type { MetricId } from '../model/metricNames';
import type { ExplorerState } from './explorer';

/** The details' metrics, quick ones first so most values show at once; the sampled estimates come last. */
export const DETAILS_ORDER: readonly MetricId[] = [
  'degree',
  'inDegree',
  'outDegree',
  'weightedDegree',
  'pagerank',
  'component',
  'community',
  'closeness',
  'betweenness',
];

/**
 * The metric to start next, or null. `drawingNeeds` are the metrics the appearance waits for. `automatic`: the
 * graph is small enough that every metric is computed for an entity's details once one is selected (on a big graph
 * they wait for the user's "Compute metrics"). Nothing restarts on its own after a failure or a Cancel (the message
 * says which), short of the user asking again.
 */
export function nextMetric(
  state: ExplorerState,
  drawingNeeds: readonly MetricId[],
  automatic: boolean,
): MetricId | null {
  const { metrics } = state;
  if (drawingNeeds.length > 0) return drawingNeeds[0]!;
  if (metrics.message) return null;
  if (state.panel === 'ranking' && !metrics.values.has(state.rankBy)) return state.rankBy;
  const forDetails = metrics.allRequested || (automatic && state.selection?.kind === 'entity');
  return forDetails ? (DETAILS_ORDER.find((id) => !metrics.values.has(id)) ?? null) : null;
}
