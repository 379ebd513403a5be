// Loads the cytoscape renderer on demand: 600 kB of code (cytoscape and its layouts) that a big graph never needs,
// and that took ~60 ms of every start-up to load and run. Kept apart from graphView.ts so startEarly.ts can begin
// loading it before the rest of the app is evaluated.
import type * as CytoscapeView from './cytoscapeView';

type CytoscapeRenderer = typeof CytoscapeView;

let loaded: CytoscapeRenderer | null = null;
let loading: Promise<CytoscapeRenderer> | null = null;

export function loadCytoscapeRenderer(): Promise<CytoscapeRenderer> {
  loading ??= import('./cytoscapeView').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null; // The next graph that needs it tries again.
      throw error;
    },
  );
  return loading;
}

/** The renderer's module once loaded, else null. */
export function loadedCytoscapeRenderer(): CytoscapeRenderer | null {
  return loaded;
}
