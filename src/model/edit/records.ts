// Adding, changing and deleting the records of an investigation: entities, relations, claims and sources. Each
// function takes the dataset and returns a checked EditResult (result.ts); what a delete takes with it is worked
// out first by the matching `…Consequences` function, so the app can show it before the user confirms.
import type { Claim, Dataset, Entity, Relation, Source } from '../schema';
import { refused, type EditResult } from './result';
import { checkedChange } from './incremental';

const named = (label: string) => `“${label}”`;

/** Adds an entity, or replaces the one with `previousId` (an id change follows into every relation). */
export function putEntity(dataset: Dataset, entity: Entity, previousId: string = entity.id): EditResult {
  const index = dataset.entities.findIndex((e) => e.id === previousId);
  if (index < 0 && previousId !== entity.id) return refused(`there is no entity "${previousId}" to change`);
  if (entity.id !== previousId && dataset.entities.some((e) => e.id === entity.id))
    return refused(`entity, id: "${entity.id}" is already used by another entity`);
  const entities = index < 0 ? [...dataset.entities, entity] : dataset.entities.with(index, entity);
  const relations =
    entity.id === previousId
      ? dataset.relations
      : dataset.relations.map((r) =>
          r.source === previousId || r.target === previousId
            ? {
                ...r,
                source: r.source === previousId ? entity.id : r.source,
                target: r.target === previousId ? entity.id : r.target,
              }
            : r,
        );
  const verb = index < 0 ? 'Added' : 'Changed';
  return checkedChange(dataset, { ...dataset, entities, relations }, `${verb} ${named(entity.label)}.`);
}

export interface EntityConsequences {
  relations: Relation[];
  claims: number;
}

/** What deleting an entity takes with it: every relation it is an end of, and their claims. */
export function entityConsequences(dataset: Dataset, id: string): EntityConsequences {
  const relations = dataset.relations.filter((r) => r.source === id || r.target === id);
  return { relations, claims: relations.reduce((n, r) => n + r.claims.length, 0) };
}

export function deleteEntity(dataset: Dataset, id: string): EditResult {
  const entity = dataset.entities.find((e) => e.id === id);
  if (!entity) return refused(`there is no entity "${id}" to delete`);
  const gone = new Set(entityConsequences(dataset, id).relations.map((r) => r.id));
  return checkedChange(
    dataset,
    {
      ...dataset,
      entities: dataset.entities.filter((e) => e.id !== id),
      relations: dataset.relations.filter((r) => !gone.has(r.id)),
    },
    `Deleted ${named(entity.label)}${gone.size > 0 ? ` and ${plural(gone.size, 'relation')}` : ''}.`,
  );
}

/** Adds a relation, or replaces the one with `previousId`. */
export function putRelation(dataset: Dataset, relation: Relation, previousId: string = relation.id): EditResult {
  const index = dataset.relations.findIndex((r) => r.id === previousId);
  if (relation.id !== previousId && dataset.relations.some((r) => r.id === relation.id))
    return refused(`relation, id: "${relation.id}" is already used by another relation`);
  const relations = index < 0 ? [...dataset.relations, relation] : dataset.relations.with(index, relation);
  return checkedChange(
    dataset,
    { ...dataset, relations },
    `${index < 0 ? 'Added' : 'Changed'} the relation ${relation.id}.`,
  );
}

export function deleteRelation(dataset: Dataset, id: string): EditResult {
  if (!dataset.relations.some((r) => r.id === id)) return refused(`there is no relation "${id}" to delete`);
  return checkedChange(
    dataset,
    { ...dataset, relations: dataset.relations.filter((r) => r.id !== id) },
    `Deleted the relation ${id}.`,
  );
}

/** Replaces claim `index` of a relation (or adds one when index is the claims' length). */
export function putClaim(dataset: Dataset, relationId: string, index: number, claim: Claim): EditResult {
  const at = dataset.relations.findIndex((r) => r.id === relationId);
  const relation = dataset.relations[at];
  if (!relation) return refused(`there is no relation "${relationId}" for this claim`);
  if (index < 0 || index > relation.claims.length) return refused(`the relation has no claim ${index + 1}`);
  const claims = index === relation.claims.length ? [...relation.claims, claim] : relation.claims.with(index, claim);
  const relations = dataset.relations.with(at, { ...relation, claims });
  return checkedChange(
    dataset,
    { ...dataset, relations },
    index === relation.claims.length ? 'Added a claim.' : 'Changed a claim.',
  );
}

