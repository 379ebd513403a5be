// Bits of a scene's edgeFlags. Apart from scene.ts so that drawing code (and the image worker) need not load the
// graph model that building a scene uses.
export const EDGE_DISPUTED = 1;
export const EDGE_UNDIRECTED = 2;

/** Values of a scene's nodeShown / edgeShown besides 0 (hidden): drawn, or drawn faded for context. */
export const SHOWN = 1;
export const CONTEXT = 2;
