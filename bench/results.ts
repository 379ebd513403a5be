// Where a benchmark keeps what it measured: bench/results/<kind>-<start time>.{json,md} and <kind>-latest.{json,md}
// (git-ignored), written again after each part of a run so a run stopped on the way keeps what it had.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results');

/** `kind`: the file names' start ("server", "team", "server-…-quick" is made with `suffix`). */
export function saveResults(kind: string, started: string, report: object, markdown: string, suffix = ''): void {
  mkdirSync(RESULTS, { recursive: true });
  const stamp = started.replace(/[:.]/g, '-').slice(0, 19);
  for (const name of [`${kind}-${stamp}`, `${kind}-latest`]) {
    writeFileSync(join(RESULTS, `${name}${suffix}.json`), JSON.stringify(report, null, 2));
    writeFileSync(join(RESULTS, `${name}${suffix}.md`), markdown);
  }
}

/** The machine in one line: cores, CPU, memory, Node. */
export function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}
