// Which entity each relation's ends name, by number, as a reader found them while checking the file. The worker
// sends relation ends as entity numbers (datasetWire.ts); looking 800,000 end ids up again in a map of 200,000 ids
// cost it ~0.4 s that the reader, which looked each one up to check it, had already spent.

export interface RelationEnds {
  /** Per relation, the number (index in the entity list) of the entity its source and its target name. */
  source: Int32Array;
  target: Int32Array;
}

const known = new WeakMap<readonly unknown[], { entities: readonly unknown[]; ends: RelationEnds }>();

/** Notes the ends of `relations` as numbers into `entities`; the lists must not change afterwards. */
export function rememberEnds(relations: readonly unknown[], entities: readonly unknown[], ends: RelationEnds): void {
  known.set(relations, { entities, ends });
}

/** The ends noted for these very lists, or undefined. */
export function endsOf(relations: readonly unknown[], entities: readonly unknown[]): RelationEnds | undefined {
  const noted = known.get(relations);
  return noted && noted.entities === entities && noted.ends.source.length === relations.length ? noted.ends : undefined;
}
