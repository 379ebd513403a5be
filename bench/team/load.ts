// The load itself: `editors` simulated editors, each with its own live stream, saving `rate` edits a second in all
// for `seconds`. The saves are spread evenly over the run, editor after editor in turn, so the rate holds whatever
// the answers take (an open loop, as independent users are); before each save its editor opens the record some
// seconds earlier, the time a user spends editing, which is when someone else's save can make it a conflict.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type { ListRecord } from '../../src/io/server/teamWire';
import { deliveryDelays, type Delivery } from './delivery';
import { Editor, emptyLog, type Held, type WriteLog } from './editor';
import { recordPicker, seededRandom, type RecordRef } from './edits';
import { ChangeListener } from './events';
import type { TeamClient } from './http';

export interface LoadSettings {
  seconds: number;
  rate: number;
  /** Share of edits that go to the few records everyone works on. */
  hotShare: number;
  hot: number;
  /** Time spent editing a record before saving it (ms). */
  thinkMs: [number, number];
  seed: number;
}

export interface LoadResult {
  log: WriteLog;
  delivery: Delivery;
  /** Saves planned (one per scheduled edit) and the wall time they took (s). */
  planned: number;
  elapsedS: number;
  /** How long after the last answer the slowest stream had every change (ms); undefined if one never did. */
  catchUpMs: number | undefined;
  duplicates: number;
  outOfOrder: number;
  streamErrors: string[];
  /** The bench's own event-loop delay, p99 (ms): a late timer or a late read inflates the figures by this much. */
  benchLoopP99Ms: number;
}

const until = (at: number) => delay(Math.max(0, at - performance.now()));

export async function runLoad(
  inv: string,
  clients: readonly TeamClient[],
  initial: ReadonlyMap<string, ListRecord>,
  refs: readonly RecordRef[],
  settings: LoadSettings,
): Promise<LoadResult> {
  const log = emptyLog();
  const held = new Map<string, Held>([...initial].map(([key, record]) => [key, { version: 0, record }]));
  const editors = clients.map((client) => new Editor(client, inv, held, log));
  const listeners = await Promise.all(
    editors.map((editor) =>
      ChangeListener.open(editor.client, inv, (event) => {
        for (const r of event.records) if (r.kind !== 'head') editor.hear(r, r.version, r.record as ListRecord | null);
      }),
    ),
  );
  // The hot records are spread over the list, so that entities and relations are among them.
  const hot = refs
    .filter((_, i) => i % Math.max(1, Math.floor(refs.length / settings.hot)) === 0)
    .slice(0, settings.hot);
  const gapMs = 1000 / settings.rate;
  const start = performance.now() + 500;
  const end = start + settings.seconds * 1000;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let planned = 0;
  await Promise.all(
    editors.map(async (editor, index) => {
      const random = seededRandom(settings.seed * 1000 + index);
      const pick = recordPicker(refs, hot, settings.hotShare, random);
      const [thinkMin, thinkMax] = settings.thinkMs;
      for (let turn = 0; ; turn++) {
        const saveAt = start + (index + turn * editors.length) * gapMs;
        if (saveAt >= end) return;
        planned++;
        // Never longer than the editor's turn: the next record is opened after the last save was answered.
        const think = thinkMin + random() * (Math.min(thinkMax, editors.length * gapMs * 0.9) - thinkMin);
        await until(saveAt - think);
        const ref = pick();
        const opened = editor.open(ref);
        await until(saveAt);
        if (opened) await editor.save(ref, opened, `${editor.client.username}#${turn}`);
      }
    }),
  );
  const answered = performance.now();
  const lastSeq = Math.max(0, ...log.accepted.map((w) => w.seq));
  let catchUpMs: number | undefined;
  const deadline = answered + 15_000;
  while (catchUpMs === undefined && performance.now() < deadline) {
    if (listeners.every((l) => l.lastSeq >= lastSeq)) catchUpMs = performance.now() - answered;
    else await delay(20);
  }
  loop.disable();
  await Promise.all(listeners.map((l) => l.close()));
  return {
    log,
    delivery: deliveryDelays(
      log.accepted,
      listeners.map((l, i) => ({ owner: editors[i]!.client.username, arrivals: l.arrivals })),
    ),
    planned,
    elapsedS: (answered - start) / 1000,
    catchUpMs,
    duplicates: listeners.reduce((sum, l) => sum + l.duplicates, 0),
    outOfOrder: listeners.reduce((sum, l) => sum + l.outOfOrder, 0),
    streamErrors: listeners.flatMap((l) => (l.error ? [l.error] : [])),
    benchLoopP99Ms: loop.percentile(99) / 1e6,
  };
}

export function refsOf(initial: ReadonlyMap<string, ListRecord>): RecordRef[] {
  return [...initial.keys()]
    .map((key) => {
      const [kind, id] = key.split('\n') as [RecordRef['kind'], string];
      return { kind, id };
    })
    .filter((ref) => ref.kind !== 'source');
}
