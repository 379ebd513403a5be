// Appending another graph or investigation to the open one. Its entities are matched to ours by id, then by name and
// type, then by any name or alias; the user reviews the matches and may refuse any, and a refused or unmatched entity
// comes in as a new one (with a fresh id when its own is taken). Sources, relations and claims follow their entities;
// a relation that is the same link as one of ours (same ends and type) joins it, as in a merge.
import type { Dataset, Entity, Relation, Source } from '../schema';
import { fold } from '../search';
import { checked, refused, type EditResult } from './result';
import { freshId, plural } from './records';
import { joinRelations, relationKeyer } from './join';

export type MatchReason = 'same id' | 'same name and type' | 'same alias';

export interface AppendMatch {
  theirs: Entity;
  ours: Entity;
  reason: MatchReason;
}

/** Which of the other graph's entities are ours already, and why each was matched. */
export function matchEntities(dataset: Dataset, other: Dataset): AppendMatch[] {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const byNameType = new Map<string, Entity>();
  const byName = new Map<string, Entity[]>();
  for (const e of dataset.entities) {
    const key = `${e.type}\u0000${fold(e.label)}`;
    if (!byNameType.has(key)) byNameType.set(key, e);
    for (const name of [e.label, ...e.aliases]) {
      const list = byName.get(fold(name));
      if (list) list.push(e);
      else byName.set(fold(name), [e]);
    }
  }
  const matches: AppendMatch[] = [];
  for (const theirs of other.entities) {
    const sameId = byId.get(theirs.id);
    if (sameId) {
      matches.push({ theirs, ours: sameId, reason: 'same id' });
      continue;
    }
    const sameName = byNameType.get(`${theirs.type}\u0000${fold(theirs.label)}`);
    if (sameName) {
      matches.push({ theirs, ours: sameName, reason: 'same name and type' });
      continue;
    }
    const named = [theirs.label, ...theirs.aliases].flatMap((name) => byName.get(fold(name)) ?? []);
    const alias = named.find((e) => e.type === theirs.type) ?? named[0];
    if (alias) matches.push({ theirs, ours: alias, reason: 'same alias' });
  }
  return matches;
}

/**
 * The open investigation with `other` added. `refusedIds`: ids (in `other`) of entities whose match the user
 * refused; they come in as entities of their own.
 */
