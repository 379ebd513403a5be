// Runs scripts/read-with-python.py on an export written to a temp dir: what NetworkX or igraph read, as JSON. No
// Python, or no NetworkX or igraph, is a failure that says what to install, never a silent skip.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { findPythonReaders, INSTALL_HINT } from '../../../scripts/ensure-python-readers.mjs';

export type PythonReader = 'networkx-gexf' | 'networkx-graphml' | 'igraph-graphml';

export interface PythonRead {
  directed: boolean;
  nodes: { id: string; data: Record<string, unknown> }[];
  /** `key`: a multigraph's key for the link (NetworkX: the GraphML edge id). */
  edges: { source: string; target: string; key?: string; data: Record<string, unknown> }[];
}

let found: ReturnType<typeof findPythonReaders> | undefined;

/** The interpreter with both readers, with their versions; throws saying what to install when there is none. */
export function pythonReaders(): { python: string; networkx: string; igraph: string } {
  found ??= findPythonReaders();
  if (!found.python)
    throw new Error(`No Python with NetworkX and igraph: ${(found.problems ?? []).join('; ')}.\n${INSTALL_HINT}`);
  return found as { python: string; networkx: string; igraph: string };
}

const SCRIPT = join(import.meta.dirname, '../../../scripts/read-with-python.py');

export function readWithPython(reader: PythonReader, fileName: string, text: string): PythonRead {
  const { python } = pythonReaders();
  const dir = mkdtempSync(join(tmpdir(), 'export-readers-'));
  try {
    const path = join(dir, fileName);
    writeFileSync(path, text, 'utf8');
    const run = spawnSync(python, [SCRIPT, reader, path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`${reader} could not read ${fileName}:\n${run.stderr || run.error}`);
    return JSON.parse(run.stdout) as PythonRead;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
