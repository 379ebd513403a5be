// The shape of an import as the writer needs it at the end: each entity's type and degree, each relation's ends,
// type, flags and origins, all by position in typed arrays (a few tens of megabytes for two million entities and
// 3.3 million relations). From it come the adjacency rows in the table's key order, so the rows are appended to
// the index rather than scattered through it, and the counts by type, without reading back what was written.
/** Names to small numbers, and back. */
export class Codes {
  readonly names: string[] = [];
  private readonly byName = new Map<string, number>();
  code(name: string): number {
    let code = this.byName.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.names.push(name);
      this.byName.set(name, code);
    }
    return code;
  }
}

type Typed = Int32Array | Uint16Array | Uint8Array;
function room<T extends Typed>(array: T, length: number): T {
  if (length <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(array.length * 2, length));
  bigger.set(array);
  return bigger;
}

export class ImportGraph {
  entityCount = 0;
  relationCount = 0;
  readonly entityTypes = new Codes();
  readonly relationTypes = new Codes();
  entityType = new Uint16Array(1024);
  degree = new Int32Array(1024);
  source = new Int32Array(1024);
  target = new Int32Array(1024);
  relationType = new Uint16Array(1024);
  flags = new Uint8Array(1024);
  origins = new Int32Array(1024);

  addEntity(type: string): number {
    const at = this.entityCount++;
    this.entityType = room(this.entityType, this.entityCount);
    this.degree = room(this.degree, this.entityCount);
    this.entityType[at] = this.entityTypes.code(type);
    return at;
  }

  addRelation(source: number, target: number, type: string, flags: number, origins: number): number {
    const at = this.relationCount++;
    const length = this.relationCount;
    this.source = room(this.source, length);
    this.target = room(this.target, length);
    this.relationType = room(this.relationType, length);
    this.flags = room(this.flags, length);
    this.origins = room(this.origins, length);
    this.source[at] = source;
    this.target[at] = target;
    this.relationType[at] = this.relationTypes.code(type);
    this.flags[at] = flags;
    this.origins[at] = origins;
    this.degree[source]! += 1;
    this.degree[target]! += 1;
    return at;
  }
}

/**
 * Every relation end, grouped by entity: entity e's are `ends[offsets[e]]` to `ends[offsets[e + 1] - 1]`, each
 * `relation * 2` (the entity is the source) or `relation * 2 + 1` (the target), ordered as the adjacency key
 * orders them: by the neighbour's degree, then the neighbour, then the relation. A relation from an entity to
 * itself has one row, as its source.
 *
 * No comparisons: the ends are first grouped by entity in relation order; then, taking the entities by degree and
 * number, each entity's ends are dealt to the entities at their other end, which thus receive their neighbours in
 * key order. Both passes are linear, where sorting each entity's ends took most of the time.
 */
export function endsByEntity(
  graph: Pick<ImportGraph, 'entityCount' | 'relationCount' | 'source' | 'target' | 'degree'>,
): { offsets: Int32Array; ends: Int32Array } {
  const { entityCount, relationCount, source, target, degree } = graph;
  const offsets = new Int32Array(entityCount + 1);
  for (let r = 0; r < relationCount; r++) {
    offsets[source[r]! + 1]! += 1;
    if (target[r] !== source[r]) offsets[target[r]! + 1]! += 1;
  }
  for (let e = 0; e < entityCount; e++) offsets[e + 1]! += offsets[e]!;
  const inRelationOrder = new Int32Array(offsets[entityCount]!);
  const next = offsets.slice(0, entityCount);
  for (let r = 0; r < relationCount; r++) {
    inRelationOrder[next[source[r]!]!++] = r * 2;
    if (target[r] !== source[r]) inRelationOrder[next[target[r]!]!++] = r * 2 + 1;
  }
  const ends = new Int32Array(inRelationOrder.length);
  next.set(offsets.subarray(0, entityCount));
  for (const neighbour of byDegree(degree, entityCount)) {
    for (let at = offsets[neighbour]!; at < offsets[neighbour + 1]!; at++) {
      const end = inRelationOrder[at]!;
      const r = end >> 1;
      // The row of the entity at the relation's other end (a relation to itself: the same row, as its source).
      const self = source[r] === target[r];
      const entity = self ? neighbour : end & 1 ? source[r]! : target[r]!;
      ends[next[entity]!++] = self ? end : end ^ 1;
    }
  }
  return { offsets, ends };
}

/** Entity positions ordered by degree, then position (a counting sort). */
function byDegree(degree: Int32Array, entityCount: number): Int32Array {
  let most = 0;
  for (let e = 0; e < entityCount; e++) most = Math.max(most, degree[e]!);
  const starts = new Int32Array(most + 2);
  for (let e = 0; e < entityCount; e++) starts[degree[e]! + 1]! += 1;
  for (let d = 0; d <= most; d++) starts[d + 1]! += starts[d]!;
  const order = new Int32Array(entityCount);
  for (let e = 0; e < entityCount; e++) order[starts[degree[e]!]!++] = e;
  return order;
}
