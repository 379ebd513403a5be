// Bits of a scene's edgeFlags. Apart from scene.ts so that drawing code (and the image worker) need not load the
// graph model that building a scene uses.
export const EDGE_DISPUTED = 1;
export const EDGE_UNDIRECTED = 2;
