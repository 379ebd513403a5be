// User Timing marks at the view's milestones (graph set, visibility applied, layout start/end). They cost
// nothing when nobody reads them; the benchmark (bench/) reads them to time each step up to the next drawn frame.
export function mark(name: string, detail?: Record<string, unknown>): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(name, detail ? { detail } : undefined);
}
