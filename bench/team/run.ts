// `npm run bench:team`: the graph server on 127.0.0.1 over each store (SQLite, PostgreSQL), seeded with the bundled
// story; 50 editors signed in save 10 edits a second in all for 60 s, each following the live stream; then the final
// state is checked against what the editors were told was accepted. Prints a table and keeps it in
// bench/results/team-<date>.{md,json}. See bench/README.md ("Team").
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ListRecord as TeamRecord, VersionsResponse } from '../../src/io/server/teamWire';
import { machineLine, saveResults } from '../results';
import { startServer, type ServerHandle } from '../server/serverProcess';
import { prepareStore, chosenStores, type StoreName } from '../server/stores';
import { keyOf } from './edits';
import type { TeamClient } from './http';
import { refsOf, runLoad, type LoadSettings } from './load';
import { renderTeamReport, spread, type StoreRun, type TeamReport } from './report';
import { prepareTeam } from './setup';
import { verifyFinalState } from './verify';
import { numberOption } from '../args';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const numberArg = (name: string, fallback: number) => {
  const n = numberOption(name) ?? fallback;
  if (n <= 0) throw new Error(`--${name}: expected a positive number, got "${n}"`);
  return n;
};

const editors = Math.round(numberArg('editors', 50));
const settings: LoadSettings = {
  seconds: numberArg('seconds', 60),
  rate: numberArg('rate', 10),
  hotShare: numberArg('hot-share', 0.25),
  hot: Math.round(numberArg('hot', 6)),
  thinkMs: [500, 3000],
  seed: Math.round(numberArg('seed', 1)),
};
const stores = chosenStores();

interface ExportedDataset {
  sources: TeamRecord[];
  entities: TeamRecord[];
  relations: TeamRecord[];
}

async function snapshot(owner: TeamClient, inv: string): Promise<Map<string, TeamRecord>> {
  const data = await owner.must<ExportedDataset>(
    'GET',
    `/api/investigations/${encodeURIComponent(inv)}/export?format=json`,
  );
  const records = new Map<string, TeamRecord>();
  for (const [kind, list] of [
    ['source', data.sources],
    ['entity', data.entities],
    ['relation', data.relations],
  ] as const)
    for (const record of list) records.set(keyOf({ kind, id: record.id }), record);
  return records;
}

async function runStore(name: StoreName): Promise<StoreRun> {
  const run: StoreRun = { store: name };
  const load = () => os.loadavg()[0]!.toFixed(1);
  const loadBefore = load();
  const store = await prepareStore(name);
  let server: ServerHandle | undefined;
  try {
    run.description = await store.describe();
    server = await startServer(root, { ...store.env, SEED_STORY: '1' });
    const team = await prepareTeam(server.url, server.log, editors);
    const initial = await snapshot(team.owner, team.inv);
    console.log(
      `  ${name}: ${editors} editors signed in, ${initial.size} records; editing for ${settings.seconds} s …`,
    );
    const result = await runLoad(team.inv, team.editors, initial, refsOf(initial), settings);
    const final = await snapshot(team.owner, team.inv);
    const versions = await team.owner.must<VersionsResponse>(
      'GET',
      `/api/investigations/${encodeURIComponent(team.inv)}/versions`,
    );
    const { log, delivery } = result;
    Object.assign(run, {
      planned: result.planned,
      rate: log.requests.length ? (log.accepted.length + log.gaveUp + log.errors.length) / result.elapsedS : 0,
      requests: log.requests.length,
      accepted: log.accepted.length,
      combined: log.accepted.filter((w) => w.combined).length,
      conflicts: log.conflicts,
      gaveUp: log.gaveUp,
      serverErrors: log.errors.filter((e) => e.status >= 500).length,
      clientErrors: log.errors.filter((e) => e.status >= 400 && e.status < 500).length,
      noAnswer: log.errors.filter((e) => e.status === 0).length,
      errorSamples: [...new Set(log.errors.map((e) => `${e.status} ${e.text}`))].slice(0, 5),
      writeMs: spread(log.requests.map((r) => r.ms)),
      deliveryFromSendMs: spread(delivery.fromSend),
      deliveryAfterAnswerMs: spread(delivery.afterAnswer),
      missedDeliveries: delivery.missed,
      duplicateDeliveries: result.duplicates,
      outOfOrder: result.outOfOrder,
      streamErrors: result.streamErrors.slice(0, 5),
      catchUpMs: result.catchUpMs,
      verification: verifyFinalState(
        initial,
        log.accepted,
        final,
        new Map(versions.versions.map((v) => [keyOf(v), v.version])),
      ),
      benchLoopP99Ms: result.benchLoopP99Ms,
      serverPeakMB: server.memory().peakMB,
    } satisfies Partial<StoreRun>);
  } catch (error) {
    run.error = `${error instanceof Error ? error.message : String(error)}\n${server?.log().slice(-2_000) ?? ''}`;
    console.log(`  ${name} failed: ${run.error}`);
  } finally {
    run.load = `${loadBefore} / ${load()}`;
    await server?.stop();
    await store.dispose();
  }
  return run;
}

async function main() {
  const started = Date.now();
  const date = new Date().toISOString();
  const runs: StoreRun[] = [];
  const report = (): TeamReport => ({
    date,
    machine: machineLine(),
    editors,
    settings,
    durationS: Math.round((Date.now() - started) / 1000),
    runs,
  });
  const save = () => {
    const markdown = renderTeamReport(report());
    saveResults('team', date, report(), markdown);
    return markdown;
  };
  for (const name of stores) {
    runs.push(await runStore(name));
    save();
  }
  console.log(`\n${save()}`);
  const failed = runs.some(
    (r) => r.error || r.serverErrors || r.verification?.lostWrites || r.verification?.mismatched || r.missedDeliveries,
  );
  process.exit(failed ? 1 : 0);
}

// Ends through process.exit, so that the servers started are stopped with it (serverProcess.ts).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
