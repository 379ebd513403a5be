// A huge graph's first picture, made from the open worker's reply (io/datasetWire.ts) before the page has made its
// records and model: at 200,000 entities those take some three seconds more, and the graph's whole picture needs
// only positions, sizes, colours and links, which the reply holds as columns already. Made the way the scene makes
// them (scene.ts, appearance.ts with the default appearance, nodeSize.ts), so that the picture does not change when
// the model's drawing replaces it: same positions (the file's, else the same spiral), sizes by degree (the file's
// size wins), colours by type (the file's colour wins), disputed links marked. Pure, tested in Node.
import type { PackedDataset } from '../io/datasetWire';
import { packedCodes, packedField, packedPoints, packedRefs } from '../io/datasetWire';
import { typeStyles, type EntityTypeStyle } from '../model/vocabulary';
import { sizeOnScale } from '../appearance/nodeSize';
import { EDGE_DISPUTED, EDGE_UNDIRECTED, SHOWN } from './edgeFlags';
import { spiralPosition } from './scale';
import type { SpeckArrays, SpeckLayers } from './canvas/specksPixels';

/** What the specks picture reads, with the colours its indexes name: all a preview draws. */
export interface GraphPreview extends SpeckArrays, SpeckLayers {
  colours: string[];
}

/** Each record's position as two numbers (NaN for none), or null when positions did not travel as plain numbers. */
function positionsOf(dataset: PackedDataset): Float64Array | null {
  const points = packedPoints(dataset.entities, 'position');
  if (points !== null) return points ?? new Float64Array(2 * dataset.entities.count).fill(NaN);
  const read = packedField(dataset.entities, 'position');
  if (!read) return null;
  const made = new Float64Array(2 * dataset.entities.count).fill(NaN);
  for (let i = 0; i < dataset.entities.count; i++) {
    const p = read(i) as { x: number; y: number } | undefined;
    if (p) [made[2 * i], made[2 * i + 1]] = [p.x, p.y];
  }
  return made;
}

/**
 * A value per record worked out once per distinct field value: by code when the field travelled as codes (no
 * lookup by string per record, which at 200,000 records was most of the time), else by value.
 */
function perValue<T>(
  dataset: PackedDataset['entities'],
  name: string,
  read: (i: number) => unknown,
  compute: (value: unknown) => T,
): (i: number) => T {
  const coded = packedCodes(dataset, name);
  if (coded) {
    const { codes, dictionary } = coded;
    const known = new Array<T | undefined>(dictionary.length);
    let missing: { value: T } | undefined;
    return (i) => {
      const code = codes[i]!;
      if (code < 0) return (missing ??= { value: compute(undefined) }).value;
      return (known[code] ??= compute(dictionary[code]));
    };
  }
  const known = new Map<unknown, T>();
  return (i) => {
    const value = read(i);
    let result = known.get(value);
    if (result === undefined) known.set(value, (result = compute(value)));
    return result;
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
  const symmetric = perValue(
    dataset.relations,
    'type',
    relationType,
    (type) => styles.relation(String(type)).symmetric,
  );
  for (let j = 0; j < m; j++) {
    const s = sourceRefs![j]!;
    const t = targetRefs![j]!;
    source[j] = s;
    target[j] = t;
    degree[s]!++;
    degree[t]!++;
    edgeFlags[j] =
      (disputedOf(j) === true ? EDGE_DISPUTED : 0) | (symmetric(j) || directedOf(j) === false ? EDGE_UNDIRECTED : 0);
  }
  let maxDegree = 1;
  for (let i = 0; i < n; i++) maxDegree = Math.max(maxDegree, degree[i]!);

  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const radius = new Float64Array(n);
  const colour = new Uint16Array(n);
  // Colours numbered in the order nodes first take them, as the scene numbers them (scene.ts's restyleScene).
  const colours: string[] = [];
  const colourIndex = new Map<string, number>();
  const indexOf = (value: string) => {
    let index = colourIndex.get(value);
    if (index === undefined) {
      index = colours.push(value) - 1;
      colourIndex.set(value, index);
    }
    return index;
  };
  const typeColour = perValue(dataset.entities, 'type', typeOf, (type) => indexOf(styles.entity(String(type)).color));
  let spiral = 0;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(position[2 * i]!)) {
      const p = spiralPosition(spiral++);
      x[i] = p.x;
      y[i] = p.y;
    } else {
      x[i] = position[2 * i]!;
      y[i] = position[2 * i + 1]!;
    }
    const size = sizeOf(i);
    radius[i] = (typeof size === 'number' ? size : sizeOnScale(degree[i]! / maxDegree)) / 2;
    const own = colourOf(i);
    colour[i] = typeof own === 'string' ? indexOf(own) : typeColour(i);
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

/** What the legend will say of the graph (ui/Legend.tsx, default appearance), for its place under the preview. */
export interface PreviewLegend {
  /** The entity types present, in the legend's order, with their looks. */
  types: [string, EntityTypeStyle][];
  disputed: boolean;
}

/** Each distinct value a field takes, read from its packed column. */
function valuesIn(items: PackedDataset['entities'], name: string): Set<unknown> {
  const coded = packedCodes(items, name);
  if (coded) {
    const seen = new Set<unknown>(coded.dictionary);
    if (coded.codes.includes(-1)) seen.add(undefined);
    return seen;
  }
  const read = packedField(items, name);
  const seen = new Set<unknown>();
  if (read) for (let i = 0; i < items.count; i++) seen.add(read(i));
  return seen;
}

export function legendFromWire(dataset: PackedDataset): PreviewLegend {
  const present = valuesIn(dataset.entities, 'type');
  return {
    types: typeStyles(dataset.head.vocabulary)
      .entityTypes()
      .filter(([type]) => present.has(type)),
    disputed: valuesIn(dataset.relations, 'disputed').has(true),
  };
}
