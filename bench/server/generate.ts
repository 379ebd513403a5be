// Writes the offshore-shaped graph (server/testing/offshoreGenerator.ts) as NDJSON to bench/.data, streamed:
// `npx tsx bench/server/generate.ts [--entities N] [--relations M] [--seed S] [--out file]`.
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FULL_SIZE, offshoreRecords, type OffshoreOptions } from '../../server/testing/offshoreGenerator';
import { numberOption, option } from '../args';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '.data');

/** The file for a size and seed: offshore-<entities>[-<relations>][-s<seed>].ndjson, the usual ratio left out. */
export function offshoreFile(entities: number, relations: number, seed = 1): string {
  const ratio = relations === Math.round(entities * 1.65) ? '' : `-${relations}`;
  return join(DATA_DIR, `offshore-${entities}${ratio}${seed === 1 ? '' : `-s${seed}`}.ndjson`);
}

/** Writes the file unless it is there already (the graph is the same for the same options); returns its path. */
export async function writeOffshore(options: Partial<OffshoreOptions>, out?: string): Promise<string> {
  const entities = options.entities ?? FULL_SIZE.entities;
  const relations = options.relations ?? FULL_SIZE.relations;
  const path = out ?? offshoreFile(entities, relations, options.seed);
  if (existsSync(path)) return path;
  mkdirSync(dirname(path), { recursive: true });
  // Written under a temporary name and renamed at the end, so that an interrupted run leaves no half file behind.
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial);
  let chunk = '';
  for (const record of offshoreRecords({ ...options, entities, relations })) {
    chunk += JSON.stringify(record) + '\n';
    if (chunk.length < 1 << 20) continue;
    if (!stream.write(chunk)) await once(stream, 'drain');
    chunk = '';
  }
  stream.end(chunk);
  await once(stream, 'finish');
  renameSync(partial, path);
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const entities = numberOption('entities') ?? FULL_SIZE.entities;
  const relations = numberOption('relations') ?? Math.round(entities * 1.65);
  const started = Date.now();
  writeOffshore({ entities, relations, seed: numberOption('seed') ?? 1 }, option('out'))
    .then((path) => console.log(`${path} (${((Date.now() - started) / 1000).toFixed(1)} s)`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