export function appendGraph(dataset: Dataset, other: Dataset, refusedIds: ReadonlySet<string> = new Set()): EditResult {
  if (other.entities.length === 0) return refused(`“${other.title}” has no entities to append`);
  const matches = matchEntities(dataset, other).filter((m) => !refusedIds.has(m.theirs.id));
  const matchOf = new Map(matches.map((m) => [m.theirs.id, m.ours]));

  // Entities: matched ones add their names and missing values to ours; the rest come in, renamed if their id is taken.
  const entityIds = new Set(dataset.entities.map((e) => e.id));
  const entityId = new Map<string, string>();
  const enriched = new Map<string, Entity>();
  const added: Entity[] = [];
  for (const theirs of other.entities) {
    const ours = matchOf.get(theirs.id);
    if (ours) {
      entityId.set(theirs.id, ours.id);
      enriched.set(ours.id, withNamesOf(enriched.get(ours.id) ?? ours, theirs));
      continue;
    }
    const id = entityIds.has(theirs.id) ? freshId(theirs.label, entityIds) : theirs.id;
    entityIds.add(id);
    entityId.set(theirs.id, id);
    added.push({ ...theirs, id });
  }

  // Sources: one with our id and the same title is the same source; another with a taken id gets a fresh one.
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const sourceId = new Map<string, string>();
  const newSources: Source[] = [];
  for (const s of other.sources) {
    const ours = dataset.sources.find((o) => o.id === s.id);
    if (ours && fold(ours.title) === fold(s.title)) {
      sourceId.set(s.id, s.id);
      continue;
    }
    const id = ours ? freshId(s.title, sourceIds) : s.id;
    sourceIds.add(id);
    sourceId.set(s.id, id);
  }
  const mapSource = (id: string) => sourceId.get(id) ?? id;
  for (const s of other.sources)
    if (!dataset.sources.some((o) => o.id === s.id && sourceId.get(s.id) === s.id))
      newSources.push({ ...s, id: mapSource(s.id), cites: s.cites.map(mapSource) });

  // Relations: ends and claims follow; the same link as one of ours joins it.
  const keyOf = relationKeyer({ vocabulary: mergedVocabulary(dataset, other) });
  const ourIndex = new Map(dataset.relations.map((r, i) => [keyOf(r), i]));
  const relations = [...dataset.relations];
  const relationIds = new Set(dataset.relations.map((r) => r.id));
  let joined = 0;
  let addedRelations = 0;
  for (const r of other.relations) {
    const moved: Relation = {
      ...r,
      source: entityId.get(r.source) ?? r.source,
      target: entityId.get(r.target) ?? r.target,
      claims: r.claims.map((c) => ({ ...c, source: mapSource(c.source), via: c.via?.map(mapSource) })),
    };
    const at = ourIndex.get(keyOf(moved));
    if (at !== undefined) {
      relations[at] = joinRelations([relations[at]!, moved]);
      joined++;
      continue;
    }
    const id = relationIds.has(r.id) ? freshId(r.id, relationIds) : r.id;
    relationIds.add(id);
    ourIndex.set(keyOf(moved), relations.length);
    relations.push({ ...moved, id });
    addedRelations++;
  }

  const sources = [...dataset.sources, ...newSources];
  const bare = relations.filter((r) => r.claims.length === 0).length;
  if (sources.length > 0 && bare > 0)
    return refused(
      `${plural(bare, 'relation')} would have no claim, and every relation of an investigation with sources needs ` +
        'one quoting a source: append a graph that cites its sources, or append to one without sources',
    );
  const entities = [...dataset.entities.map((e) => enriched.get(e.id) ?? e), ...added];
  const distinct = [
    ...(dataset.distinct ?? []),
    ...(other.distinct ?? []).map(([a, b]): [string, string] => [entityId.get(a) ?? a, entityId.get(b) ?? b]),
  ];
  const candidate: Dataset = {
    ...dataset,
    vocabulary: mergedVocabulary(dataset, other),
    sources,
    entities,
    relations,
  };
  if (distinct.length > 0) candidate.distinct = distinct;
  const matched = new Set(matches.map((m) => m.ours.id)).size;
  return checked(
    candidate,
    `Appended “${other.title}”: ${added.length.toLocaleString('en')} ${added.length === 1 ? 'entity' : 'entities'} added, ${matched} matched; ` +
      `${plural(addedRelations, 'relation')} added, ${joined} joined.`,
  );
}

/** Ours, with their names as aliases and the values ours lacks. */
function withNamesOf(ours: Entity, theirs: Entity): Entity {
  const names = new Map([ours.label, ...ours.aliases].map((n) => [fold(n), n]));
  const aliases = [...ours.aliases];
  for (const name of [theirs.label, ...theirs.aliases])
    if (!names.has(fold(name))) {
      names.set(fold(name), name);
      aliases.push(name);
    }
  const next: Entity = { ...ours, aliases };
  for (const field of ['country', 'role', 'description'] as const)
    if (next[field] === undefined && theirs[field] !== undefined) next[field] = theirs[field];
  if (theirs.attributes)
    next.attributes = Object.assign(
      Object.create(null) as NonNullable<Entity['attributes']>,
      theirs.attributes,
      ours.attributes ?? {},
    );
  return next;
}

function mergedVocabulary(dataset: Dataset, other: Dataset): Dataset['vocabulary'] {
  if (!other.vocabulary) return dataset.vocabulary;
  const pick = <K extends 'entityTypes' | 'relationTypes'>(key: K) =>
    Object.assign(Object.create(null), other.vocabulary?.[key] ?? {}, dataset.vocabulary?.[key] ?? {}) as NonNullable<
      NonNullable<Dataset['vocabulary']>[K]
    >;
  return { entityTypes: pick('entityTypes'), relationTypes: pick('relationTypes') };
}