/** Deletes one claim; a relation left with none is refused, since every relation must rest on a quote. */
export function deleteClaim(dataset: Dataset, relationId: string, index: number): EditResult {
  const at = dataset.relations.findIndex((r) => r.id === relationId);
  const relation = dataset.relations[at];
  if (!relation?.claims[index]) return refused(`there is no claim ${index + 1} on relation "${relationId}"`);
  if (relation.claims.length === 1 && dataset.sources.length > 0)
    return refused('this is the relation’s only claim: delete the relation instead, or add another claim first');
  const claims = relation.claims.filter((_, i) => i !== index);
  return checkedChange(
    dataset,
    { ...dataset, relations: dataset.relations.with(at, { ...relation, claims }) },
    'Deleted a claim.',
  );
}

/** Adds a source, or replaces the one with `previousId` (an id change follows into claims, chains and citations). */
export function putSource(dataset: Dataset, source: Source, previousId: string = source.id): EditResult {
  const index = dataset.sources.findIndex((s) => s.id === previousId);
  if (source.id !== previousId && dataset.sources.some((s) => s.id === source.id))
    return refused(`source, id: "${source.id}" is already used by another source`);
  const rename = (id: string) => (id === previousId ? source.id : id);
  let sources = index < 0 ? [...dataset.sources, source] : dataset.sources.with(index, source);
  let relations = dataset.relations;
  if (source.id !== previousId && index >= 0) {
    sources = sources.map((s) => ({ ...s, cites: s.cites.map(rename) }));
    relations = relations.map((r) => ({
      ...r,
      claims: r.claims.map((c) => ({ ...c, source: rename(c.source), via: c.via?.map(rename) })),
    }));
  }
  return checkedChange(
    dataset,
    { ...dataset, sources, relations },
    `${index < 0 ? 'Added' : 'Changed'} ${named(source.title)}.`,
  );
}

export interface SourceConsequences {
  /** Claims quoting the source, which go with it. */
  claims: number;
  /** Relations whose every claim quotes it: they would rest on nothing, and go too. */
  unsupported: Relation[];
  /** Sources that cite it, or claims whose chain passes through it: they lose that link. */
  citedBy: Source[];
}

export function sourceConsequences(dataset: Dataset, id: string): SourceConsequences {
  let claims = 0;
  const unsupported: Relation[] = [];
  for (const r of dataset.relations) {
    const quoting = r.claims.filter((c) => c.source === id).length;
    claims += quoting;
    if (quoting > 0 && quoting === r.claims.length) unsupported.push(r);
  }
  return { claims, unsupported, citedBy: dataset.sources.filter((s) => s.cites.includes(id)) };
}

export function deleteSource(dataset: Dataset, id: string): EditResult {
  const source = dataset.sources.find((s) => s.id === id);
  if (!source) return refused(`there is no source "${id}" to delete`);
  const { unsupported } = sourceConsequences(dataset, id);
  const gone = new Set(unsupported.map((r) => r.id));
  const relations = dataset.relations
    .filter((r) => !gone.has(r.id))
    .map((r) => ({
      ...r,
      claims: r.claims
        .filter((c) => c.source !== id)
        .map((c) => (c.via?.includes(id) ? { ...c, via: c.via.filter((v) => v !== id) } : c)),
    }));
  const sources = dataset.sources
    .filter((s) => s.id !== id)
    .map((s) => ({ ...s, cites: s.cites.filter((c) => c !== id) }));
  const extra = gone.size > 0 ? ` and ${plural(gone.size, 'relation')} it alone supported` : '';
  return checkedChange(dataset, { ...dataset, sources, relations }, `Deleted ${named(source.title)}${extra}.`);
}

/** An id not yet used in `taken`, made from a name: "Nicolás Maduro" → "nicolas-maduro" (then "-2", "-3"…). */
export function freshId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'item';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
