// The outbox of a shared investigation in IndexedDB (idb-keyval): edits made while the server was away, kept until
// it takes them, so closing the tab or a lost connection loses nothing. Read back as untrusted input: a damaged
// record is dropped whole rather than half-sent.
import { createStore, get, set, del, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import type { Batch, OutboxStore } from './sharedSync';

const batchSchema = z
  .object({
    id: z.string().min(8).max(100),
    message: z.string().max(500),
    ops: z
      .array(
        z.object({
          kind: z.enum(['source', 'entity', 'relation']),
          id: z.string().min(1).max(1000),
          base: z.number().int().nonnegative(),
          record: z.record(z.string(), z.unknown()).nullable(),
        }),
      )
      .max(5000),
  })
  .strict();
const outboxSchema = z.array(batchSchema).max(10_000);

let store: UseStore | null = null;
const table = () => (store ??= createStore('story-graph-explorer-outbox', 'batches'));

export const indexedDbOutbox: OutboxStore = {
  async load(inv) {
    const parsed = outboxSchema.safeParse(await get(inv, table()));
    return parsed.success ? (parsed.data as Batch[]) : [];
  },
  async save(inv, batches) {
    if (batches.length === 0) await del(inv, table());
    else await set(inv, batches, table());
  },
};
