// Force and hierarchical layouts of a canvas scene, in workers so the page keeps drawing and the user can cancel:
// the shown nodes and the links between them go out, their new positions come back. (Grid, circle and concentric
// are placed at once by simpleLayouts.ts.)
import { startForceLayout } from './workerLayout';
import type { Scene } from '../scene';
import { packLayoutInput, type LayoutInput } from './layoutInput';
import type { HierarchyRequest } from './hierarchy.worker';
import { workerKind } from '../../workers/workerJobs';

const hierarchyWorker = workerKind<HierarchyRequest, Float64Array>(
  () => new Worker(new URL('./hierarchy.worker.ts', import.meta.url), { type: 'module' }),
  { name: 'hierarchical layout' },
);

/** Shown nodes (indexes) and shown edges between them as pairs of positions in that list: a layout's input. */
export function layoutInput(scene: Scene): { nodes: number[] } & LayoutInput {
  const nodes: number[] = [];
  const slot = new Int32Array(scene.nodeKeys.length).fill(-1);
  for (let i = 0; i < scene.nodeKeys.length; i++) {
    if (!scene.nodeShown[i]) continue;
    slot[i] = nodes.length;
    nodes.push(i);
  }
  const packed = packLayoutInput(
    nodes.length,
    (k) => ({ x: scene.x[nodes[k]!]!, y: scene.y[nodes[k]!]! }),
    (visit) => {
      for (let j = 0; j < scene.edgeKeys.length; j++)
        if (scene.edgeShown[j]) visit(slot[scene.source[j]!]!, slot[scene.target[j]!]!);
    },
  );
  return { nodes, ...packed };
}

/** Writes a layout's result (positions of `nodes`, in order, as x, y pairs) into the scene. */
export function applyLayout(scene: Scene, nodes: readonly number[], positions: Float64Array): void {
  nodes.forEach((i, k) => {
    scene.x[i] = positions[2 * k]!;
    scene.y[i] = positions[2 * k + 1]!;
  });
}

export interface SceneLayoutRun {
  /** The scene's node indexes the result is for. */
  nodes: number[];
  cancel(): void;
}

/**
 * Starts the force layout (ForceAtlas2) or the hierarchical one (layered.ts) on the scene's shown part. `progress` gets
 * fractions (force layout only); `done` gets the positions for `nodes`, or null when the layout failed. Neither is
 * called after cancel.
 */
export function startSceneLayout(
  scene: Scene,
  kind: 'force' | 'hierarchical',
  progress: (fraction: number) => void,
  done: (positions: Float64Array | null) => void,
): SceneLayoutRun {
  const { nodes, positions, edges } = layoutInput(scene);
  let cancelled = false;
  if (kind === 'force') {
    const run = startForceLayout(
      positions,
      edges,
      (fraction) => !cancelled && progress(fraction),
      (result) => !cancelled && done(result),
    );
    return {
      nodes,
      cancel() {
        cancelled = true;
        run.cancel();
      },
    };
  }
  const sizes = Float32Array.from(nodes, (i) => 2 * scene.radius[i]!);
  const job = hierarchyWorker.run({ sizes, edges }, { transfer: [sizes.buffer, edges.buffer] });
  job.done.then(
    (result) => result && done(result),
    (error: Error) => {
      console.error('The hierarchical layout stopped:', error.message);
      done(null);
    },
  );
  return { nodes, cancel: job.cancel };
}
