// The queries the bench sends, drawn from the generated graph without reading it back: names from the generator's
// own entities (whole, a prefix, one common word, some typed without accents), entities of a typical degree, the
// supernodes, and random pairs for paths. Degrees come from the generator's numeric relation ends.
import { seededRandom } from '../../src/model/seededRandom';
import { fold } from '../../src/model/search';
import { entityId, offshoreEntity, relationEnds, type OffshorePlan } from '../../server/testing/offshoreGenerator';

export interface QuerySet {
  search: string[];
  /** Entities with a few relations (2 to 10), as most are. */
  typical: string[];
  /** The generator's supernodes, most connected first. */
  supernodes: { id: string; degree: number }[];
  pairs: [string, string][];
}

/** How many relations each entity has (by its index among all entities). */
export function degrees(plan: OffshorePlan): Int32Array {
  const degree = new Int32Array(plan.options.entities);
  for (const { source, target } of relationEnds(plan)) {
    degree[source]!++;
    degree[target]!++;
  }
  return degree;
}

/** Words that make a query on their own: not the short ones ("&", "S.A.") nor numbers. */
const goodWord = (word: string) => word.length >= 4 && /^\p{L}+$/u.test(word);

export function querySet(plan: OffshorePlan, degree: Int32Array, count: number, seed: number): QuerySet {
  const random = seededRandom(seed);
  const n = plan.options.entities;
  const anyIndex = () => Math.floor(random() * n);
  const withDegree = (min: number, max: number) => {
    for (let tries = 0; tries < 10_000; tries++) {
      const index = anyIndex();
      if (degree[index]! >= min && degree[index]! <= max) return index;
    }
    throw new Error(`no entity with ${min} to ${max} relations`);
  };
  const search: string[] = [];
  for (let i = 0; i < count; i++) {
    const label = offshoreEntity(plan, anyIndex()).label;
    const words = label.split(' ');
    const kind = i % 10;
    if (kind < 4) search.push(kind === 0 ? fold(label) : label);
    else if (kind < 7 && words.length >= 2) search.push(`${words[0]} ${words[1]!.slice(0, 3)}`);
    else {
      const word = words.filter(goodWord)[0] ?? words[0]!;
      search.push(kind === 9 ? fold(word) : word.toLowerCase());
    }
  }
  const typical = Array.from({ length: count }, () => entityId(plan, withDegree(2, 10)));
  const supernodes = plan.hubs
    .map((hub) => ({ id: hub.id, degree: degree[hub.index]! }))
    .sort((a, b) => b.degree - a.degree);
  const pairs = Array.from({ length: count }, (): [string, string] => [
    entityId(plan, withDegree(1, 1e9)),
    entityId(plan, withDegree(1, 1e9)),
  ]);
  return { search, typical, supernodes, pairs };
}
