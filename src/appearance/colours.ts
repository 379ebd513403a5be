// The colours both renderers share, so a graph looks the same whichever draws it.
export const DISPUTED_COLOR = '#dc2626';
export const EDGE_COLOR = '#94a3b8';
export const HIGHLIGHT_COLOR = '#f59e0b';
export const SELECTED_COLOR = '#111827';
