// Checks records one at a time as they arrive and hands them to the store in batches: the dataset line first, then
// sources, entities and relations, each against the schema and the rules between records (model/datasetRules.ts),
// ids unique included. The first problem stops the import with the line it is on; the caller then aborts, so the
// store is unchanged. Plain records take the validation shortcut (io/fastValidate.ts); zod judges anything else.
import type { z } from 'zod';
import {
  crossContext,
  datasetSchema,
  entitySchema,
  relationProblems,
  relationSchema,
  sourceSchema,
  entityProblems,
  type CrossContext,
  type Entity,
  type Relation,
  type Source,
} from '../../src/model/schema';
import { indexSources, relationEvidence, type SourceIndex } from '../../src/model/evidence';
import { formatPath } from '../../src/io/validate';
import { entityAsGiven, fastEntity, fastRelation, relationAsGiven } from '../../src/io/fastValidate';
import type { DatasetHead, ImportResponse } from '../../src/io/server/wire';
import { ApiError } from '../graph/errors';
import { RecordError, type ImportSink, type RelationBatchItem, type Store } from '../store/types';
import { IdIndex } from './idIndex';

/** Records per batch, unless the store's sink asks for another size (ImportSink.batchSize). */
const BATCH = 5_000;
/** The shortcut's check of relation ends is left to the index lookup that follows it. */
const ANY_ID = { has: () => true };
export const SERVER_LIMITS = { entities: 5_000_000, relations: 10_000_000, sources: 100_000 };

type Kind = 'source' | 'entity' | 'relation';
type Phase = 'head' | 'sources' | 'entities' | 'relations';
const ORDER: Phase[] = ['head', 'sources', 'entities', 'relations'];

const emptyPending = () => ({
  sources: [] as Source[],
  entities: [] as Entity[],
  /** Each entity's JSON text when it was written in stored form (see RecordFeed.takeEntity). */
  json: [] as (string | null)[],
  relations: [] as RelationBatchItem[],
  lines: [] as number[],
});

export interface Progress {
  entities: number;
  relations: number;
}

/** Receives records (with their line numbers) and writes them; `finish` returns the new investigation. */
export class RecordFeed {
  private phase: Phase = 'head';
  private sink: ImportSink | null = null;
  private batch = BATCH;
  private readonly sources: Source[] = [];
  /** Every entity id with its position in the import, which relations pass on to the store for their ends. */
  private readonly entityIds = new IdIndex();
  private readonly relationIds = new IdIndex();
  private readonly sourceIds = new Set<string>();
  private cross: CrossContext | null = null;
  private vocabulary: DatasetHead['vocabulary'];
  private evidence: SourceIndex | null = null;
  /** Records checked and waiting to be handed to the store, with their lines (the store's refusals name one). */
  private pending = emptyPending();
  readonly counts: Progress = { entities: 0, relations: 0 };
  readonly warnings: string[] = [];

  constructor(
    private readonly store: Store,
    private readonly title: string | undefined,
    private readonly onProgress?: (progress: Progress) => void,
  ) {}

  async head(head: unknown, line: number): Promise<void> {
    const parsed = datasetSchema.safeParse({ ...(head as object), sources: [], entities: [], relations: [] });
    if (head === null || typeof head !== 'object' || Array.isArray(head) || !parsed.success) {
      const issue = parsed.success ? undefined : parsed.error.issues[0];
      const why = issue ? `${formatPath(issue.path as (string | number)[])}: ${issue.message}` : 'not an object';
      throw new ApiError(400, 'invalid-file', `Line ${line}: the dataset line is not valid (${why}).`, line);
    }
    const rest: Partial<typeof parsed.data> = { ...parsed.data };
    delete rest.sources;
    delete rest.entities;
    delete rest.relations;
    const finalHead: DatasetHead = { ...(rest as DatasetHead), title: this.title?.trim() || parsed.data.title };
    this.sink = await this.store.beginImport(finalHead);
    this.batch = this.sink.batchSize ?? BATCH;
    this.vocabulary = finalHead.vocabulary;
    this.phase = 'sources';
  }

