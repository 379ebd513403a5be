// Shared by expand and paths: the relations among a set of entities, found from each relation's lighter end so a
// supernode's hundred thousand rows are read only when another supernode is in the set, and the sources they cite.
import type { Relation, Source } from '../../src/model/schema';
import type { GraphStore } from '../store/types';

/** Above this degree an entity's own rows are not scanned to find relations to a small set. */
const SCAN_DEGREE = 1000;

export async function relationsAmong(store: GraphStore, members: ReadonlyMap<number, number>): Promise<Relation[]> {
  const all = [...members.keys()];
  const light = all.filter((n) => members.get(n)! <= SCAN_DEGREE);
  const heavy = all.filter((n) => members.get(n)! > SCAN_DEGREE);
  if (store.relationsAmong) {
    return (await store.relationsAmong(light, all, heavy)).sort((a, b) => a.n - b.n).map((row) => row.relation);
  }
  const rows = [
    ...(light.length ? await store.adjacencyBetween(light, all) : []),
    ...(heavy.length ? await store.adjacencyBetween(heavy, heavy) : []),
  ];
  const numbers = [...new Set(rows.map((row) => row.relation))];
  return (await store.relationsByN(numbers)).sort((a, b) => a.n - b.n).map((row) => row.relation);
}

/** The sources the relations' claims rest on (their articles and chains), without stored texts. */
export async function citedSources(store: GraphStore, inv: string, relations: readonly Relation[]): Promise<Source[]> {
  const ids = new Set<string>();
  for (const relation of relations) {
    for (const claim of relation.claims) {
      ids.add(claim.source);
      for (const via of claim.via ?? []) ids.add(via);
    }
  }
  if (ids.size === 0) return [];
  // A cited source's own citations are part of its chain of origins: follow them, a bounded number of levels.
  const found: Source[] = [];
  const known = new Set<string>();
  let wanted = [...ids];
  for (let level = 0; level < 10 && wanted.length > 0; level++) {
    const batch = await store.sourcesById(inv, wanted);
    for (const source of batch) known.add(source.id);
    found.push(...batch);
    wanted = [...new Set(batch.flatMap((s) => s.cites))].filter((id) => !known.has(id));
  }
  return found;
}
