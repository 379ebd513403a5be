// Merging entities that are the same ("Maduro" and "Nicolás Maduro") and splitting them again. The user picks the
// id and the name to keep; the other names become aliases, and attributes, relations and claims move to the kept
// entity. Relations that become the same link join (join.ts). The decision is kept in `dataset.merges` with the
// entities and relations as they were, so a merge can be split even after later edits, or refused with the reason.
import type { Claim, Dataset, Entity, MergeRecord, Relation } from '../schema';
import { fold } from '../search';
import { checked, refused, type EditResult } from './result';
import { joinRelations, relationKeyer, sameClaim } from './join';
import { plural } from './records';

export interface MergeChoice {
  /** Every entity to merge, the kept one included. */
  ids: readonly string[];
  /** The id that stays: one of `ids`. */
  keepId: string;
  /** The name that stays: the label of one of them. */
  label: string;
  /** Delete the relations that would join the merged entity to itself (otherwise they stay, as self-links). */
  dropSelfRelations?: boolean;
  /** The day of the decision, YYYY-MM-DD. */
  date: string;
}

export interface MergePreview {
  entities: Entity[];
  kept: Entity;
  /** Relations that move from the other entities to the kept one. */
  moved: number;
  /** Groups of relations that become one link (same ends and type), each listed as it was. */
  joined: Relation[][];
  /** Relations between the merged entities: after the merge they join the entity to itself. */
  selfRelations: Relation[];
  /** Attributes (and role, country, description, type) whose values differ: the kept entity's value stays. */
  conflicts: string[];
}

/** What a merge would do, for the user to see before confirming; a string says why it cannot be done. */
export function previewMerge(dataset: Dataset, choice: Omit<MergeChoice, 'date'>): MergePreview | string {
  const ids = [...new Set(choice.ids)];
  if (ids.length < 2) return 'choose at least two entities to merge';
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const entities: Entity[] = [];
  for (const id of ids) {
    const entity = byId.get(id);
    if (!entity) return `there is no entity "${id}" to merge`;
    entities.push(entity);
  }
  const base = byId.get(choice.keepId);
  if (!base || !ids.includes(choice.keepId)) return `the id to keep, "${choice.keepId}", is not one of the merged`;
  if (!entities.some((e) => e.label === choice.label))
    return `the name to keep, “${choice.label}”, is not one of theirs`;
  const { kept, conflicts } = keptEntity(base, entities, choice.label);
  const merged = new Set(ids);
  const touched = dataset.relations.filter((r) => merged.has(r.source) || merged.has(r.target));
  const selfRelations = touched.filter((r) => merged.has(r.source) && merged.has(r.target));
  const moved = touched.filter((r) => r.source !== choice.keepId && r.target !== choice.keepId).length;
  const { groups } = groupMoved(dataset, touched, merged, choice.keepId, choice.dropSelfRelations ?? false);
  return { entities, kept, moved, joined: groups.filter((g) => g.length > 1), selfRelations, conflicts };
}

/** Merges the entities into one; the decision, with what is needed to split it, goes to `dataset.merges`. */
export function mergeEntities(dataset: Dataset, choice: MergeChoice): EditResult {
  const preview = previewMerge(dataset, choice);
  if (typeof preview === 'string') return refused(preview);
  const merged = new Set(preview.entities.map((e) => e.id));
  const touched = dataset.relations.filter((r) => merged.has(r.source) || merged.has(r.target));
  const { groups, became } = groupMoved(dataset, touched, merged, choice.keepId, choice.dropSelfRelations ?? false);
  const replacement = new Map<string, Relation | null>(touched.map((r) => [r.id, null]));
  for (const group of groups) replacement.set(group[0]!.id, joinRelations(group));
  const relations: Relation[] = [];
  for (const r of dataset.relations) {
    const next = replacement.has(r.id) ? replacement.get(r.id) : r;
    if (next) relations.push(next);
  }
  const entities = dataset.entities
    .filter((e) => e.id === choice.keepId || !merged.has(e.id))
    .map((e) => (e.id === choice.keepId ? preview.kept : e));
  const record: MergeRecord = {
    kept: choice.keepId,
    date: choice.date,
    entities: preview.entities,
    relations: touched,
    became,
  };
  const others = preview.entities.filter((e) => e.id !== choice.keepId).map((e) => `“${e.label}”`);
  const joinedNote = preview.joined.length > 0 ? `; ${plural(preview.joined.length, 'relation')} joined` : '';
  return checked(
    { ...dataset, entities, relations, merges: [...(dataset.merges ?? []), record] },
    `Merged ${others.join(', ')} into “${preview.kept.label}”${joinedNote}.`,
  );
}

