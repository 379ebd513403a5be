// `npm run bench:server`: the graph server over each store (SQLite, PostgreSQL) on the generated offshore-shaped
// graph at two sizes, and graphology in memory as the in-browser reference; prints one table per size and the growth
// from the small size to the big, and keeps them in bench/results/server-<date>.{md,json}. See bench/README.md.
import { statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offshorePlan } from '../../server/testing/offshoreGenerator';
import { machineLine, saveResults } from '../results';
import { ownerApiToken } from '../team/setup';
import { GraphApi, importFile } from './client';
import { writeOffshore } from './generate';
import { apiTarget, measure, QUERY_KINDS, type QueryKind } from './measure';
import { degrees, querySet, type QuerySet } from './queries';
import { runReference } from './reference';
import { CONCURRENCY, renderServerReport, type ServerReport, type SizeRun, type StoreFigures } from './report';
import { startServer } from './serverProcess';
import { threadsCpu } from './threadsCpu';
import { prepareStore, chosenStores, type StoreName } from './stores';
import { hasFlag, numberOption } from '../args';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const quick = hasFlag('quick');
const big = numberOption('entities') ?? (quick ? 100_000 : 2_000_000);
const bigRelations = numberOption('relations') ?? Math.round(big * 1.65);
/** The small size the growth is measured from (0: none), and where graphology runs (or the big size without it). */
const small = numberOption('small') ?? (quick ? 0 : 200_000);
const withReference = !hasFlag('no-reference');
const stores = chosenStores();

/** Requests per query kind with one client; 20 clients send twice as many. */
const SAMPLES: Record<QueryKind, number> = {
  search: 100,
  'expand typical': 100,
  'expand supernode (100)': 40,
  'expand supernode (counts)': 40,
  'two steps out': 50,
  'shortest path': 40,
};
const samples = (kind: QueryKind, concurrency: number) =>
  Math.max(concurrency, Math.round(SAMPLES[kind] * (quick ? 0.5 : 1) * (concurrency === 1 ? 1 : 2)));

async function runStore(name: StoreName, file: string, sets: Record<number, QuerySet>): Promise<StoreFigures> {
  const result: StoreFigures = { store: name, memory: {}, figures: {} };
  const store = await prepareStore(name);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    result.description = await store.describe();
    server = await startServer(root, store.env);
    // The server asks scripts for an API token: the owner signs in once, as a person would (bench/team/setup.ts).
    const token = await ownerApiToken(server.url, server.log);
    process.stdout.write(`  ${name}: import … `);
    const clientCpu = process.cpuUsage();
    const imported = await importFile(server.url, token, file);
    result.importMs = imported.ms;
    const sent = process.cpuUsage(clientCpu);
    result.memory.afterImportMB = server.memory().rssMB;
    result.memory.storeAfterImportMB = store.memoryMB();
    result.storeBytes = await store.sizeBytes();
    console.log(`${(imported.ms / 1000).toFixed(1)} s (load ${os.loadavg()[0]!.toFixed(1)})`);
    // The server's threads (since its start, the sign-in included) and the bench's own share of the two cores.
    console.log(`    server threads CPU s: ${threadsCpu(server.pid)}`);
    console.log(`    bench client CPU while sending: ${((sent.user + sent.system) / 1e6).toFixed(1)} s`);
    const target = apiTarget(new GraphApi(server.url, imported.body.id, token));
    for (const kind of QUERY_KINDS) {
      // A few requests first, answered before measuring: the first query of a kind pays for plans and page cache.
      await measure(target, sets[0]!, kind, 5, 1);
      for (const c of CONCURRENCY) {
        const figures = await measure(target, sets[c]!, kind, samples(kind, c), c);
        (result.figures[kind] ??= {})[c] = figures;
      }
      process.stdout.write(`  ${name}: ${kind} done\n`);
    }
    result.memory.afterQueriesMB = server.memory().rssMB;
    result.memory.peakMB = server.memory().peakMB;
    result.memory.storeAfterQueriesMB = store.memoryMB();
  } catch (error) {
    result.error = `${error instanceof Error ? error.message : String(error)}\n${server?.log().slice(-2_000) ?? ''}`;
    console.log(`  ${name} failed: ${result.error}`);
  } finally {
    await server?.stop();
    await store.dispose();
  }
  return result;
}

async function runSize(entities: number, relations: number, withReference: boolean): Promise<SizeRun> {
  console.log(`${entities.toLocaleString('en')} entities, ${relations.toLocaleString('en')} relations`);
  const file = await writeOffshore({ entities, relations });
  const plan = offshorePlan({ entities, relations });
  const degree = degrees(plan);
  const most = Math.max(...Object.values(SAMPLES));
  // Different queries for warming up, for one client and for twenty, so that no measured query is a repeat.
  const sets: Record<number, QuerySet> = {
    0: querySet(plan, degree, 20, 11),
    1: querySet(plan, degree, most, 12),
    20: querySet(plan, degree, most * 2, 13),
  };
  const run: SizeRun = { entities, relations, fileBytes: statSync(file).size, stores: [] };
  for (const name of stores) run.stores.push(await runStore(name, file, sets));
  if (withReference) {
    process.stdout.write('  graphology in memory … ');
    const started = Date.now();
    const counts = Object.fromEntries(QUERY_KINDS.map((kind) => [kind, samples(kind, 1)])) as Record<QueryKind, number>;
    run.reference = await runReference(root, file, sets[1]!, counts);
    console.log(`${((Date.now() - started) / 1000).toFixed(0)} s${run.reference.error ? ' (failed)' : ''}`);
  }
  return run;
}

async function main() {
  const started = Date.now();
  const load = () => os.loadavg()[0]!.toFixed(1);
  const loadBefore = load();
  const runs: SizeRun[] = [];
  const date = new Date().toISOString();
  const report = (): ServerReport => ({
    date,
    machine: machineLine(),
    load: `${loadBefore} at the start, ${load()} at the end`,
    quick,
    durationS: Math.round((Date.now() - started) / 1000),
    runs,
  });
  // Written after each size too, so that a run stopped on the way keeps what it measured.
  const save = () => {
    const markdown = renderServerReport(report());
    saveResults('server', date, report(), markdown, quick ? '-quick' : '');
    return markdown;
  };
  const twoSizes = small > 0 && small < big;
  if (twoSizes) {
    runs.push(await runSize(small, Math.round(small * 1.65), withReference));
    save();
  }
  runs.push(await runSize(big, bigRelations, withReference && !twoSizes));
  console.log(`\n${save()}`);
}

// Ends through process.exit, so that the servers started are stopped with it (serverProcess.ts).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
