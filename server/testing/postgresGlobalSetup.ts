// vitest globalSetup: one PostgreSQL cluster per test run, shared by every test file that needs one. It is started
// lazily by the first such file (postgresForTests.ts), so a run without PostgreSQL tests pays nothing for it.
import type { TestProject } from 'vitest/node';
import { makeRunFolder, removeCluster, removeStaleClusters } from './postgresCluster';

declare module 'vitest' {
  interface ProvidedContext {
    /** The folder in which the run's shared cluster is made, and where test files find its address. */
    postgresRunFolder: string;
  }
}

export default function setup(project: TestProject): () => void {
  removeStaleClusters();
  const folder = makeRunFolder();
  project.provide('postgresRunFolder', folder);
  // The teardown below runs on a normal end; these also clean up when the run is interrupted.
  const cleanUp = () => removeCluster(folder);
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.kill(process.pid, signal);
  };
  process.once('exit', cleanUp);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('exit', cleanUp);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanUp();
  };
}
