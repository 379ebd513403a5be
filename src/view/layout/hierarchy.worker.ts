// The hierarchical layout for big graphs, off the main thread (see layered.ts for why it is not dagre here).
import { HIERARCHY_GAPS, layeredLayout } from './layered';
import { answerJobs } from '../../workers/answerJobs';

export interface HierarchyRequest {
  /** Node diameters, model units. */
  sizes: Float32Array;
  /** source0, target0, source1…: node indexes. */
  edges: Uint32Array;
}

answerJobs(
  ({ sizes, edges }: HierarchyRequest) => layeredLayout(sizes.length, edges, HIERARCHY_GAPS, sizes),
  (positions) => [positions.buffer],
);
