// Where the archived source articles live (beside the checkout, in ../shared/seeds) and how to read them.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEEDS_DIR = resolve(process.env.SEEDS_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'seeds'));

export function loadSeedTexts(dir: string = SEEDS_DIR): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}
