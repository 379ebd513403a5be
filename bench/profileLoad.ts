// Where a big graph's load spends its time: opens the app with `?data=` on a generated graph under Chromium's
// tracer (its sampling profiler on every thread, the page's marks, its tasks) and prints, for each phase between
// two of the app's marks, the main thread's busy time, its longest task and the functions that took it, and what
// the open worker did meanwhile. Run on an unminified build so the functions keep their names:
//   npx tsx bench/profileLoad.ts [--size 200000] [--after 8000] [--no-build] [--trace out.json] [--click 500 [--clicks 4]]
// With --click <ms>, the first filter click (the commonest country, as bench/measure.ts clicks it) is made that many
// ms after the first frame (and --clicks more, 400 ms apart), and each click and its visibility mark become phases.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { writeSyntheticGraphs } from './generate';
import { startServer } from './server';
import { hasFlag, numberOption, option } from './args';

const root = resolve(import.meta.dirname, '..');
const size = numberOption('size') ?? 200_000;
/** How long to keep tracing after the first frame, for the work that follows it (hash, indexes, counts). */
const afterMs = numberOption('after') ?? 8000;
/** The build to open: `--dist <dir>` for one made already (the bench's minified dist/, say), else an unminified one. */
const given = option('dist');
const outDir = given ? resolve(given) : join(root, 'bench', '.dist-profile');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber: number };
}

/** The part of probe.js's window.__bench read here. */
interface Probe {
  mark(name: string, since: number, timeoutMs: number): Promise<unknown>;
  frame(since: number, timeoutMs: number): Promise<unknown>;
}

interface Sample {
  /** ms since navigation. */
  at: number;
  /** Function names, innermost first. */
  stack: string[];
}

/** Every thread's CPU samples, keyed by "pid:tid", with times in the trace's clock (µs). */
function samplesByThread(
  events: TraceEvent[],
): Map<string, { ts: number; node: number; nodes: Map<number, ProfileNode> }[]> {
  const profiles = new Map<
    string,
    {
      thread: string;
      time: number;
      nodes: Map<number, ProfileNode>;
      out: { ts: number; node: number; nodes: Map<number, ProfileNode> }[];
    }
  >();
  const threads = new Map<string, { ts: number; node: number; nodes: Map<number, ProfileNode> }[]>();
  for (const e of events) {
    if (e.name === 'Profile') {
      const thread = `${e.pid}:${e.tid}`;
      const out = threads.get(thread) ?? [];
      threads.set(thread, out);
      profiles.set(`${e.pid}:${e.id}`, { thread, time: e.args!.data!.startTime!, nodes: new Map(), out });
    } else if (e.name === 'ProfileChunk') {
      const profile = profiles.get(`${e.pid}:${e.id}`);
      if (!profile) continue;
      const data = e.args!.data!;
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      samples.forEach((node, i) => {
        profile.time += deltas[i] ?? 0;
        profile.out.push({ ts: profile.time, node, nodes: profile.nodes });
      });
    }
  }
  return threads;
}

function stackOf(nodes: Map<number, ProfileNode>, id: number): string[] {
  const names: string[] = [];
  for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(root)') break;
    const file = (url ?? '').split('/').pop() ?? '';
    names.push(functionName ? `${functionName} ${file}:${lineNumber + 1}` : `(anonymous) ${file}:${lineNumber + 1}`);
  }
  return names;
}

const IDLE = new Set(['(idle)', '(program)']);

