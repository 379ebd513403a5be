// The evidence lint as the explorer runs it past 5,000 relations: the fields the rules read are taken from the
// dataset (lintInput), sent to a fresh lint worker, checked there, and the items come back (src/ui/build/lint).
// Timed from the start of lintInput to the items in the page, three runs (the first also loads the worker's code);
// then the rules alone on the page's main thread, for comparison. ?n= sets the number of relations.
import { lintBenchDataset } from '../lintData';
import { lintInput, lintItems } from '../../src/model/lint';
import { runLintInWorker } from '../../src/ui/build/lint/lintRunner';

export interface LintBenchResult {
  relations: number;
  claims: number;
  items: number;
  workerRunsMs: number[];
  /** Of each run, the rules' own time inside the worker. */
  rulesInWorkerMs: number[];
  mainThreadMs: number;
}

async function main(): Promise<void> {
  const n = Number(new URLSearchParams(location.search).get('n') ?? 50_000);
  const dataset = lintBenchDataset(n);
  const workerRunsMs: number[] = [];
  const rulesInWorkerMs: number[] = [];
  let items = 0;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    const found = await runLintInWorker(lintInput(dataset)).done;
    workerRunsMs.push(performance.now() - t);
    rulesInWorkerMs.push(found?.ms ?? NaN);
    items = found?.items.length ?? 0;
  }
  const t = performance.now();
  lintItems(lintInput(dataset));
  const mainThreadMs = performance.now() - t;
  const result: LintBenchResult = {
    relations: n,
    claims: dataset.relations.reduce((sum, r) => sum + r.claims.length, 0),
    items,
    workerRunsMs,
    rulesInWorkerMs,
    mainThreadMs,
  };
  (window as unknown as { __lintBench: LintBenchResult }).__lintBench = result;
  document.getElementById('result')!.textContent = JSON.stringify(result);
}

main().catch((error: Error) => {
  (window as unknown as { __lintBench: { error: string } }).__lintBench = { error: error.message };
});
