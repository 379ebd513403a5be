// Applies the filters' visibility to cytoscape as a change, not a rebuild: only the elements whose visibility
// changed are touched. Hidden elements are taken out of the graph (remove/restore) rather than restyled: cytoscape
// then neither styles, measures nor hit-tests them (bench/README.md measured this against toggling a class).
import type { CollectionReturnValue, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Visibility } from '../../model/filters';

export interface VisibilitySync {
  apply(visibility: Visibility): void;
  /** Every node, shown or hidden (hidden ones are out of the graph but keep their position and data). */
  allNodes(): CollectionReturnValue;
  /** Every link, shown or hidden. */
  allEdges(): CollectionReturnValue;
  /** Forget hidden elements: the graph is being replaced. */
  reset(): void;
}

export function createVisibilitySync(
  cy: Core,
  keyOf: (element: NodeSingular | EdgeSingular) => string,
): VisibilitySync {
  let removed = cy.collection();
  return {
    apply({ nodes, edges }) {
      const hideEdges = cy.edges().filter((e) => !edges.has(keyOf(e)));
      const hideNodes = cy.nodes().filter((n) => !nodes.has(keyOf(n)));
      const showNodes = removed.nodes().filter((n) => nodes.has(keyOf(n)));
      const showEdges = removed.edges().filter((e) => edges.has(keyOf(e)));
      if (hideEdges.length + hideNodes.length + showNodes.length + showEdges.length === 0) return;
      let back = cy.collection();
      cy.batch(() => {
        // Edges first: removing a node also takes its edges, and those must be remembered too.
        const out = hideEdges.remove().union(hideNodes.remove());
        showNodes.restore();
        // An edge can come back only once both its ends are in the graph.
        back = showEdges.filter(
          (e) => !(e as EdgeSingular).source().removed() && !(e as EdgeSingular).target().removed(),
        );
        back.restore();
        removed = removed.difference(showNodes).difference(back).union(out);
      });
      fadeIn(showNodes.union(back));
    },
    allNodes: () => cy.nodes().union(removed.nodes()),
    allEdges: () => cy.edges().union(removed.edges()),
    reset() {
      removed = cy.collection();
    },
  };
}

/** Elements faded in at once, at most: beyond this a change is a big graph's, and an animation per element costs. */
const MOST_FADED = 400;
const FADE_MS = 300;

/**
 * What comes back into view fades in rather than popping up, so playing a time window reads as entities and links
 * appearing. Skipped for large changes and for readers who ask for less motion.
 */
function fadeIn(appeared: CollectionReturnValue): void {
  if (appeared.empty()) return;
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (appeared.length > MOST_FADED || reduced) {
    // An element hidden again mid-fade keeps the opacity it had then: clear it.
    appeared.removeStyle('opacity');
    return;
  }
  appeared.style('opacity', 0);
  appeared.animate(
    { style: { opacity: 1 } },
    { duration: FADE_MS, complete: () => void appeared.removeStyle('opacity') },
  );
}
