// The check of an edit that touched a few records of a big dataset: the same rules as the full schema
// (schema.ts's record shapes and its entityProblems / relationProblems), applied only where the edit could have
// broken one. A full check of 50,000 entities with their claims takes about half a second; this takes a few
// milliseconds. Anything it is not made for (sources, vocabulary, many records) goes to the full check.
import {
  crossContext,
  entityProblems,
  entitySchema,
  relationProblems,
  relationSchema,
  type Dataset,
  type Entity,
  type Relation,
} from '../schema';
import { checked, describePath, type EditResult } from './result';

/** Past this many changed records, the full check is as quick and simpler to trust. */
const MAX_CHANGED = 500;

/** Indexes of records in `after` that are new or not the same object as before; null when too many. */
function changedIndexes<T extends { id: string }>(before: readonly T[], after: readonly T[]): number[] | null {
  if (before === after) return [];
  const changed: number[] = [];
  // Edits keep every untouched record as the same object, mostly at the same place: compare in step first.
  const common = Math.min(before.length, after.length);
  let i = 0;
  while (i < common && before[i] === after[i]) i++;
  if (i === after.length) return changed;
  const known = new Set<T>(before.slice(i));
  for (let j = i; j < after.length; j++) {
    if (known.has(after[j]!)) continue;
    changed.push(j);
    if (changed.length > MAX_CHANGED) return null;
  }
  return changed;
}

/** Ids that were in `before` and are in `after` no more. */
function removedIds(before: readonly { id: string }[], after: readonly { id: string }[], ids: Set<string>): string[] {
  return before === after ? [] : before.filter((r) => !ids.has(r.id)).map((r) => r.id);
}

export function checkedChange(before: Dataset, after: Dataset, message: string): EditResult {
  // Sources, vocabulary, title…: few, but rules reach across all records from them.
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('entities');
  keys.delete('relations');
  const sameRest = [...keys].every((key) => before[key as keyof Dataset] === after[key as keyof Dataset]);
  const entityChanges = changedIndexes(before.entities, after.entities);
  const relationChanges = changedIndexes(before.relations, after.relations);
  if (!sameRest || entityChanges === null || relationChanges === null) return checked(after, message);

  const entityIds = new Set(after.entities.map((e) => e.id));
  const relationIds = new Set(after.relations.map((r) => r.id));
  // Duplicate ids are reported by the full check, with where each was first used.
  if (entityIds.size !== after.entities.length || relationIds.size !== after.relations.length)
    return checked(after, message);
  const problems: { path: (string | number)[]; message: string }[] = [];
  const report = (path: (string | number)[], text: string) => problems.push({ path, message: text });
  const cross = crossContext(after, entityIds, new Set(after.sources.map((s) => s.id)));

  const entities = [...after.entities];
  for (const i of entityChanges) {
    const parsed = entitySchema.safeParse(after.entities[i]);
    if (!parsed.success)
      parsed.error.issues.forEach((issue) => report(['entities', i, ...pathOf(issue)], issue.message));
    else entities[i] = parsed.data;
    entityProblems(after.entities[i] as never, i, cross, report);
  }
  const relationsToCheck = new Set(relationChanges);
  // A relation untouched by the edit can still lose an end: look at those of every entity that went.
  const gone = new Set(removedIds(before.entities, after.entities, entityIds));
  if (gone.size > 0)
    after.relations.forEach((r, j) => {
      if (gone.has(r.source) || gone.has(r.target)) relationsToCheck.add(j);
    });
  const relations = [...after.relations];
  for (const j of relationsToCheck) {
    const parsed = relationSchema.safeParse(after.relations[j]);
    if (!parsed.success)
      parsed.error.issues.forEach((issue) => report(['relations', j, ...pathOf(issue)], issue.message));
    else relations[j] = parsed.data;
    relationProblems(after.relations[j] as never, j, cross, report);
  }
  if (problems.length > 0) {
    const first = problems[0]!;
    return { ok: false, error: `${describePath(after, first.path)}: ${first.message}` };
  }
  return {
    ok: true,
    dataset: { ...after, entities: entities as Entity[], relations: relations as Relation[] },
    message,
  };
}

const pathOf = (issue: { path: readonly PropertyKey[] }) =>
  issue.path.filter((k): k is string | number => typeof k !== 'symbol');
