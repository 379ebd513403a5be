// What a server answer adds to the part of an investigation loaded in the browser: its new entities, relations
// and sources appended to the dataset, checked by the same rules as a file. Records already loaded stay the same
// objects, so the graph and the drawing change by what was added alone (model/graphEdit.ts, view/placeNewNodes.ts).
import type { Dataset, Entity, Relation, Source } from '../../model/schema';
import type { ServerEntity } from '../../io/server/wire';
import type { ValidationResult } from '../../io/validate';

/** The dataset check (io/validate.ts), handed in: its schema is loaded when first needed, not with the page. */
export type Validate = (json: unknown) => ValidationResult;

/** Records a server answer brings: entities with their degree in the whole investigation. */
export interface Additions {
  entities: readonly ServerEntity[];
  relations: readonly Relation[];
  sources: readonly Source[];
}

export const NO_ADDITIONS: Additions = { entities: [], relations: [], sources: [] };

export type Added =
  | {
      ok: true;
      dataset: Dataset;
      /** Every loaded entity's relations in the whole investigation, by entity id (the new ones included). */
      degrees: ReadonlyMap<string, number>;
      /** How many entities and relations were new. */
      entities: number;
      relations: number;
    }
  | { ok: false; message: string };

/**
 * The dataset with what `additions` holds that it lacks. A relation whose ends are not both loaded is left out
 * (it comes back with its other end). Refused, changing nothing, when the new records break the dataset's rules.
 */
export function addToDataset(
  dataset: Dataset,
  degrees: ReadonlyMap<string, number>,
  additions: Additions,
  validate: Validate,
): Added {
  const entityIds = new Set(dataset.entities.map((e) => e.id));
  const relationIds = new Set(dataset.relations.map((r) => r.id));
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const nextDegrees = new Map(degrees);
  const entities: Entity[] = [];
  for (const found of additions.entities) {
    if (typeof found?.id !== 'string') continue;
    if (typeof found.degree === 'number' && Number.isFinite(found.degree)) nextDegrees.set(found.id, found.degree);
    if (entityIds.has(found.id)) continue;
    entityIds.add(found.id);
    // The degree is the server's count, not part of the record.
    const entity: Entity & { degree?: number } = { ...found };
    delete entity.degree;
    entities.push(entity);
  }
  const relations = additions.relations.filter((r) => {
    if (typeof r?.id !== 'string' || relationIds.has(r.id)) return false;
    if (!entityIds.has(r.source) || !entityIds.has(r.target)) return false;
    relationIds.add(r.id);
    return true;
  });
  const sources = additions.sources.filter((s) => {
    if (typeof s?.id !== 'string' || sourceIds.has(s.id)) return false;
    sourceIds.add(s.id);
    return true;
  });
  if (entities.length === 0 && relations.length === 0 && sources.length === 0)
    return { ok: true, dataset, degrees: nextDegrees, entities: 0, relations: 0 };

  // Checked as a file is: the new records with everything they may point at (loaded entities and sources). The
  // relations already loaded were checked when they came.
  const checked = validate({
    ...dataset,
    sources: [...dataset.sources, ...sources],
    entities: [...dataset.entities, ...entities],
    relations,
  });
  if (!checked.ok)
    return {
      ok: false,
      message: `The server sent records this app cannot show: ${checked.problems
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ')}`,
    };
  const fresh = checked.dataset;
  const next: Dataset = {
    ...dataset,
    sources: sources.length ? [...dataset.sources, ...fresh.sources.slice(dataset.sources.length)] : dataset.sources,
    entities: entities.length
      ? [...dataset.entities, ...fresh.entities.slice(dataset.entities.length)]
      : dataset.entities,
    relations: relations.length ? [...dataset.relations, ...fresh.relations] : dataset.relations,
  };
  return { ok: true, dataset: next, degrees: nextDegrees, entities: entities.length, relations: relations.length };
}

/** How many of an entity's relations are not loaded: its degree on the server less the links drawn. */
export function relationsLeftOut(degree: number | undefined, loaded: number): number {
  return degree === undefined ? 0 : Math.max(0, degree - loaded);
}
