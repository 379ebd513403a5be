// Concurrent saves in bursts, to show two races the steady load meets only now and then:
//  - the same record saved at once by many editors from the same version: one must be accepted and the others
//    refused with 409 (a 500 means the store's unique key caught what the version check let through);
//  - different records saved at once: every accepted change must reach a listener that was open all along (a change
//    whose seq was taken before another's but committed after it can be passed over by the stream).
// `npx tsx bench/team/race.ts [--stores postgres] [--editors 20] [--rounds 10]`; prints what it saw per store.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OperationsResponse, ListRecord } from '../../src/io/server/teamWire';
import { startServer, type ServerHandle } from '../server/serverProcess';
import { prepareStore, chosenStores, type StoreName } from '../server/stores';
import { withMark } from './edits';
import { ChangeListener } from './events';
import { prepareTeam } from './setup';
import { numberOption } from '../args';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const editors = numberOption('editors') ?? 20;
const rounds = numberOption('rounds') ?? 10;
const stores = chosenStores();

interface Exported {
  entities: ListRecord[];
}

async function raceOn(name: StoreName): Promise<void> {
  const store = await prepareStore(name);
  let server: ServerHandle | undefined;
  try {
    // The logger on: a 500 is logged with its cause.
    server = await startServer(root, { ...store.env, SEED_STORY: '1', LOG: '1' });
    const team = await prepareTeam(server.url, server.log, editors);
    const path = `/api/investigations/${encodeURIComponent(team.inv)}`;
    const { entities } = await team.owner.must<Exported>('GET', `${path}/export?format=json`);
    const listener = await ChangeListener.open(team.owner, team.inv, () => {});
    const statuses = new Map<number, number>();
    const accepted: number[] = [];
    const save = async (who: number, record: ListRecord, base: number, mark: string) => {
      const answer = await team.editors[who]!.call<OperationsResponse>('POST', `${path}/operations`, {
        ops: [{ kind: 'entity', id: record.id, base, record: withMark(record, mark) }],
        message: `Race ${mark}`,
      });
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 200) accepted.push(answer.body!.seq);
      return answer.status;
    };
    // Same record, same base, all at once; one record per round so each round starts from version 0.
    const sameRecord: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const record = entities[round % entities.length]!;
      const answers = await Promise.all(team.editors.map((_, who) => save(who, record, 0, `s${round}.${who}`)));
      sameRecord.push(answers.join(','));
    }
    const sameStatuses = new Map(statuses);
    const causes = [
      ...new Set([...server.log().matchAll(/"level":50.*?"message":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!)),
    ];
    statuses.clear();
    // Different records, all at once: each editor its own record (from the later entities), `rounds` times over.
    const base = new Map<string, number>();
    for (let round = 0; round < rounds; round++) {
      await Promise.all(
        team.editors.map(async (_, who) => {
          const record = entities[entities.length - 1 - who]!;
          const version = base.get(record.id) ?? 0;
          if ((await save(who, record, version, `d${round}.${who}`)) === 200) base.set(record.id, version + 1);
        }),
      );
    }
    const lastSeq = Math.max(...accepted);
    const deadline = performance.now() + 10_000;
    while (listener.lastSeq < lastSeq && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 500));
    await listener.close();
    const missed = accepted.filter((seq) => !listener.arrivals.has(seq));
    console.log(`${name}:`);
    console.log(`  same record × ${editors} at once, ${rounds} rounds: ${format(sameStatuses)}`);
    console.log(
      `    rounds with other than one 200: ${sameRecord.filter((r) => r.split(',').filter((s) => s === '200').length !== 1).length}`,
    );
    console.log(`  different records × ${editors} at once, ${rounds} rounds: ${format(statuses)}`);
    console.log(
      `  accepted changes the open stream never sent: ${missed.length} of ${accepted.length} (${missed.slice(0, 10).join(', ')})`,
    );
    if (causes.length) console.log(`  logged causes of 500: ${causes.join(' | ')}`);
  } finally {
    await server?.stop();
    await store.dispose();
  }
}

const format = (statuses: Map<number, number>) =>
  [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${count}× ${status}`)
    .join(', ');

for (const name of stores) await raceOn(name);
process.exit(0);