  /**
   * Takes one record (`text`: its JSON text, when it was read from a line that holds exactly it, see recordText.ts)
   * and checks it at once, so the first problem found is the first in the file; when that fills a batch, returns
   * the promise of its hand-over, to await.
   */
  record(kind: Kind, value: unknown, line: number, text?: string | null): Promise<void> | undefined {
    if (kind !== this.kind || !this.sink) return this.recordInNewPhase(kind, value, line, text);
    this.take(value, line, text);
    return this.pending.lines.length >= this.batch ? this.flush() : undefined;
  }

  /** The kind of record the current phase takes (its first record went through the checks below). */
  private kind: Kind | null = null;

  private async recordInNewPhase(kind: Kind, value: unknown, line: number, text?: string | null): Promise<void> {
    const phase: Phase = kind === 'source' ? 'sources' : kind === 'entity' ? 'entities' : 'relations';
    if (!this.sink)
      throw new ApiError(400, 'invalid-file', `Line ${line}: the first line must be the dataset line.`, line);
    if (ORDER.indexOf(phase) < ORDER.indexOf(this.phase)) {
      throw new ApiError(
        400,
        'invalid-file',
        `Line ${line}: a ${kind} after the ${this.phase}; the order is sources, then entities, then relations.`,
        line,
      );
    }
    if (phase !== this.phase) await this.enter(phase);
    this.kind = kind;
    this.take(value, line, text);
    if (this.pending.lines.length >= this.batch) await this.flush();
  }

  private take(value: unknown, line: number, text: string | null | undefined): void {
    if (this.phase === 'entities') this.takeEntity(value, line, text);
    else if (this.phase === 'relations') this.takeRelation(value, line, text);
    else this.takeSource(value, line);
    this.pending.lines.push(line);
  }

  private async enter(phase: Phase): Promise<void> {
    await this.flush();
    if (this.phase === 'sources') {
      // The sources are all known now: the context for checking claims and their chains, and for the evidence.
      this.cross = crossContext({ vocabulary: this.vocabulary, sources: this.sources }, this.entityIds, this.sourceIds);
      this.evidence = indexSources(this.sources);
    }
    this.phase = phase;
  }

  private check<T>(schema: z.ZodType<T>, value: unknown, line: number, what: string): T {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `${formatPath(issue.path as (string | number)[])}: ` : '';
    throw new ApiError(
      400,
      'invalid-file',
      `Line ${line}: this ${what} is not valid (${where}${issue.message}).`,
      line,
    );
  }

  private crossCheck(line: number, run: (report: (path: (string | number)[], message: string) => void) => void) {
    run((path, message) => {
      const where = path.slice(2).length ? `${formatPath(path.slice(2))}: ` : '';
      throw new ApiError(400, 'invalid-file', `Line ${line}: ${where}${message}.`, line);
    });
  }

  private async flush(): Promise<void> {
    const { sources, entities, json, relations, lines } = this.pending;
    this.pending = emptyPending();
    if (lines.length === 0 || !this.sink) return;
    try {
      if (this.phase === 'sources') await this.sink.addSources(sources);
      else if (this.phase === 'entities') await this.sink.addEntities(entities, json);
      else await this.sink.addRelations(relations);
    } catch (error) {
      if (error instanceof RecordError) {
        // The store's own check, behind the ones here: the record is looked for in this batch.
        const ids = [...sources, ...entities, ...relations.map((item) => item.relation)].map((record) => record.id);
        const line = lines[ids.indexOf(error.recordId)];
        throw new ApiError(400, 'invalid-file', line ? `Line ${line}: ${error.message}` : error.message, line);
      }
      throw error;
    }
    this.counts.entities += entities.length;
    this.counts.relations += relations.length;
    // Every BATCH records or so, whatever the store's batches: a client hears as often as before.
    if (this.counts.entities + this.counts.relations - this.reported >= BATCH) this.report();
  }

