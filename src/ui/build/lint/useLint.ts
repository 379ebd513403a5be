// The lint items of the open dataset, worked out again after every edit: at once for a story-sized dataset, in a
// worker past LINT_WORKER_PAST_RELATIONS relations (model/thresholds.ts); the last list stays on screen, marked as
// being checked, meanwhile.
import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../../../model/schema';
import { lintDataset, lintInput, type LintItem } from '../../../model/lint';
import { lintsInWorker, runLintInWorker } from './lintRunner';

export interface LintState {
  items: readonly LintItem[] | null;
  /** A newer dataset is being checked; `items` are the last ones found. */
  checking: boolean;
  error: string | null;
}

export function useLint(dataset: Dataset): LintState {
  const inWorker = lintsInWorker(dataset.relations.length);
  const here = useMemo(() => (inWorker ? null : lintDataset(dataset)), [dataset, inWorker]);
  const [found, setFound] = useState<{ of: Dataset; items: LintItem[] } | null>(null);
  const [error, setError] = useState<{ of: Dataset; message: string } | null>(null);
  useEffect(() => {
    if (!inWorker) return;
    const run = runLintInWorker(lintInput(dataset));
    run.done.then(
      (found) => found && setFound({ of: dataset, items: found.items }),
      (failure: Error) => setError({ of: dataset, message: failure.message }),
    );
    return run.cancel;
  }, [dataset, inWorker]);
  if (!inWorker) return { items: here, checking: false, error: null };
  const failed = error?.of === dataset ? error.message : null;
  return { items: found?.items ?? null, checking: found?.of !== dataset && failed === null, error: failed };
}
