// The bench's pairs for paths, each search's steps timed, over a SQLite store kept by ab.ts (`--keep DIR`):
// `npx tsx bench/server/pathSteps.ts --keep DIR --entities N [--seed 12|13] [--pairs 40]` (ab.ts: seed 12 and 40 pairs
// at one client, 13 and 80 at twenty). Prints per pair the total time and each
// step's frontier, the other side's frontier, rows answered and time, slowest pairs first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { offshorePlan } from '../../server/testing/offshoreGenerator';
import { shortestPaths } from '../../server/graph/paths';
import { openConnection } from '../../server/store/sqlite/connection';
import { sqliteReads } from '../../server/store/sqlite/sqliteStore';
import type { GraphStore, WalkQuery } from '../../server/store/types';
import { SQLITE_FILE } from '../../server/store/open';
import { numberOption, option } from '../args';
import { degrees, querySet } from './queries';

const dir = option('keep')!;
const entities = numberOption('entities') ?? 2_000_000;
const seed = numberOption('seed') ?? 12;
const plan = offshorePlan({ entities, relations: Math.round(entities * 1.65) });
const pairs = querySet(plan, degrees(plan), 200, seed).pairs.slice(0, numberOption('pairs') ?? 40);
const { inv } = JSON.parse(readFileSync(join(dir, 'ab.json'), 'utf8')) as { inv: string };
const reads = sqliteReads(openConnection(join(dir, SQLITE_FILE)));
let steps: string[] = [];
const store = {
  ...reads,
  async walk(frontier: readonly number[], query: WalkQuery) {
    const t = performance.now();
    const rows = await reads.walk(frontier, query);
    steps.push(
      `${frontier.length}→${rows.length} (meet ${query.meet?.length}) ${(performance.now() - t).toFixed(1)}ms`,
    );
    return rows;
  },
} as unknown as GraphStore;
const results: { ms: number; line: string }[] = [];
const lengths: string[] = [];
for (let round = 0; round < 2; round++) {
  results.length = 0;
  for (const [from, to] of pairs) {
    steps = [];
    const t = performance.now();
    const answer = await shortestPaths(store, inv, { from, to, directed: false, rules: null, maxPaths: 10 });
    const ms = performance.now() - t;
    if (round === 1) lengths.push(answer.found ? `${answer.paths[0]!.entities.length}x${answer.paths.length}` : '-');
    results.push({
      ms,
      line: `${ms.toFixed(1)} ms ${answer.found ? answer.paths[0]!.entities.length : '-'}: ${steps.join(', ')}`,
    });
  }
}
const total = results.reduce((s, r) => s + r.ms, 0);
console.log(`lengths ${lengths.join(' ')}`);
console.log(`total ${total.toFixed(0)} ms over ${results.length} pairs`);
for (const r of results.sort((a, b) => b.ms - a.ms).slice(0, 15)) console.log(r.line);
