// Evaluated before the rest of the app (main.tsx imports it first): starts loading what the first graph needs, so
// it arrives while React and the app's code are still being set up. That is the file named by ?data=, or else the
// cytoscape renderer, which draws the bundled story.
import { requestDataEarly } from './io/earlyFetch';
import { loadCytoscapeRenderer } from './view/cytoscapeLoader';

if (!requestDataEarly(window.location.search, window.location.href)) void loadCytoscapeRenderer();
