// Evaluated before the rest of the app (main.tsx imports it first): starts loading what the first graph needs, so
// it arrives while React and the app's code are still being set up. That is the file named by ?data=, or else (no
// address, or one the app refuses) the bundled story and the cytoscape renderer that draws it.
import { requestDataEarly } from './io/earlyFetch';
import { loadStoryModule } from './io/storyLoader';
import { loadCytoscapeRenderer } from './view/cytoscape/loader';

if (!requestDataEarly(window.location.search, window.location.href)) {
  void loadStoryModule();
  void loadCytoscapeRenderer();
}
