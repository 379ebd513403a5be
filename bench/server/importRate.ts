// Times one import of an offshore-shaped NDJSON file into a fresh SQLite store, then a few queries on it, for the
// import goal of issue 20 (≥ 100,000 relations a second, first byte to ready investigation):
// `npx tsx bench/server/importRate.ts --entities N [--relations M] [--keep]`.
import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { importStream } from '../../server/import/importFile';
import { openSqliteStore } from '../../server/store/sqlite/sqliteStore';
import { searchEntities } from '../../server/graph/search';
import { expand } from '../../server/graph/expand';
import { shortestPaths } from '../../server/graph/paths';
import { entityId, offshorePlan } from '../../server/testing/offshoreGenerator';
import { seededRandom } from '../../src/model/seededRandom';
import { offshoreFile, writeOffshore } from './generate';
import { threadsCpu } from './threadsCpu';

/** CPU time of the calling thread (ms), from /proc (Linux): the import's main-thread share, apart from the writer's. */
function threadCpuMs(): number {
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function flag(name: string): number | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]!.replace(/_/g, '')) : undefined;
}

async function timed(runs: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    await run();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

const ms = (t: { p50: number; p95: number }) => `p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`;

async function main(): Promise<void> {
  const entities = flag('entities') ?? 200_000;
  const relations = flag('relations') ?? Math.round(entities * 1.65);
  const file = existsSync(offshoreFile(entities, relations))
    ? offshoreFile(entities, relations)
    : await writeOffshore({ entities, relations });
  const storeFile = join(tmpdir(), `import-rate-${process.pid}.sqlite`);
  const store = openSqliteStore(storeFile);
  // How long the event loop went without turning: the longest time another request would have waited.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const began = performance.now();
  const cpu = process.cpuUsage();
  const mainCpu = threadCpuMs();
  const marks: string[] = [];
  const result = await importStream(store, createReadStream(file, { highWaterMark: 1 << 20 }), {
    fileName: 'offshore.ndjson',
    onProgress: (p) => {
      if (p.relations > 0 && marks.length === 0)
        marks.push(
          `entities ${((performance.now() - began) / 1000).toFixed(1)} s, ` +
            `main thread ${((threadCpuMs() - mainCpu) / 1000).toFixed(1)} s`,
        );
    },
  });
  const seconds = (performance.now() - began) / 1000;
  const used = process.cpuUsage(cpu);
  const mainUsed = threadCpuMs() - mainCpu;
  delay.disable();
  const size = ['', '-wal'].reduce(
    (sum, end) => sum + (existsSync(storeFile + end) ? statSync(storeFile + end).size : 0),
    0,
  );
  console.log(
    `import ${result.entities} entities, ${result.relations} relations in ${seconds.toFixed(1)} s ` +
      `(${marks.join(', ')}; CPU ${((used.user + used.system) / 1e6).toFixed(1)} s, main thread ${(mainUsed / 1000).toFixed(1)} s): ${Math.round(result.relations / seconds).toLocaleString('en')} relations/s; ` +
      `store ${(size / 1024 / 1024).toFixed(0)} MB; event loop stalled at most ${(delay.max / 1e6).toFixed(0)} ms ` +
      `(p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms)`,
  );

  console.log(`threads CPU s: ${threadsCpu()}`);
  const plan = offshorePlan({ entities, relations });
  const hub = [...plan.hubs].sort((a, b) => b.degree - a.degree)[0]!;
  const random = seededRandom(7);
  const pickId = () => entityId(plan, Math.floor(random() * entities));
  const inv = result.id;
  console.log(`search "garcia": ${ms(await timed(30, () => searchEntities(store, inv, 'garcia', 20, 0)))}`);
  console.log(`search "trident ho": ${ms(await timed(30, () => searchEntities(store, inv, 'trident ho', 20, 0)))}`);
  console.log(
    `expand ${hub.id} (degree ~${Math.round(hub.degree)}), 100 most connected: ` +
      ms(await timed(30, () => expand(store, inv, { ids: [hub.id], limit: 100, order: 'most' }))),
  );
  console.log(
    `expand a random entity, 100: ` +
      ms(await timed(30, () => expand(store, inv, { ids: [pickId()], limit: 100, order: 'most' }))),
  );
  let found = 0;
  const path = await timed(30, async () => {
    const answer = await shortestPaths(store, inv, {
      from: pickId(),
      to: pickId(),
      directed: false,
      rules: null,
      maxPaths: 5,
    });
    if (answer.found) found++;
  });
  console.log(`shortest path between random entities (${found}/30 found): ${ms(path)}`);
  await store.close();
  if (!process.argv.includes('--keep'))
    for (const end of ['', '-wal', '-shm']) rmSync(storeFile + end, { force: true });
  else console.log(`kept ${storeFile}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