/** The kept entity: the chosen id's record with the chosen name; every other name becomes an alias. */
function keptEntity(base: Entity, entities: readonly Entity[], label: string) {
  const conflicts: string[] = [];
  const names = new Map<string, string>();
  for (const e of [base, ...entities])
    for (const name of [e.label, ...e.aliases]) if (!names.has(fold(name))) names.set(fold(name), name);
  names.delete(fold(label));
  const kept: Entity = { ...base, label, aliases: [...names.values()] };
  const attributes = Object.assign(Object.create(null) as NonNullable<Entity['attributes']>, base.attributes ?? {});
  for (const other of entities) {
    if (other === base) continue;
    if (other.type !== base.type) conflicts.push(`type: “${other.label}” is ${other.type}, the kept is ${base.type}`);
    for (const field of ['country', 'role', 'description'] as const) {
      const value = other[field];
      if (value === undefined) continue;
      if (kept[field] === undefined) kept[field] = value;
      else if (kept[field] !== value) conflicts.push(`${field}: “${other.label}” has “${value}”`);
    }
    for (const [key, value] of Object.entries(other.attributes ?? {})) {
      if (!Object.hasOwn(attributes, key)) attributes[key] = value;
      else if (attributes[key] !== value) conflicts.push(`${key}: “${other.label}” has “${String(value)}”`);
    }
  }
  if (Object.keys(attributes).length > 0) kept.attributes = attributes;
  return { kept, conflicts };
}

/**
 * The touched relations with their ends moved to the kept id, in groups that are the same link (the first of a
 * group, in dataset order, gives the joined relation its id), and which relation each one became.
 */
function groupMoved(
  dataset: Dataset,
  touched: readonly Relation[],
  merged: ReadonlySet<string>,
  keepId: string,
  dropSelf: boolean,
) {
  const keyOf = relationKeyer(dataset);
  const byKey = new Map<string, Relation[]>();
  const became: [string, string][] = [];
  for (const r of touched) {
    if (dropSelf && merged.has(r.source) && merged.has(r.target)) continue;
    const moved = {
      ...r,
      source: merged.has(r.source) ? keepId : r.source,
      target: merged.has(r.target) ? keepId : r.target,
    };
    const key = keyOf(moved);
    const group = byKey.get(key);
    if (group) group.push(moved);
    else byKey.set(key, [moved]);
    became.push([r.id, (group ?? [moved])[0]!.id]);
  }
  return { groups: [...byKey.values()], became };
}

/** The merge that made entity `id` what it is now (the latest), if any. */
export function mergeOf(dataset: Dataset, id: string): MergeRecord | undefined {
  return dataset.merges?.findLast((m) => m.kept === id);
}

/**
 * Undoes the latest merge into entity `id`. Later edits stay where they can: the kept entity keeps its own changes
 * and loses only the names and values the merge brought; relations keep claims added since (on the relation that
 * gave the joined one its id) and lose the claims deleted since; relations added to the kept entity since stay
 * with it. Refused, with the reason, where a later edit makes the split impossible.
 */
export function splitMerge(dataset: Dataset, id: string): EditResult {
  const merges = dataset.merges ?? [];
  const at = merges.findLastIndex((m) => m.kept === id);
  const record = merges[at];
  if (!record) return refused(`“${id}” was not made by a merge: there is nothing to split`);
  const current = dataset.entities.find((e) => e.id === record.kept);
  if (!current) return refused(`the merged entity "${record.kept}" is gone (deleted or given another id since)`);
  const ids = new Set(record.entities.map((e) => e.id));
  const later = merges.slice(at + 1).find((m) => m.entities.some((e) => ids.has(e.id)));
  if (later)
    return refused(
      `“${current.label}” was merged again on ${later.date} (into "${later.kept}"): split that merge first`,
    );
  const others = record.entities.filter((e) => e.id !== record.kept);
  const taken = others.find((e) => dataset.entities.some((x) => x.id === e.id));
  if (taken) return refused(`the id "${taken.id}" of “${taken.label}” is used by another entity since the merge`);
  const original = record.entities.find((e) => e.id === record.kept)!;

  const restoredRelations = splitRelations(dataset, record);
  if (typeof restoredRelations === 'string') return refused(restoredRelations);
  const { replace, add } = restoredRelations;
  const relations: Relation[] = [];
  for (const r of dataset.relations) {
    const next = replace.has(r.id) ? replace.get(r.id) : r;
    if (next) relations.push(next);
  }
  relations.push(...add);
  const entities = dataset.entities.map((e) => (e.id === record.kept ? unmergedEntity(current, original, others) : e));
  entities.push(...others);
  return checked(
    { ...dataset, entities, relations, merges: merges.filter((_, i) => i !== at) },
    `Split “${current.label}” into ${record.entities.map((e) => `“${e.label}”`).join(', ')}.`,
  );
}

