// Possible duplicates: entities whose names or aliases are the same once case, accents, punctuation and word order
// are set aside ("Maduro, Nicolás" and "Nicolás Maduro"), or nearly the same by edit distance ("Rosoboronexport" and
// "Rosoboronexprt"). Names are compared only within blocks that share a word or the start or end of the name, so
// 50,000 entities do not mean a billion comparisons. Pairs said "not the same" (dataset.distinct) are not offered
// again, nor the pairs they imply through later merges (A ≠ B, then B merged into C: A ≠ C).
import { distance } from 'fastest-levenshtein';
import type { Dataset, Entity } from './schema';
import { fold } from './search';
import { checked, refused, type EditResult } from './edit/result';

export interface DuplicatePair {
  a: Entity;
  b: Entity;
  /** The name or alias of each that matched. */
  names: [string, string];
  /** "same name": equal after folding; "similar": within the similarity threshold. */
  reason: 'same name' | 'similar';
  /** 1 for the same name; otherwise 1 − edit distance / length of the longer name. */
  similarity: number;
  sameType: boolean;
}

export interface DuplicateOptions {
  /** Similar names at or above this are offered (0–1). */
  threshold?: number;
  /** At most this many pairs, best first. */
  limit?: number;
}

export const DEFAULT_SIMILARITY = 0.85;
/** A block this big is a common word ("ministry"): comparing inside it would be slow and find little. */
const MAX_BLOCK = 60;
/** Names shorter than this are compared only when equal: "Iran" and "Iraq" are one letter apart. */
const MIN_SIMILAR_LENGTH = 5;

/** A name reduced to what says who it is: folded, punctuation gone, words sorted. */
export function nameKey(name: string): string {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}

interface Name {
  entity: number;
  original: string;
  key: string;
}

export function possibleDuplicates(dataset: Dataset, options: DuplicateOptions = {}): DuplicatePair[] {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY;
  const { entities } = dataset;
  const apart = distinctKeys(dataset);
  const names: Name[] = [];
  entities.forEach((entity, index) => {
    const keys = new Set<string>();
    for (const original of [entity.label, ...entity.aliases]) {
      const key = nameKey(original);
      if (!key || keys.has(key)) continue;
      keys.add(key);
      names.push({ entity: index, original, key });
    }
  });

  const best = new Map<number, { x: Name; y: Name; similarity: number }>();
  const consider = (x: Name, y: Name, similarity: number) => {
    if (x.entity === y.entity) return;
    const [lo, hi] = x.entity < y.entity ? [x, y] : [y, x];
    const pair = lo.entity * entities.length + hi.entity;
    const known = best.get(pair);
    if (!known || known.similarity < similarity) best.set(pair, { x: lo, y: hi, similarity });
  };

  // Blocks: the whole key (same name), each word of three letters or more, and the key's first and last four letters.
  const blocks = new Map<string, Name[]>();
  const put = (block: string, name: Name) => {
    const list = blocks.get(block);
    if (list) list.push(name);
    else blocks.set(block, [name]);
  };
  for (const name of names) {
    put(`=${name.key}`, name);
    for (const word of new Set(name.key.split(' '))) if (word.length >= 3) put(`w${word}`, name);
    put(`<${name.key.slice(0, 4)}`, name);
    put(`>${name.key.slice(-4)}`, name);
  }
  for (const [block, list] of blocks) {
    if (list.length < 2 || list.length > MAX_BLOCK) continue;
    const exact = block.startsWith('=');
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!;
        const y = list[j]!;
        if (x.entity === y.entity) continue;
        if (exact) {
          consider(x, y, 1);
          continue;
        }
        if (x.key === y.key || entities[x.entity]!.type !== entities[y.entity]!.type) continue;
        const longer = Math.max(x.key.length, y.key.length);
        if (Math.min(x.key.length, y.key.length) < MIN_SIMILAR_LENGTH) continue;
        // "Unit 12" and "Unit 13" are two units: names whose numbers differ are not spelling variants.
        if (x.key.replace(/\D+/g, ' ') !== y.key.replace(/\D+/g, ' ')) continue;
        // Length alone can rule a pair out before the edit distance is worked out.
        if (Math.abs(x.key.length - y.key.length) > (1 - threshold) * longer) continue;
        const similarity = 1 - distance(x.key, y.key) / longer;
        if (similarity >= threshold) consider(x, y, similarity);
      }
  }

  const pairs: DuplicatePair[] = [];
  for (const { x, y, similarity } of best.values()) {
    const a = entities[x.entity]!;
    const b = entities[y.entity]!;
    if (apart(a.id, b.id)) continue;
    pairs.push({
      a,
      b,
      names: [x.original, y.original],
      reason: similarity === 1 ? 'same name' : 'similar',
      similarity,
      sameType: a.type === b.type,
    });
  }
  // Same type first, then the closest names; the same name across two types (a person and a ship) comes last.
  pairs.sort(
    (p, q) =>
      Number(q.sameType) - Number(p.sameType) || q.similarity - p.similarity || p.a.label.localeCompare(q.a.label),
  );
  return pairs.slice(0, options.limit ?? 500);
}

/**
 * Whether two entities were said "not the same": directly, or through the entities merged into them since (each
 * merged id stands for the entity it was merged into).
 */
export function distinctKeys(dataset: Dataset): (a: string, b: string) => boolean {
  const into = new Map<string, string>();
  for (const merge of dataset.merges ?? [])
    for (const e of merge.entities) if (e.id !== merge.kept) into.set(e.id, merge.kept);
  const now = (id: string) => {
    const seen = new Set<string>();
    while (into.has(id) && !seen.has(id)) {
      seen.add(id);
      id = into.get(id)!;
    }
    return id;
  };
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const apart = new Set((dataset.distinct ?? []).map(([a, b]) => key(now(a), now(b))));
  return (a, b) => apart.has(key(now(a), now(b)));
}

/** Remembers that two entities are not the same, so they are not offered as possible duplicates again. */
export function markNotTheSame(dataset: Dataset, a: string, b: string): EditResult {
  const first = dataset.entities.find((e) => e.id === a);
  const second = dataset.entities.find((e) => e.id === b);
  if (!first || !second) return refused(`there is no entity "${first ? b : a}"`);
  if (a === b) return refused('an entity is the same as itself');
  if (distinctKeys(dataset)(a, b)) return refused(`“${first.label}” and “${second.label}” are already kept apart`);
  return checked(
    { ...dataset, distinct: [...(dataset.distinct ?? []), [a, b]] },
    `Noted: “${first.label}” and “${second.label}” are not the same.`,
  );
}
