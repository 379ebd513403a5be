// Two server builds over one store, in turns: `npx tsx bench/server/ab.ts --before DIR [--after DIR]
// --store sqlite|postgres --entities N [--rounds R] [--kinds search,shortest path]`. The store is made and
// imported once (by the first build); then each round starts each build's server over it in turn (the order
// swapped every round), sends the same queries once unmeasured so that both find the pages warm, then measures
// them with 1 and with 20 clients. `DIR` is a checkout of the repository with its node_modules (the after build
// is this one by default). `--before-client fetch --after-client http` sends each turn's queries its own way
// (client.ts), which with one build on both sides weighs the bench client's own CPU. Prints p50 / p95 per build,
// kind and concurrency, the CPU per request of the server, the database (PostgreSQL) and the bench itself, and
// the load average.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offshorePlan } from '../../server/testing/offshoreGenerator';
import { ownerApiToken } from '../team/setup';
import { GraphApi, importFile, useClient, type ClientKind } from './client';
import { writeOffshore } from './generate';
import { apiTarget, measure, QUERY_KINDS, type QueryKind } from './measure';
import { degrees, querySet } from './queries';
import { percentile } from './report';
import { startServer } from './serverProcess';
import { prepareStore, type StoreName } from './stores';
import { listOption, numberOption, option } from '../args';

const here = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const builds = { before: option('before') ?? here, after: option('after') ?? here };
// --before-client / --after-client fetch|http: how each build's turn sends its queries (client.ts), to weigh the
// bench's own CPU with one build on both sides.
const clients = {
  before: (option('before-client') ?? process.env.BENCH_CLIENT ?? 'http') as ClientKind,
  after: (option('after-client') ?? process.env.BENCH_CLIENT ?? 'http') as ClientKind,
};
const storeName = (option('store') ?? 'sqlite') as StoreName;
const entities = numberOption('entities') ?? 100_000;
const rounds = numberOption('rounds') ?? 2;
const kinds = (listOption('kinds') ?? ['search', 'expand typical', 'shortest path']) as QueryKind[];
const COUNTS: Partial<Record<QueryKind, number>> = { search: 100, 'expand typical': 100, 'shortest path': 40 };
const load = () => os.loadavg()[0]!.toFixed(1);
/** CPU milliseconds a process has used (user and system, from /proc). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function main() {
  for (const kind of kinds) if (!QUERY_KINDS.includes(kind)) throw new Error(`unknown kind "${kind}"`);
  const relations = Math.round(entities * 1.65);
  const file = await writeOffshore({ entities, relations });
  const plan = offshorePlan({ entities, relations });
  const sets = { 1: querySet(plan, degrees(plan), 100, 12), 20: querySet(plan, degrees(plan), 200, 13) };
  // --keep DIR (SQLite): the store stays in DIR, with the token and investigation, for the next run to reuse.
  const keep = option('keep');
  const store = keep
    ? { env: { DATA_DIR: keep }, dispose: async () => {}, cpuMs: undefined as (() => number) | undefined }
    : await prepareStore(storeName);
  const kept = keep && join(keep, 'ab.json');
  try {
    let token: string;
    let inv: string;
    let server;
    if (kept && existsSync(kept)) {
      ({ token, inv } = JSON.parse(readFileSync(kept, 'utf8')) as { token: string; inv: string });
    } else {
      server = await startServer(builds.before, store.env);
      token = await ownerApiToken(server.url, server.log);
      const imported = await importFile(server.url, token, file);
      inv = imported.body.id;
      console.log(`imported ${entities} in ${(imported.ms / 1000).toFixed(0)} s (load ${load()})`);
      await server.stop();
      if (kept) writeFileSync(kept, JSON.stringify({ token, inv }));
    }
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
      for (const build of order) {
        server = await startServer(builds[build], store.env);
        useClient(clients[build]);
        try {
          const target = apiTarget(new GraphApi(server.url, inv, token));
          for (const kind of kinds) {
            for (const c of [1, 20] as const) {
              const count = (COUNTS[kind] ?? 40) * (c === 1 ? 1 : 2);
              await measure(target, sets[c], kind, count, c);
              const before = load();
              const cpu = cpuMs(server.pid);
              const storeCpu = store.cpuMs?.() ?? 0;
              const own = process.cpuUsage();
              const s = await measure(target, sets[c], kind, count, c);
              const perRequest = (cpuMs(server.pid) - cpu) / Math.max(1, s.ms.length);
              const storePerRequest = ((store.cpuMs?.() ?? 0) - storeCpu) / Math.max(1, s.ms.length);
              const spent = process.cpuUsage(own);
              const clientPerRequest = (spent.user + spent.system) / 1000 / Math.max(1, s.ms.length);
              const p = (q: number) => percentile(s.ms, q)?.toFixed(1);
              console.log(
                `round ${round} ${build.padEnd(6)} ${kind.padEnd(14)} c=${String(c).padEnd(2)} p50 ${p(50)} p95 ${p(95)} ms, server CPU ${perRequest.toFixed(1)} ms/req` +
                  (store.cpuMs ? `, database ${storePerRequest.toFixed(1)}` : '') +
                  `, client (${clients[build]}) ${clientPerRequest.toFixed(2)}` +
                  `  (${s.ms.length} req, ${s.errors} errors, load ${before}→${load()})`,
              );
            }
          }
          const memory = server.memory();
          console.log(
            `round ${round} ${build.padEnd(6)} server memory ${memory.rssMB?.toFixed(0)} MB, peak ${memory.peakMB?.toFixed(0)} MB`,
          );
        } finally {
          await server.stop();
        }
      }
    }
  } finally {
    await store.dispose();
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
