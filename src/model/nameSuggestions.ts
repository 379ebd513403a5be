// New names in a source's text (people, places, organisations) that no entity has yet, as the `compromise` NLP
// library finds them. Only suggestions: the editor decides, one click each, what becomes an entity or an alias.
// compromise is loaded when first asked for (some 350 kB), never with the page.
import type { Entity } from './schema';
import type { EntityType } from './vocabulary';
import { fold } from './search';

export interface NameSuggestion {
  name: string;
  /** The type an entity made from it would most likely have; the editor may change it. */
  type: EntityType;
  /** What compromise took it for. */
  kind: 'person' | 'place' | 'organisation';
  count: number;
}

/** Suggestions past this many are left out: a long text can name hundreds of places. */
const MAX_SUGGESTIONS = 60;

interface Found {
  text: string;
  terms: { tags: string[] }[];
}

/** The name without what clings to it in running text: punctuation, a possessive, a title before it. */
export function cleanName(found: Found): string {
  const words = found.text.trim().split(/\s+/);
  // Leading titles ("President", "Defence Minister") are tagged Honorific or Actor by compromise.
  let skip = 0;
  while (skip < words.length - 1 && found.terms[skip]?.tags.some((t) => t === 'Honorific' || t === 'Actor')) skip++;
  return words
    .slice(skip)
    .join(' ')
    .replace(/^[“"'‘(]+/, '')
    .replace(/[.,;:!?”"’')]+$/, '')
    .replace(/['’]s$/, '')
    .trim();
}

export async function suggestNames(text: string, entities: readonly Entity[]): Promise<NameSuggestion[]> {
  const { default: nlp } = await import('compromise');
  const known = new Set(entities.flatMap((e) => [e.label, ...e.aliases]).map(fold));
  const doc = nlp(text);
  const found = new Map<string, NameSuggestion>();
  const collect = (list: Found[], kind: NameSuggestion['kind']) => {
    for (const item of list) {
      const name = cleanName(item);
      const key = fold(name);
      // A name of one or two letters, or one an entity already has, is no suggestion.
      if (key.replace(/[^\p{L}]/gu, '').length < 3 || known.has(key)) continue;
      const tags = item.terms.flatMap((t) => t.tags);
      const type: EntityType =
        kind === 'person'
          ? 'person'
          : kind === 'organisation'
            ? 'organization'
            : tags.includes('Country')
              ? 'country'
              : 'facility';
      const entry = found.get(key);
      if (entry) entry.count++;
      else found.set(key, { name, type, kind, count: 1 });
    }
  };
  collect(doc.people().json() as Found[], 'person');
  collect(doc.organizations().json() as Found[], 'organisation');
  collect(doc.places().json() as Found[], 'place');
  return [...found.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, MAX_SUGGESTIONS);
}