  /** Records counted in the last progress reported. */
  private reported = 0;

  private report(): void {
    this.reported = this.counts.entities + this.counts.relations;
    this.onProgress?.(this.counts);
  }

  private twice(what: 'sources' | 'entities' | 'relations', id: string, line: number): ApiError {
    return new ApiError(400, 'invalid-file', `Line ${line}: Two ${what} have the id "${id}".`, line);
  }

  private takeSource(value: unknown, line: number): void {
    const source = this.check(sourceSchema, value, line, 'source') as Source;
    if (this.sourceIds.has(source.id)) throw this.twice('sources', source.id, line);
    if (this.sources.length >= SERVER_LIMITS.sources) throw this.tooMany('sources');
    this.sourceIds.add(source.id);
    this.sources.push(source);
    this.pending.sources.push(source);
  }

  private takeEntity(value: unknown, line: number, text: string | null | undefined): void {
    const cross = this.cross!;
    let entity = fastEntity(value, cross.entityTypes);
    const json = entity && text && entityAsGiven(value, entity) ? text : null;
    if (!entity) {
      entity = this.check(entitySchema, value, line, 'entity') as Entity;
      this.crossCheck(line, (report) => entityProblems(entity!, 0, cross, report));
    }
    if (this.entityIds.add(entity.id) < 0) throw this.twice('entities', entity.id, line);
    if (this.entityIds.size > SERVER_LIMITS.entities) throw this.tooMany('entities');
    this.pending.entities.push(entity);
    this.pending.json.push(json);
  }

  private takeRelation(value: unknown, line: number, text: string | null | undefined): void {
    const item = this.checkRelation(value, line, text);
    if (this.relationIds.add(item.relation.id) < 0) throw this.twice('relations', item.relation.id, line);
    if (this.relationIds.size > SERVER_LIMITS.relations) throw this.tooMany('relations');
    this.pending.relations.push(item);
  }

  private checkRelation(value: unknown, line: number, text: string | null | undefined): RelationBatchItem {
    const cross = this.cross!;
    const ids = this.entityIds;
    // A dataset with sources needs a claim on every relation, which only the full check looks at.
    const fast = cross.needsClaims ? null : fastRelation(value, cross.relationTypes, ANY_ID);
    if (fast) {
      const ends = [ids.get(fast.source), ids.get(fast.target)] as const;
      if (ends[0] >= 0 && ends[1] >= 0) {
        const json = text && relationAsGiven(value, fast) ? text : null;
        return { relation: fast, origins: 0, ends, ...(json && { json }) };
      }
    }
    const relation = this.check(relationSchema, value, line, 'relation') as Relation;
    this.crossCheck(line, (report) => relationProblems(relation, 0, cross, report));
    const origins = relation.claims.length ? relationEvidence(relation, this.evidence!).origins.length : 0;
    return { relation, origins, ends: [ids.get(relation.source), ids.get(relation.target)] };
  }

  private tooMany(what: keyof typeof SERVER_LIMITS): ApiError {
    return new ApiError(
      413,
      'too-large',
      `The file has more than ${SERVER_LIMITS[what].toLocaleString('en')} ${what}.`,
    );
  }

  async finish(): Promise<ImportResponse> {
    if (!this.sink) throw new ApiError(400, 'invalid-file', 'The file holds no dataset.');
    if (this.phase === 'head' || this.phase === 'sources') await this.enter('entities');
    await this.flush();
    if (this.counts.entities + this.counts.relations > this.reported) this.report();
    if (this.counts.entities === 0) throw new ApiError(400, 'invalid-file', 'The file holds no entities.');
    const summary = await this.sink.finish();
    this.sink = null;
    return { ...summary, warnings: this.warnings };
  }

  /** Undoes a failed import: nothing it wrote stays. */
  async abort(): Promise<void> {
    const sink = this.sink;
    this.sink = null;
    await sink?.abort();
  }
}