/** The kept entity as it is now, without the names and values the merge brought from the others. */
function unmergedEntity(current: Entity, original: Entity, others: readonly Entity[]): Entity {
  const own = new Set([original.label, ...original.aliases].map(fold));
  const brought = new Set(others.flatMap((e) => [e.label, ...e.aliases]).map(fold));
  const entity: Entity = { ...current };
  if (current.label !== original.label && brought.has(fold(current.label)) && !own.has(fold(current.label)))
    entity.label = original.label;
  entity.aliases = current.aliases.filter(
    (a) => fold(a) !== fold(entity.label) && (own.has(fold(a)) || !brought.has(fold(a))),
  );
  for (const field of ['country', 'role', 'description'] as const)
    if (original[field] === undefined && others.some((o) => o[field] !== undefined && o[field] === current[field]))
      delete entity[field];
  if (current.attributes) {
    const attributes = Object.assign(Object.create(null) as NonNullable<Entity['attributes']>, current.attributes);
    for (const key of Object.keys(attributes)) {
      const came = !Object.hasOwn(original.attributes ?? {}, key);
      if (came && others.some((o) => Object.hasOwn(o.attributes ?? {}, key) && o.attributes![key] === attributes[key]))
        delete attributes[key];
    }
    if (Object.keys(attributes).length > 0) entity.attributes = attributes;
    else delete entity.attributes;
  }
  return entity;
}

/**
 * The relations as they were before the merge, from what they became: `replace` maps a current relation id to its
 * restored version (null: gone), `add` holds the restored relations that had been joined into another.
 */
function splitRelations(
  dataset: Dataset,
  record: MergeRecord,
): { replace: Map<string, Relation | null>; add: Relation[] } | string {
  const currentById = new Map(dataset.relations.map((r) => [r.id, r]));
  const becameOf = new Map(record.became);
  const originalsOf = new Map<string, Relation[]>();
  for (const r of record.relations) {
    const into = becameOf.get(r.id);
    if (into === undefined) continue;
    const list = originalsOf.get(into);
    if (list) list.push(r);
    else originalsOf.set(into, [r]);
  }
  const replace = new Map<string, Relation | null>();
  const add: Relation[] = [];
  // Relations the merge deleted (they joined the entity to itself) come back as they were.
  for (const r of record.relations) {
    if (becameOf.has(r.id)) continue;
    if (currentById.has(r.id)) return `the relation id "${r.id}" is used by another relation since the merge`;
    add.push(r);
  }
  for (const [into, originals] of originalsOf) {
    const now = currentById.get(into);
    // Deleted since the merge: the relations it was made of stay deleted.
    if (!now) continue;
    const withoutClaims = (r: Relation) => canonical({ ...r, claims: [] });
    const editedSince =
      withoutClaims(now) !==
      withoutClaims(joinRelations(originals.map((r) => ({ ...r, source: now.source, target: now.target }))));
    const addedSince = now.claims.filter((c) => !originals.some((r) => r.claims.some((o) => sameClaim(o, c))));
    for (const original of originals) {
      const base =
        original.id === into && editedSince ? { ...now, source: original.source, target: original.target } : original;
      // The claims as they are now (edited or deleted since), and those added since on the relation that kept its id.
      const claims = original.claims
        .map((o) => now.claims.find((c) => sameClaim(o, c)))
        .filter((c): c is Claim => c !== undefined);
      if (original.id === into) claims.push(...addedSince);
      const restored = { ...base, claims };
      if (claims.length === 0 && original.claims.length > 0) {
        if (original.id === into) replace.set(into, null);
        continue;
      }
      if (original.id === into) replace.set(into, restored);
      else if (currentById.has(original.id))
        return `the relation id "${original.id}" is used by another relation since the merge`;
      else add.push(restored);
    }
    if (!originals.some((r) => r.id === into)) replace.set(into, null);
  }
  return { replace, add };
}

/** JSON with keys sorted: a record read back through the schema has its keys in the schema's order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
