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

export function searchEntities(entities: Iterable<Entity>, query: string, limit = 10): SearchMatch[] {
  const q = fold(query);
  if (q.length === 0) return [];
  const matches: SearchMatch[] = [];
  for (const entity of entities) {
    let best: SearchMatch | undefined;
    for (const [name, isAlias] of [[entity.label, false], ...entity.aliases.map((a) => [a, true] as const)] as const) {
      const score = scoreName(fold(name), q) - (isAlias ? 0.5 : 0);
      if (score > 0 && (!best || score > best.score)) best = { entity, matched: name, score };
    }
    if (best) matches.push(best);
  }
  matches.sort((a, b) => b.score - a.score || a.entity.label.localeCompare(b.entity.label));
  return matches.slice(0, limit);
}

function scoreName(name: string, q: string): number {
  if (name === q) return 4;
  if (name.startsWith(q)) return 3;
  if (name.split(/[\s\-–/()]+/).some((word) => word.startsWith(q))) return 2;
  if (name.includes(q)) return 1;
  return 0;
}
