// Runs the evidence lint for the page: a story-sized dataset right here (the rules take a few milliseconds), a big
// one in a worker, so an edit in a 50,000-relation investigation never holds the page while every claim is read.
// Only the fields the rules read cross to the worker (model/lint lintInput): no source texts, positions or attributes.
import type { LintInput } from '../../../model/lint';
import { LINT_WORKER_PAST_RELATIONS } from '../../../model/thresholds';
import { workerKind } from '../../../workers/workerJobs';
import type { LintFound } from './lint.worker';

export type { LintFound };

export function lintsInWorker(relations: number): boolean {
  return relations > LINT_WORKER_PAST_RELATIONS && typeof Worker !== 'undefined';
}

export interface LintRun {
  /** The items, or null when cancelled. */
  done: Promise<LintFound | null>;
  cancel(): void;
}

const lintWorker = workerKind<LintInput, LintFound>(
  () => new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' }),
  { name: 'lint worker' },
);

/** Starts the lint in a fresh worker, ended when it answers or is cancelled (a newer edit makes the run stale). */
export function runLintInWorker(input: LintInput): LintRun {
  return lintWorker.run(input);
}
