// Finds entities by name or alias, ignoring case and accents, so "velasquez" finds "Velásquez".
import type { Entity } from './schema';

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

export interface SearchMatch {
  entity: Entity;
  /** The name or alias that matched, to show why it matched. */
  matched: string;
  score: number;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

interface IndexedName {
  original: string;
  folded: string;
  words: string[];
  isAlias: boolean;
}

/** Names folded and split once per graph, so each keystroke only compares strings (50k entities stay instant). */
export interface SearchIndex {
  items: { entity: Entity; names: IndexedName[] }[];
}

export function buildSearchIndex(entities: Iterable<Entity>): SearchIndex {
  const items = [];
  for (const entity of entities) {
    const names = [[entity.label, false] as const, ...entity.aliases.map((a) => [a, true] as const)].map(
      ([original, isAlias]) => {
        const folded = fold(original);
        return { original, folded, words: folded.split(/[\s\-–/()]+/), isAlias };
      },
    );
    items.push({ entity, names });
  }
  // In label order, so that among equal scores the first found ranks first and no comparison is needed per query.
  items.sort((a, b) => collator.compare(a.entity.label, b.entity.label));
  return { items };
}

const indexes = new WeakMap<readonly Entity[], SearchIndex>();

/** The index of a graph's entity list, built once on first use and kept as long as the list is. */
export function searchIndexOf(entities: readonly Entity[]): SearchIndex {
  let index = indexes.get(entities);
  if (!index) {
    index = buildSearchIndex(entities);
    indexes.set(entities, index);
  }
  return index;
}

export function searchEntities(source: SearchIndex | Iterable<Entity>, query: string, limit = 10): SearchMatch[] {
  const q = fold(query);
  if (q.length === 0) return [];
  const index = 'items' in source ? source : buildSearchIndex(source);
  // Only the best `limit` matches are kept, in order: a one-letter query over a big graph matches nearly everything.
  const top: SearchMatch[] = [];
  for (const { entity, names } of index.items) {
    let best: SearchMatch | undefined;
    for (const name of names) {
      const score = scoreName(name, q) - (name.isAlias ? 0.5 : 0);
      if (score > 0 && (!best || score > best.score)) best = { entity, matched: name.original, score };
    }
    if (!best || (top.length === limit && best.score <= top[limit - 1]!.score)) continue;
    let at = top.length;
    while (at > 0 && best.score > top[at - 1]!.score) at--;
    top.splice(at, 0, best);
    if (top.length > limit) top.pop();
  }
  return top;
}

function scoreName({ folded, words }: IndexedName, q: string): number {
  if (folded === q) return 4;
  if (folded.startsWith(q)) return 3;
  if (words.some((word) => word.startsWith(q))) return 2;
  if (folded.includes(q)) return 1;
  return 0;
}
