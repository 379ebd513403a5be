// Where the names and aliases of known entities stand in a source's text, folded as search folds them (case and
// accents ignored: "MADURO" and "Nicolas Maduro" are found for "Nicolás Maduro"). Words are compared whole, so
// "Iran" is not found in "Iranian". A short name written in capitals ("US", "UN") is found only in capitals, since
// folded it would be a common word ("us", "un").
import type { Entity } from './schema';

export interface Mention {
  entityId: string;
  /** The entity's name or alias that matched. */
  name: string;
  /** Offsets in the text: the mention is text.slice(start, end). */
  start: number;
  end: number;
}

export interface MentionCount {
  entity: Entity;
  count: number;
  /** The names it was found by, as the entity has them. */
  names: string[];
}

interface Token {
  key: string;
  start: number;
  end: number;
}

/** The words of a text, folded as search folds (model/search.ts fold), with their offsets. A word is a run of letters and digits. */
export function foldedWords(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    // Plain ASCII words (most of an English article) only need lower case; others lose their accents too.
    const word = m[0];
    const key = /^\w*$/.test(word)
      ? word.toLowerCase()
      : word
          .normalize('NFD')
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]/gu, '');
    if (key) tokens.push({ key, start: m.index, end: m.index + word.length });
  }
  return tokens;
}

interface Name {
  entityId: string;
  name: string;
  keys: string[];
  /** Matched only where the text has exactly these capitals. */
  exact: boolean;
}

/** "US", "U.S.", "UN": at most three capitals, dots aside. */
const isShortCapitals = (name: string) => /^[\p{Lu}\d]{1,3}$/u.test(name.replace(/\./g, ''));

/** Every mention of every entity's name or alias; at each place the longest name wins ("Nicolás Maduro" over "Maduro"). */
export function findMentions(text: string, entities: readonly Entity[]): Mention[] {
  const byFirst = new Map<string, Name[]>();
  for (const entity of entities) {
    for (const name of new Set([entity.label, ...entity.aliases])) {
      const keys = foldedWords(name).map((t) => t.key);
      // A one-letter name ("X") would be found everywhere and tell nothing.
      if (keys.length === 0 || keys.join('').length < 2) continue;
      const entry = { entityId: entity.id, name, keys, exact: isShortCapitals(name) };
      const list = byFirst.get(keys[0]!);
      if (list) list.push(entry);
      else byFirst.set(keys[0]!, [entry]);
    }
  }
  const words = foldedWords(text);
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length;) {
    let best: Name | undefined;
    for (const candidate of byFirst.get(words[i]!.key) ?? []) {
      if (best && candidate.keys.length <= best.keys.length) continue;
      if (!candidate.keys.every((k, j) => words[i + j]?.key === k)) continue;
      if (candidate.exact && /\p{Ll}/u.test(text.slice(words[i]!.start, words[i + candidate.keys.length - 1]!.end)))
        continue;
      best = candidate;
    }
    if (!best) {
      i++;
      continue;
    }
    const last = words[i + best.keys.length - 1]!;
    mentions.push({ entityId: best.entityId, name: best.name, start: words[i]!.start, end: last.end });
    i += best.keys.length;
  }
  return mentions;
}

/** How often each entity is mentioned, most first (ties by name). */
export function countMentions(mentions: readonly Mention[], entities: readonly Entity[]): MentionCount[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const counts = new Map<string, MentionCount>();
  for (const m of mentions) {
    const entity = byId.get(m.entityId);
    if (!entity) continue;
    let entry = counts.get(m.entityId);
    if (!entry) counts.set(m.entityId, (entry = { entity, count: 0, names: [] }));
    entry.count++;
    if (!entry.names.includes(m.name)) entry.names.push(m.name);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.entity.label.localeCompare(b.entity.label));
}
