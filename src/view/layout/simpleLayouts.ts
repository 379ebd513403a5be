// Grid, circle and concentric placements for big graphs, computed directly over the scene's arrays: linear time,
// instant at 50k nodes, so they need neither a worker nor cytoscape. Only shown nodes are placed. Pure.
import type { Scene } from '../scene';

export type SimpleLayout = 'grid' | 'circle' | 'concentric';

const GAP = 12;

function shownNodes(scene: Scene): number[] {
  const nodes: number[] = [];
  for (let i = 0; i < scene.nodeKeys.length; i++) if (scene.nodeShown[i]) nodes.push(i);
  return nodes;
}

function spacing(scene: Scene, nodes: number[]): number {
  let max = 0;
  for (const i of nodes) max = Math.max(max, scene.radius[i]!);
  return 2 * max + GAP;
}

/** Places the shown nodes; `aspect` is the viewport's width / height, for the grid. */
export function placeSimple(scene: Scene, name: SimpleLayout, aspect = 1.5): void {
  const nodes = shownNodes(scene);
  if (nodes.length === 0) return;
  const step = spacing(scene, nodes);
  if (name === 'grid') {
    const columns = Math.max(1, Math.round(Math.sqrt(nodes.length * aspect)));
    nodes.forEach((i, k) => {
      scene.x[i] = (k % columns) * step;
      scene.y[i] = Math.floor(k / columns) * step;
    });
  } else if (name === 'circle') {
    const radius = Math.max(step, (nodes.length * step) / (2 * Math.PI));
    nodes.forEach((i, k) => {
      const angle = (2 * Math.PI * k) / nodes.length - Math.PI / 2;
      scene.x[i] = radius * Math.cos(angle);
      scene.y[i] = radius * Math.sin(angle);
    });
  } else placeConcentric(scene, nodes, step);
}

/** Most connected nodes in the middle, then rings outwards, each holding as many as its circumference fits. */
function placeConcentric(scene: Scene, nodes: number[], step: number): void {
  const degree = new Uint32Array(scene.nodeKeys.length);
  for (let j = 0; j < scene.edgeKeys.length; j++) {
    if (!scene.edgeShown[j]) continue;
    degree[scene.source[j]!]!++;
    degree[scene.target[j]!]!++;
  }
  const order = [...nodes].sort((a, b) => degree[b]! - degree[a]!);
  let ring = 0;
  let k = 0;
  while (k < order.length) {
    const radius = ring * step * 1.5;
    const capacity = ring === 0 ? 1 : Math.max(1, Math.floor((2 * Math.PI * radius) / step));
    const count = Math.min(capacity, order.length - k);
    for (let c = 0; c < count; c++, k++) {
      const angle = (2 * Math.PI * c) / count - Math.PI / 2;
      scene.x[order[k]!] = radius * Math.cos(angle);
      scene.y[order[k]!] = radius * Math.sin(angle);
    }
    ring++;
  }
}
