// When a graph is big enough for the canvas renderer (model/thresholds.ts, bench/README.md), and start positions
// for graphs that came without any.
import { LARGE_ELEMENTS, LARGE_NODES } from '../model/thresholds';

export function isLarge(nodes: number, edges: number): boolean {
  return nodes > LARGE_NODES || nodes + edges > LARGE_ELEMENTS;
}

/** Golden-angle spiral: start positions for a big graph that came without any, evenly spread and instant. */
export function spiralPosition(index: number, spacing = 40): { x: number; y: number } {
  const radius = spacing * Math.sqrt(index + 0.5);
  const angle = index * 2.399963229728653;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}
