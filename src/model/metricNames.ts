// The network metrics the explorer offers, by name: apart from metrics.ts so that the page can name them without
// loading graphology's metric libraries, which load only when a metric is first computed.
export const METRICS = {
  degree: { label: 'Degree', kind: 'numeric' },
  inDegree: { label: 'In-degree', kind: 'numeric' },
  outDegree: { label: 'Out-degree', kind: 'numeric' },
  weightedDegree: { label: 'Weighted degree', kind: 'numeric' },
  betweenness: { label: 'Betweenness', kind: 'numeric' },
  closeness: { label: 'Closeness', kind: 'numeric' },
  pagerank: { label: 'PageRank', kind: 'numeric' },
  community: { label: 'Community', kind: 'categorical' },
  component: { label: 'Connected component', kind: 'categorical' },
} as const;

export type MetricId = keyof typeof METRICS;
export const METRIC_IDS = Object.keys(METRICS) as MetricId[];
