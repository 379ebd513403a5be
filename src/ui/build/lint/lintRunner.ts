// Runs the evidence lint for the page: a story-sized dataset right here (the rules take a few milliseconds), a big
// one in a worker, so an edit in a 50,000-relation investigation never holds the page while every claim is read.
// Only the fields the rules read cross to the worker (model/lint lintInput): no source texts, positions or attributes.
import type { LintInput, LintItem } from '../../../model/lint';
import { LINT_WORKER_PAST_RELATIONS } from '../../../model/thresholds';

export function lintsInWorker(relations: number): boolean {
  return relations > LINT_WORKER_PAST_RELATIONS && typeof Worker !== 'undefined';
}

/** `ms`: how long the rules took in the worker (the rest of a run is sending the input and the items across). */
export type LintReply = { kind: 'done'; items: LintItem[]; ms: number } | { kind: 'failed'; message: string };

export interface LintFound {
  items: LintItem[];
  /** The rules' time inside the worker. */
  ms: number;
}

export interface LintRun {
  /** The items, or null when cancelled. */
  done: Promise<LintFound | null>;
  cancel(): void;
}

/** Starts the lint in a fresh worker, ended when it answers or is cancelled (a newer edit makes the run stale). */
export function runLintInWorker(input: LintInput): LintRun {
  const worker = new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' });
  let settle: (found: LintFound | null) => void = () => undefined;
  const done = new Promise<LintFound | null>((resolve, reject) => {
    settle = resolve;
    worker.addEventListener('message', (event: MessageEvent<LintReply>) => {
      worker.terminate();
      if (event.data.kind === 'failed') reject(new Error(event.data.message));
      else resolve({ items: event.data.items, ms: event.data.ms });
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the lint worker stopped'));
    });
  });
  worker.postMessage(input);
  return {
    done,
    cancel() {
      worker.terminate();
      settle(null);
    },
  };
}
