// The bench's supernode expands (limit 100, most connected first) through server/graph/expand, each store read
// timed, over a SQLite store kept by ab.ts (`--keep DIR`):
// `npx tsx bench/server/expandSteps.ts --keep DIR --entities N [--rounds 5] [--limit 100]`.
// Prints the CPU per expand of each read (median of the rounds; the first warms the pages and is not counted).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { offshorePlan } from '../../server/testing/offshoreGenerator';
import { expand } from '../../server/graph/expand';
import { openConnection } from '../../server/store/sqlite/connection';
import { sqliteReads } from '../../server/store/sqlite/sqliteStore';
import type { GraphStore } from '../../server/store/types';
import { SQLITE_FILE } from '../../server/store/open';
import { numberOption, option } from '../args';
import { degrees, querySet } from './queries';

const dir = option('keep')!;
const entities = numberOption('entities') ?? 2_000_000;
const rounds = numberOption('rounds') ?? 5;
const limit = numberOption('limit') ?? 100;
const plan = offshorePlan({ entities, relations: Math.round(entities * 1.65) });
const supernodes = querySet(plan, degrees(plan), 200, 13).supernodes;
const { inv } = JSON.parse(readFileSync(join(dir, 'ab.json'), 'utf8')) as { inv: string };
const reads = sqliteReads(openConnection(join(dir, SQLITE_FILE)));

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const spent = new Map<string, number[]>();
let round = 0;
const timedReads = Object.fromEntries(
  Object.entries(reads).map(([name, read]) => [
    name,
    async (...args: unknown[]) => {
      const began = cpuMs();
      const result: unknown = await (read as (...a: unknown[]) => Promise<unknown>)(...args);
      const list = spent.get(name) ?? [];
      list[round] = (list[round] ?? 0) + cpuMs() - began;
      spent.set(name, list);
      return result;
    },
  ]),
) as unknown as GraphStore;
const total: number[] = [];
let bytes = 0;
for (; round <= rounds; round++) {
  const began = cpuMs();
  for (const { id } of supernodes) {
    const answer = await expand(timedReads, inv, { ids: [id], limit, order: 'most' });
    if (round === 0) bytes += JSON.stringify(answer).length;
  }
  total[round] = cpuMs() - began;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const per = (values: number[]) => (median(values.slice(1)) / supernodes.length).toFixed(2);
console.log(
  `${supernodes.length} supernodes, limit ${limit}, answers ${(bytes / supernodes.length / 1024).toFixed(0)} KB: ` +
    `CPU per expand ${per(total)} ms`,
);
for (const [name, list] of spent) console.log(`  ${name.padEnd(16)} ${per(list)} ms`);