function top(samples: Sample[], interval: number, inclusive: boolean, count = 10): string[] {
  const totals = new Map<string, number>();
  for (const sample of samples) {
    const names = inclusive ? new Set(sample.stack) : sample.stack.slice(0, 1);
    for (const name of names) totals.set(name, (totals.get(name) ?? 0) + interval);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${name}`);
}

async function main(): Promise<void> {
  if (!hasFlag('no-build') && !given)
    spawnSync(
      'npx',
      ['vite', 'build', '--mode', 'test-hooks', '--minify', 'false', '--outDir', outDir, '--logLevel', 'warn'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  const dataDir = join(root, 'bench', '.data');
  const [file] = writeSyntheticGraphs(dataDir, [size]);
  const server = await startServer({ '/app/': outDir, '/data/': dataDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript({ content: readFileSync(join(root, 'bench', 'probe.js'), 'utf8') });
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'v8',
      'disabled-by-default-v8.cpu_profiler',
      '__metadata',
    ],
  });
  const dataUrl = `${server.url}/data/${file}`;
  await page.goto(`${server.url}/app/?data=${encodeURIComponent(dataUrl)}`);
  const first = await page.evaluate(async (nodes) => {
    const bench = (window as never as { __bench: Probe }).__bench;
    let since = 0;
    for (;;) {
      const end = (await bench.mark('graphview:setGraph-end', since, 240_000)) as {
        time: number;
        detail?: { nodes?: number };
      } | null;
      if (!end) return null;
      if (end.detail?.nodes === nodes) break;
      since = end.time + 0.001;
    }
    const start = (await bench.mark('graphview:setGraph-start', since, 1000)) as { time: number };
    const frame = (await bench.frame(start.time, 60_000)) as { presented: number } | null;
    return frame?.presented ?? null;
  }, size);
  const clickAfter = numberOption('click');
  const clicks = numberOption('clicks') ?? 1;
  if (clickAfter !== undefined) {
    await page.waitForTimeout(clickAfter);
    // Marked when each click reaches the page: the locator waits for the filter list to be there first.
    await page.evaluate(() =>
      document.addEventListener('click', (e) => performance.mark('bench:click', { startTime: e.timeStamp }), {
        capture: true,
      }),
    );
    for (let i = 0; i < clicks; i++) {
      await page.locator('[data-testid="facet-entity:country"] input[type=checkbox]').first().click();
      await page.waitForTimeout(400);
    }
  }
  await page.waitForTimeout(afterMs);
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: m.startTime })),
  );
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  await browser.close();
  server.close();
  const tracePath = option('trace');
  if (tracePath) writeFileSync(tracePath, JSON.stringify(trace));

  const events = trace.traceEvents;
  // The page's clock against the trace's: a mark seen in both.
  const anchor = events.find((e) => e.cat.includes('blink.user_timing') && e.name === 'graphview:setGraph-start');
  const anchorMark = marks.find((m) => m.name === 'graphview:setGraph-start');
  const clicked = marks.filter((m) => m.name === 'bench:click');
  const applied = clicked.map((c) => marks.find((m) => m.name === 'graphview:visibility' && m.at > c.at));
  if (!anchor || !anchorMark) throw new Error('no setGraph mark in the trace');
  const offset = anchor.ts / 1000 - anchorMark.at;
  const toPage = (ts: number) => ts / 1000 - offset;
  const main = `${anchor.pid}:${anchor.tid}`;
  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');

  const end = (first ?? marks.at(-1)!.at) + afterMs;
  const phases = [
    ...marks.filter((m) => /^(open:|graphview:setGraph)/.test(m.name)).map((m) => ({ name: m.name, at: m.at })),
    ...(first ? [{ name: 'first frame', at: first }] : []),
    ...clicked.map((c, i) => ({ name: `filter click ${i + 1}`, at: c.at })),
    ...applied.flatMap((a, i) => (a ? [{ name: `visibility applied ${i + 1}`, at: a.at }] : [])),
    { name: 'end of trace', at: end },
  ].sort((a, b) => a.at - b.at);
  const tasks = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.name === 'RunTask' && e.dur !== undefined)
    .map((e) => ({ at: toPage(e.ts), ms: e.dur! / 1000, work: 0 }));
  const threads = samplesByThread(events);
  const lines: string[] = [`${size} nodes; first frame at ${first?.toFixed(0)} ms after navigation`, ''];
  for (const [thread, raw] of threads) {
    const label = thread === main ? 'main thread' : names.get(thread) || thread;
    if (label !== 'main thread' && !/Worker/i.test(label)) continue;
    const samples: Sample[] = raw.map((s) => ({ at: toPage(s.ts), stack: stackOf(s.nodes, s.node) }));
    const interval = samples.length > 1 ? (samples.at(-1)!.at - samples[0]!.at) / samples.length : 1;
    const busy = samples.filter((s) => s.stack.length > 0 && !IDLE.has(s.stack[0]!.split(' ')[0]!));
    if (busy.length === 0) continue;
    lines.push(`## ${label} (busy ${(busy.length * interval).toFixed(0)} ms, sample ${interval.toFixed(2)} ms)`);
    // A task's own work is what the profiler saw it run: on a busy machine a task also lasts while it waits for a core.
    if (thread === main)
      for (const task of tasks)
        task.work = busy.filter((s) => s.at >= task.at && s.at < task.at + task.ms).length * interval;
    let from = 0;
    for (const phase of phases) {
      const inPhase = busy.filter((s) => s.at >= from && s.at < phase.at);
      const within = tasks.filter((t) => t.at >= from && t.at < phase.at);
      const longest = within.reduce((m, t) => Math.max(m, t.ms), 0);
      const most = within.reduce((m, t) => Math.max(m, t.work), 0);
      lines.push(
        `### ${from.toFixed(0)}–${phase.at.toFixed(0)} ms → ${phase.name}: busy ${(inPhase.length * interval).toFixed(0)} ms` +
          (thread === main
            ? `, longest task ${longest.toFixed(0)} ms, most work in one task ${most.toFixed(0)} ms`
            : ''),
      );
      if (inPhase.length * interval > 20) {
        // A click's answer in more depth: which component or index its time went to.
        const deep = phase.name.startsWith('visibility applied');
        lines.push(
          'self:',
          ...top(inPhase, interval, false, deep ? 16 : 8),
          'inclusive:',
          ...top(inPhase, interval, true, deep ? 48 : 12),
        );
      }
      from = phase.at;
    }
    if (thread === main)
      for (const task of tasks.filter((t) => t.ms > 150)) {
        const inTask = busy.filter((s) => s.at >= task.at && s.at < task.at + task.ms);
        lines.push(
          `### task at ${task.at.toFixed(0)} ms, ${task.ms.toFixed(0)} ms`,
          ...top(inTask, interval, true, 14),
        );
      }
    lines.push('');
  }
  const long = tasks
    .filter((t) => t.ms > 100)
    .map((t) => `${t.at.toFixed(0)}+${t.ms.toFixed(0)} (${t.work.toFixed(0)})`);
  lines.push(`main-thread tasks over 100 ms (start+ms (work)): ${long.join(', ')}`);
  console.log(lines.join('\n'));
}

await main();
