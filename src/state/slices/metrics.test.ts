import { describe, expect, it } from 'vitest';
import { DEFAULT_APPEARANCE } from '../../appearance/appearance';
import { after, openMini } from '../../test/explorerStates';
import { metricsReducer, NO_METRICS } from './metrics';

const degrees = new Map([
  ['maduro', 2],
  ['iran', 1],
]);

describe('computeMetrics', () => {
  it('asks for every metric and clears the message of one that stopped', () => {
    const stopped = after(openMini(), { type: 'metricStopped', id: 'closeness', message: 'Cancelled.' });
    const state = metricsReducer(stopped, { type: 'computeMetrics' });
    expect(state.metrics.allRequested).toBe(true);
    expect(state.metrics.message).toBeNull();
  });
});

describe('metricStarted and metricProgress', () => {
  it('shows the metric running, and how far it is', () => {
    const started = metricsReducer(openMini(), { type: 'metricStarted', id: 'betweenness' });
    expect(started.metrics.running).toEqual({ id: 'betweenness', fraction: null });
    const along = metricsReducer(started, { type: 'metricProgress', id: 'betweenness', fraction: 0.25 });
    expect(along.metrics.running).toEqual({ id: 'betweenness', fraction: 0.25 });
  });

  it('ignores progress of a metric that is not the one running', () => {
    const started = metricsReducer(openMini(), { type: 'metricStarted', id: 'betweenness' });
    expect(metricsReducer(started, { type: 'metricProgress', id: 'closeness', fraction: 0.5 })).toBe(started);
  });
});

describe('metricDone', () => {
  it('keeps the values, and whether they were estimated from a sample', () => {
    const started = metricsReducer(openMini(), { type: 'metricStarted', id: 'betweenness' });
    const done = metricsReducer(started, { type: 'metricDone', id: 'betweenness', values: degrees, sampled: 50 });
    expect(done.metrics.values.get('betweenness')).toBe(degrees);
    expect(done.metrics.sampled.get('betweenness')).toBe(50);
    expect(done.metrics.running).toBeNull();
    // Computed again in full: no longer an estimate.
    const exact = metricsReducer(done, { type: 'metricDone', id: 'betweenness', values: degrees });
    expect(exact.metrics.sampled.has('betweenness')).toBe(false);
    const both = metricsReducer(exact, { type: 'metricDone', id: 'degree', values: degrees });
    expect([...both.metrics.values.keys()].sort()).toEqual(['betweenness', 'degree']);
  });
});

describe('metricStopped', () => {
  it('says why, withdraws the request for every metric, and stops sizing or colouring by that metric', () => {
    const waiting = after(
      openMini(),
      { type: 'computeMetrics' },
      {
        type: 'setAppearance',
        appearance: { ...DEFAULT_APPEARANCE, sizeBy: 'metric:pagerank', colourBy: 'metric:pagerank' },
      },
      { type: 'metricStarted', id: 'pagerank' },
    );
    const state = metricsReducer(waiting, { type: 'metricStopped', id: 'pagerank', message: 'Cancelled.' });
    expect(state.metrics.message).toBe('Cancelled.');
    expect(state.metrics.running).toBeNull();
    expect(state.metrics.allRequested).toBe(false);
    expect(state.appearance.sizeBy).toBe(DEFAULT_APPEARANCE.sizeBy);
    expect(state.appearance.colourBy).toBe(DEFAULT_APPEARANCE.colourBy);
  });

  it('leaves choices that do not wait for that metric', () => {
    const sized = after(openMini(), {
      type: 'setAppearance',
      appearance: { ...DEFAULT_APPEARANCE, sizeBy: 'metric:closeness' },
    });
    const state = metricsReducer(sized, { type: 'metricStopped', id: 'pagerank', message: 'Failed.' });
    expect(state.appearance.sizeBy).toBe('metric:closeness');
  });
});

describe('NO_METRICS', () => {
  it('is where a graph starts', () => {
    expect(openMini().metrics).toEqual(NO_METRICS);
    expect(NO_METRICS.values.size + NO_METRICS.sampled.size).toBe(0);
  });
});
