// The bench's searches through the store's two search reads, each timed, over a SQLite store kept by ab.ts
// (`--keep DIR`): `npx tsx bench/server/searchSteps.ts --keep DIR --entities N [--seed 13] [--rounds 5]`
// (ab.ts: seed 12 at one client, 13 at twenty). Prints the CPU per search of the exact names and of the page with
// its count, each the median of the rounds (the first round warms the pages and is not counted), and the
// searches that cost most.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { offshorePlan } from '../../server/testing/offshoreGenerator';
import { fold } from '../../src/model/search';
import { SEARCH_COUNT_CAP } from '../../src/io/server/wire';
import { openConnection } from '../../server/store/sqlite/connection';
import { sqliteReads } from '../../server/store/sqlite/sqliteStore';
import { SQLITE_FILE } from '../../server/store/open';
import { numberOption, option } from '../args';
import { degrees, querySet } from './queries';
import { SEARCH_LIMIT } from './measure';

const dir = option('keep')!;
const entities = numberOption('entities') ?? 2_000_000;
const rounds = numberOption('rounds') ?? 5;
const plan = offshorePlan({ entities, relations: Math.round(entities * 1.65) });
const searches = querySet(plan, degrees(plan), 200, numberOption('seed') ?? 13).search;
const { inv } = JSON.parse(readFileSync(join(dir, 'ab.json'), 'utf8')) as { inv: string };
const reads = sqliteReads(openConnection(join(dir, SQLITE_FILE)));

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const exactMs: number[] = [];
const pageMs: number[] = [];
const each = new Map<string, number>();
for (let round = 0; round <= rounds; round++) {
  let exact = 0;
  let page = 0;
  for (const query of searches) {
    const folded = fold(query);
    const words = folded.split(' ').filter(Boolean);
    const t0 = cpuMs();
    await reads.exactLabel(inv, folded, SEARCH_LIMIT);
    const t1 = cpuMs();
    await reads.search(inv, words, SEARCH_LIMIT, 0, SEARCH_COUNT_CAP);
    const t2 = cpuMs();
    exact += t1 - t0;
    page += t2 - t1;
    if (round > 0) each.set(query, (each.get(query) ?? 0) + (t2 - t0) / rounds);
  }
  if (round === 0) continue;
  exactMs.push(exact / searches.length);
  pageMs.push(page / searches.length);
}
console.log(
  `${searches.length} searches, CPU per search (median of ${rounds} rounds): exact names ${median(exactMs).toFixed(2)} ms,` +
    ` page and count ${median(pageMs).toFixed(2)} ms`,
);
for (const [query, ms] of [...each].sort((a, b) => b[1] - a[1]).slice(0, 8))
  console.log(`  ${ms.toFixed(2)} ms  ${query}`);
