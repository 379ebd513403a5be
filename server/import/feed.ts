// Checks records one at a time as they arrive and hands them to the store in batches: the dataset line first, then
// sources, entities and relations, each against the schema and the rules between records (model/datasetRules.ts).
// The first problem stops the import with the line it is on; the caller then aborts, so the store is unchanged.
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
import type { DatasetHead, ImportResponse } from '../../src/io/server/wire';
import { ApiError } from '../graph/errors';
import { RecordError, type ImportSink, type Store } from '../store/types';

const BATCH = 20_000;
export const SERVER_LIMITS = { entities: 5_000_000, relations: 10_000_000, sources: 100_000 };

type Phase = 'head' | 'sources' | 'entities' | 'relations';
const ORDER: Phase[] = ['head', 'sources', 'entities', 'relations'];

export interface Progress {
  entities: number;
  relations: number;
}

/** Receives records (with their line numbers) and writes them; `finish` returns the new investigation. */
export class RecordFeed {
  private phase: Phase = 'head';
  private sink: ImportSink | null = null;
  private readonly sources: Source[] = [];
  private readonly entityIds = new Set<string>();
  private cross: CrossContext | null = null;
  private vocabulary: DatasetHead['vocabulary'];
  private evidence: SourceIndex | null = null;
  private batch: { value: unknown; line: number }[] = [];
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
    this.vocabulary = finalHead.vocabulary;
    this.phase = 'sources';
  }

  async record(kind: 'source' | 'entity' | 'relation', value: unknown, line: number): Promise<void> {
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
    this.batch.push({ value, line });
    if (this.batch.length >= BATCH) await this.flush();
  }

  private async enter(phase: Phase): Promise<void> {
    await this.flush();
    if (this.phase === 'sources') {
      // The sources are all known now: the context for checking claims and their chains, and for the evidence.
      const sourceIds = new Set(this.sources.map((s) => s.id));
      this.cross = crossContext({ vocabulary: this.vocabulary, sources: this.sources }, this.entityIds, sourceIds);
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
    const batch = this.batch;
    this.batch = [];
    if (batch.length === 0 || !this.sink) return;
    const lineOf = new Map<string, number>();
    try {
      if (this.phase === 'sources') {
        const sources = batch.map(({ value, line }) => this.check(sourceSchema, value, line, 'source') as Source);
        this.sources.push(...sources);
        if (this.sources.length > SERVER_LIMITS.sources) throw this.tooMany('sources');
        batch.forEach(({ line }, i) => lineOf.set(sources[i]!.id, line));
        await this.sink.addSources(sources);
      } else if (this.phase === 'entities') {
        const entities = batch.map(({ value, line }) => {
          const entity = this.check(entitySchema, value, line, 'entity') as Entity;
          this.crossCheck(line, (report) => entityProblems(entity, 0, this.cross!, report));
          lineOf.set(entity.id, line);
          return entity;
        });
        await this.sink.addEntities(entities);
        for (const entity of entities) this.entityIds.add(entity.id);
        this.counts.entities += entities.length;
        if (this.counts.entities > SERVER_LIMITS.entities) throw this.tooMany('entities');
      } else {
        const relations = batch.map(({ value, line }) => {
          const relation = this.check(relationSchema, value, line, 'relation') as Relation;
          this.crossCheck(line, (report) => relationProblems(relation, 0, this.cross!, report));
          lineOf.set(relation.id, line);
          return { relation, origins: relationEvidence(relation, this.evidence!).origins.length };
        });
        await this.sink.addRelations(relations);
        this.counts.relations += relations.length;
        if (this.counts.relations > SERVER_LIMITS.relations) throw this.tooMany('relations');
      }
    } catch (error) {
      if (error instanceof RecordError) {
        const line = lineOf.get(error.recordId);
        throw new ApiError(400, 'invalid-file', line ? `Line ${line}: ${error.message}` : error.message, line);
      }
      throw error;
    }
    this.onProgress?.(this.counts);
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
