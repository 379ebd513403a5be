// One client's live stream of changes (GET /api/investigations/:id/events, server-sent events): each ChangeEvent is
// handed on with the moment its bytes were read, so the bench can tell how long a change took to reach the others.
import type { ChangeEvent } from '../../src/io/server/teamWire';
import type { TeamClient } from './http';

export type OnChange = (event: ChangeEvent, arrivedAt: number) => void;

/** Splits a server-sent event stream into its `data:` payloads; whatever follows the last blank line is kept. */
export function sseBlocks(buffer: string): { data: string[]; rest: string } {
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  const data: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((line) => line.startsWith('data:'));
    if (lines.length) data.push(lines.map((line) => line.slice(5).replace(/^ /, '')).join('\n'));
  }
  return { data, rest };
}

export class ChangeListener {
  /** seq → when it arrived (performance.now()); a seq seen twice is counted, not kept twice. */
  readonly arrivals = new Map<number, number>();
  duplicates = 0;
  /** Events whose seq was not above the one before: the stream promises order. */
  outOfOrder = 0;
  lastSeq = 0;
  error: string | undefined;
  private readonly abort = new AbortController();
  private done: Promise<void> = Promise.resolve();

  private constructor(private readonly onChange: OnChange) {}

  /** Opens the stream; resolves once the server has answered with its first comment (the stream is live). */
  static async open(client: TeamClient, inv: string, onChange: OnChange): Promise<ChangeListener> {
    const listener = new ChangeListener(onChange);
    const response = await fetch(`${client.base}/api/investigations/${encodeURIComponent(inv)}/events`, {
      headers: client.headers(false),
      signal: listener.abort.signal,
    });
    if (!response.ok || !response.body) throw new Error(`events for ${client.username}: ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const first = await reader.read();
    if (first.done) throw new Error(`events for ${client.username}: the stream ended at once`);
    listener.done = listener.read(reader, first.value);
    return listener;
  }

  private async read(reader: ReadableStreamDefaultReader<string>, start: string): Promise<void> {
    let buffer = start;
    try {
      for (;;) {
        const { data, rest } = sseBlocks(buffer);
        buffer = rest;
        for (const payload of data) this.take(JSON.parse(payload) as ChangeEvent, performance.now());
        const next = await reader.read();
        if (next.done) return;
        buffer += next.value;
      }
    } catch (error) {
      if (!this.abort.signal.aborted) this.error = error instanceof Error ? error.message : String(error);
    }
  }

  private take(event: ChangeEvent, at: number): void {
    if (this.arrivals.has(event.seq)) {
      this.duplicates++;
      return;
    }
    if (event.seq <= this.lastSeq) this.outOfOrder++;
    this.arrivals.set(event.seq, at);
    this.lastSeq = Math.max(this.lastSeq, event.seq);
    this.onChange(event, at);
  }

  async close(): Promise<void> {
    this.abort.abort();
    await this.done;
  }
}
