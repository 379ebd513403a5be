// A name (label or alias) that two entities share: search, mentions and appending match entities by name, so a
// shared alias makes one of them unreachable or wrongly matched. Names are compared as search compares them:
// case, accents and spacing ignored. Only aliases are asked about; two entities with the same label and no
// aliases are the duplicates view's business.
import { fold } from '../search';
import { recordKey, type LintItem, type LintRule } from './types';

export const sharedAlias: LintRule = ({ input }) => {
  // Folded name → the entities holding it, and whether one of them holds it as an alias.
  const holders = new Map<string, { ids: Set<string>; asAlias: boolean; shown: string }>();
  const note = (name: string, id: string, asAlias: boolean) => {
    const folded = fold(name);
    if (!folded) return;
    const entry = holders.get(folded) ?? { ids: new Set<string>(), asAlias: false, shown: name.trim() };
    entry.ids.add(id);
    entry.asAlias ||= asAlias;
    holders.set(folded, entry);
  };
  for (const entity of input.entities) {
    note(entity.label, entity.id, false);
    for (const alias of entity.aliases) note(alias, entity.id, true);
  }
  const items: LintItem[] = [];
  for (const [folded, { ids, asAlias, shown }] of holders) {
    if (!asAlias || ids.size < 2) continue;
    const sorted = [...ids].sort();
    items.push({
      key: recordKey('shared-alias', folded, ...sorted),
      rule: 'shared-alias',
      target: { kind: 'entity', id: sorted[0]! },
      message: `“${shown}” names ${sorted.length} entities (${sorted.join(', ')}): keep it on the one it means, or merge them if they are the same.`,
    });
  }
  return items;
};
