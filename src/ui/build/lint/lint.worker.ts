// Runs the evidence lint off the main thread on what lintRunner.ts sends, and posts the items back with how long
// the rules took.
import { lintItems, type LintInput, type LintItem } from '../../../model/lint';
import { answerJobs } from '../../../workers/answerJobs';

export interface LintFound {
  items: LintItem[];
  /** The rules' time inside the worker (the rest of a run is sending the input and the items across). */
  ms: number;
}

answerJobs((input: LintInput): LintFound => {
  const start = performance.now();
  const items = lintItems(input);
  return { items, ms: performance.now() - start };
});
