// A huge graph's first picture, made from the open worker's reply (io/datasetWire.ts) before the page has made its
// records and model: at 200,000 entities those take some three seconds more, and the graph's whole picture needs
// only positions, sizes, colours and links, which the reply holds as columns already. Made the way the scene makes
// them (scene.ts, appearance.ts with the default appearance, nodeSize.ts), so that the picture does not change when
// the model's drawing replaces it: same positions (the file's, else the same spiral), sizes by degree (the file's
// size wins), colours by type (the file's colour wins), disputed links marked. Pure, tested in Node.
import type { PackedDataset } from '../io/datasetWire';
import { packedField, packedPoints, packedRefs } from '../io/datasetWire';
import { typeStyles, type TypeStyles } from '../model/vocabulary';
import { MAX_SIZE, MIN_SIZE } from '../appearance/nodeSize';
import { EDGE_DISPUTED, EDGE_UNDIRECTED, SHOWN } from './edgeFlags';
import { spiralPosition } from './scale';
import type { SpeckArrays, SpeckLayers } from './canvas/specksPixels';

/** What the specks picture reads, with the colours its indexes name: all a preview draws. */
export interface GraphPreview extends SpeckArrays, SpeckLayers {
  colours: string[];
}

/** Reads each record's position: from a points column, from plain values, or none for all. */
function positionsOf(dataset: PackedDataset): ((i: number) => { x: number; y: number } | undefined) | null {
  const points = packedPoints(dataset.entities, 'position');
  if (points === undefined) return () => undefined;
  if (points) return (i) => (Number.isNaN(points[2 * i]!) ? undefined : { x: points[2 * i]!, y: points[2 * i + 1]! });
  const read = packedField(dataset.entities, 'position');
  return read && ((i) => read(i) as { x: number; y: number } | undefined);
}

/** Per relation type, computed once: how many types there are is small, links are many. */
function relationLook(styles: TypeStyles): (type: unknown) => boolean {
  const symmetric = new Map<unknown, boolean>();
  return (type) => {
    let known = symmetric.get(type);
    if (known === undefined) symmetric.set(type, (known = styles.relation(String(type)).symmetric));
    return known;
  };
}

/**
 * The preview of a packed dataset, or null when its reply does not hold what the picture needs as columns (links'
 * ends by entity number, plain positions).
 */
export function previewFromWire(dataset: PackedDataset): GraphPreview | null {
  const n = dataset.entities.count;
  const m = dataset.relations.count;
  const sourceRefs = packedRefs(dataset.relations, 'source');
  const targetRefs = packedRefs(dataset.relations, 'target');
  const position = positionsOf(dataset);
  const typeOf = packedField(dataset.entities, 'type');
  const colourOf = packedField(dataset.entities, 'color');
  const sizeOf = packedField(dataset.entities, 'size');
  const relationType = packedField(dataset.relations, 'type');
  const disputedOf = packedField(dataset.relations, 'disputed');
  const directedOf = packedField(dataset.relations, 'directed');
  if (m > 0 && (!sourceRefs || !targetRefs)) return null;
  if (!position || !typeOf || !colourOf || !sizeOf || !relationType || !disputedOf || !directedOf) return null;
  const styles = typeStyles(dataset.head.vocabulary);

  const source = new Uint32Array(m);
  const target = new Uint32Array(m);
  const edgeFlags = new Uint8Array(m);
  // Degrees as the model counts them: each end of each link, a loop's twice.
  const degree = new Int32Array(n);
  const symmetric = relationLook(styles);
  for (let j = 0; j < m; j++) {
    const s = sourceRefs![j]!;
    const t = targetRefs![j]!;
    source[j] = s;
    target[j] = t;
    degree[s]!++;
    degree[t]!++;
    edgeFlags[j] =
      (disputedOf(j) === true ? EDGE_DISPUTED : 0) |
      (symmetric(relationType(j)) || directedOf(j) === false ? EDGE_UNDIRECTED : 0);
  }
  let maxDegree = 1;
  for (let i = 0; i < n; i++) maxDegree = Math.max(maxDegree, degree[i]!);

  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const radius = new Float64Array(n);
  const colour = new Uint16Array(n);
  const colours: string[] = [];
  const colourIndex = new Map<string, number>();
  const typeColour = new Map<unknown, string>();
  let spiral = 0;
  for (let i = 0; i < n; i++) {
    const p = position(i) ?? spiralPosition(spiral++);
    x[i] = p.x;
    y[i] = p.y;
    const size = sizeOf(i);
    const diameter =
      typeof size === 'number' ? size : MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(degree[i]! / maxDegree);
    radius[i] = diameter / 2;
    const type = typeOf(i);
    let value = colourOf(i) as string | undefined;
    if (value === undefined) {
      value = typeColour.get(type);
      if (value === undefined) typeColour.set(type, (value = styles.entity(String(type)).color));
    }
    let index = colourIndex.get(value);
    if (index === undefined) {
      index = colours.push(value) - 1;
      colourIndex.set(value, index);
    }
    colour[i] = index;
  }
  return {
    x,
    y,
    radius,
    colour,
    colours,
    source,
    target,
    edgeFlags,
    nodeShown: new Uint8Array(n).fill(SHOWN),
    edgeShown: new Uint8Array(m).fill(SHOWN),
  };
}
