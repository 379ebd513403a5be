// How big each entity is drawn, shared by both renderers: size grows with connections so the story's hubs stand
// out; sqrt keeps leaves readable. A size from the file (GEXF viz:size, say) wins.
import type { StoryGraph } from '../model/graph';

/** The smallest and biggest node drawn by a size scale (model units), for degree here and any number in appearance.ts. */
export const MIN_SIZE = 22;
export const MAX_SIZE = 56;

/** The diameter at a place on the size scale, 0 (smallest) to 1 (biggest); sqrt keeps leaves readable. */
export const sizeOnScale = (fraction: number): number => MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(fraction);

/** Returns the diameter for each node key (model units). */
export function nodeSizer(graph: StoryGraph): (key: string) => number {
  // A loop, not Math.max(...spread): a spread of 100k+ arguments overflows the call stack.
  let maxDegree = 1;
  graph.forEachNode((key) => {
    maxDegree = Math.max(maxDegree, graph.degree(key));
  });
  return (key) => graph.getNodeAttribute(key, 'size') ?? sizeOnScale(graph.degree(key) / maxDegree);
}
