// The worker helper over an in-process stand-in for a Web Worker (Node has none): the page side and the worker side
// (answerJobs) talk through it exactly as through a worker's messages, asynchronously.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerJobs, type JobScope } from './answerJobs';
import { workerKind } from './workerJobs';

type Listener = (event: MessageEvent) => void;

class StandInWorker {
  static started = 0;
  static live = new Set<StandInWorker>();
  private pageListeners: Record<string, Listener[]> = {};
  private workerListeners: Listener[] = [];
  terminated = false;
  constructor(work: (request: number, progress: (f: number) => void) => number | Promise<number>) {
    StandInWorker.started++;
    StandInWorker.live.add(this);
    const scope: JobScope = {
      addEventListener: (_type, listener) => this.workerListeners.push(listener),
      postMessage: (message) => this.deliver(this.pageListeners.message ?? [], message),
    };
    answerJobs(work, () => [], scope);
  }
  private deliver(listeners: Listener[], data: unknown): void {
    setTimeout(() => {
      if (!this.terminated) for (const listener of listeners) listener({ data } as MessageEvent);
    });
  }
  addEventListener(type: string, listener: Listener): void {
    (this.pageListeners[type] ??= []).push(listener);
  }
  postMessage(data: unknown): void {
    this.deliver(this.workerListeners, data);
  }
  fail(message: string): void {
    for (const listener of this.pageListeners.error ?? []) listener({ message } as unknown as MessageEvent);
  }
  terminate(): void {
    this.terminated = true;
    StandInWorker.live.delete(this);
  }
}

const double = (n: number, progress: (f: number) => void) => {
  progress(0.5);
  if (n < 0) throw new Error(`no negative numbers: ${n}`);
  return 2 * n;
};
const kindOf = (
  keepIdleMs = 0,
  work: (n: number, progress: (f: number) => void) => number | Promise<number> = double,
) => workerKind<number, number>(() => new StandInWorker(work) as unknown as Worker, { keepIdleMs, name: 'doubler' });

vi.stubGlobal('Worker', StandInWorker);
afterEach(() => {
  StandInWorker.started = 0;
  StandInWorker.live.clear();
  vi.useRealTimers();
});

describe('workerKind', () => {
  it('answers a job with its progress and its result, then ends the worker', async () => {
    const progress: number[] = [];
    const job = kindOf().run(21, { onProgress: (f) => progress.push(f) });
    expect(await job.done).toBe(42);
    expect(progress).toEqual([0.5]);
    expect(StandInWorker.live.size).toBe(0);
  });

  it('a job given endAfter keeps its worker past the answer until that settles', async () => {
    let finish = () => undefined as void;
    const endAfter = new Promise<void>((resolve) => (finish = resolve));
    expect(await kindOf().run(21, { endAfter }).done).toBe(42);
    expect(StandInWorker.live.size).toBe(1);
    finish();
    await endAfter;
    await Promise.resolve();
    expect(StandInWorker.live.size).toBe(0);
  });

  it("rejects with the work's own message", async () => {
    await expect(kindOf().run(-3).done).rejects.toThrow('no negative numbers: -3');
  });

  it('a cancelled job resolves null and its worker ends', async () => {
    const job = kindOf(0, () => new Promise<number>(() => undefined)).run(1);
    job.cancel();
    expect(await job.done).toBeNull();
    expect(StandInWorker.live.size).toBe(0);
  });

  it('a worker that stops fails its jobs with a message naming it', async () => {
    const kind = kindOf(0, () => new Promise<number>(() => undefined));
    const job = kind.run(1);
    [...StandInWorker.live][0]!.fail('');
    await expect(job.done).rejects.toThrow('the doubler stopped');
  });

  it('a prepared worker takes the next job; without keeping, each job gets its own', async () => {
    const kind = kindOf();
    kind.prepare();
    expect(StandInWorker.started).toBe(1);
    expect(await kind.run(1).done).toBe(2);
    expect(StandInWorker.started).toBe(1);
    expect(await kind.run(2).done).toBe(4);
    expect(StandInWorker.started).toBe(2);
  });

  it('a kept worker serves the next jobs, and ends once idle for keepIdleMs', async () => {
    vi.useFakeTimers();
    const kind = kindOf(1000);
    const first = kind.run(1).done;
    await vi.advanceTimersByTimeAsync(1);
    expect(await first).toBe(2);
    const second = kind.run(5).done;
    await vi.advanceTimersByTimeAsync(1);
    expect(await second).toBe(10);
    expect(StandInWorker.started).toBe(1);
    expect(StandInWorker.live.size).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(StandInWorker.live.size).toBe(0);
  });
});
