// The element of the drawing that takes the keys (graphKeys.ts), made the same way by both renderers: focusable,
// and named with its keys for assistive technology. An application, as its arrow keys are its own, not the reader's.
// (Its wrapper in ui/GraphCanvas.tsx is a group: an image may hold nothing focusable.)

export const GRAPH_SURFACE_LABEL =
  'Graph drawing: arrow keys pan, + and - zoom, Enter adds the selected entity’s neighbours, Escape clears the ' +
  'selection; drag to pan, wheel to zoom, click to select, double-click to add neighbours';

/** The surface's id: the page's "Skip to the graph drawing" link leads there. */
export const GRAPH_SURFACE_ID = 'graph-drawing';

export function makeGraphSurface<E extends HTMLElement>(element: E): E {
  element.id = GRAPH_SURFACE_ID;
  element.className = 'graph-canvas__surface';
  element.tabIndex = 0;
  element.setAttribute('role', 'application');
  element.setAttribute('aria-roledescription', 'graph');
  element.setAttribute('aria-label', GRAPH_SURFACE_LABEL);
  // G reaches it from anywhere on the page (ui/keys/appKeys.ts).
  element.setAttribute('aria-keyshortcuts', 'g');
  return element;
}
