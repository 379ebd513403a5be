// Every edit of an investigation ends here: the changed dataset is checked against the same rules as a file (the
// schema and its cross-references), so an edit can never leave what the story could not have been loaded as.
// An edit is a pure function from a dataset to an EditResult; the explorer shows the new dataset only when ok.
import { datasetSchema, type Dataset } from '../schema';
import { formatPath } from '../pathText';

export type EditResult = { ok: true; dataset: Dataset; message: string } | { ok: false; error: string };

/** The candidate as a dataset, or the first problem with the field it is about ("relations[3].claims[0].quote: …"). */
export function checked(candidate: Dataset, message: string): EditResult {
  const parsed = datasetSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, dataset: parsed.data, message };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: `${describePath(candidate, issue.path)}: ${issue.message}` };
}

export const refused = (error: string): EditResult => ({ ok: false, error });

/**
 * A JSON path with the record named: `relations[3].claims[0].quote` becomes `relation "r-12", claim 1, quote`,
 * which an editor can find without counting.
 */
export function describePath(dataset: Dataset, path: readonly PropertyKey[]): string {
  const [list, index, ...rest] = path;
  const records: Record<string, readonly { id?: string }[] | undefined> = {
    entities: dataset.entities,
    relations: dataset.relations,
    sources: dataset.sources,
  };
  const names: Record<string, string> = { entities: 'entity', relations: 'relation', sources: 'source' };
  if (typeof list !== 'string' || typeof index !== 'number' || !records[list]) return formatPath(path);
  const id = records[list]?.[index]?.id;
  let text = `${names[list]} ${id ? JSON.stringify(id) : `#${index + 1}`}`;
  if (rest[0] === 'claims' && typeof rest[1] === 'number') {
    text += `, claim ${rest[1] + 1}`;
    rest.splice(0, 2);
  }
  return rest.length > 0 ? `${text}, ${rest.map(String).join('.')}` : text;
}
