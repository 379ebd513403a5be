// The colours both renderers share, so a graph looks the same whichever draws it.
export const DISPUTED_COLOR = '#dc2626';
export const EDGE_COLOR = '#94a3b8';
export const HIGHLIGHT_COLOR = '#f59e0b';
export const SELECTED_COLOR = '#111827';

/** How strongly the rest of the graph is drawn while something is marked (a path, a neighbourhood). */
export const FADED_ALPHA = 0.15;
/** How strongly context (shown only to say what a filtered view links to) is drawn. */
export const CONTEXT_ALPHA = 0.3;
