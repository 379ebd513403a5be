// Where the archived source articles live (beside the checkout, in ../shared/seeds: see sharedDir.ts) and how to
// read them.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from './sharedDir';

export const SEEDS_DIR = sharedDir('seeds', process.env.SEEDS_DIR);

export function loadSeedTexts(dir: string = SEEDS_DIR): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}
