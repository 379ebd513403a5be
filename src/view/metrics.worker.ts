// Computes one network metric off the main thread, so a big graph's betweenness never freezes the page; posts
// progress, then the values. The page ends the worker to cancel.
import { computeMetric, type MetricId, type Structure } from '../model/metrics';
import type { MetricMessage } from './metricsRunner';

self.addEventListener('message', (event: MessageEvent<{ structure: Structure; id: MetricId }>) => {
  const post = (message: MetricMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
  try {
    const result = computeMetric(event.data.structure, event.data.id, (fraction) =>
      post({ kind: 'progress', fraction }),
    );
    post({ kind: 'done', values: result.values, sampled: result.sampled }, [result.values.buffer]);
  } catch (error) {
    post({ kind: 'failed', message: (error as Error).message });
  }
});
