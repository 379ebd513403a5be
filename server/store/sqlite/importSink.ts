// Bulk import into SQLite, the main thread's half: each batch is turned into columns (the JSON the store keeps,
// the names the search indexes) and sent to the writer (writerChannel.ts), which writes it while the next
// batch is read. A few batches may be on their way at once; a problem the writer finds is thrown by the next call.
import type { Entity, Source } from '../../../src/model/schema';
import type { DatasetHead, InvestigationSummary } from '../../../src/io/server/wire';
import { relationFlags } from '../adjacencyFlags';
import type { ImportSink, RelationBatchItem } from '../types';
import { newInvestigationId } from '../investigationIds';
import type { WriterChannel } from './writerChannel';
import type { EntityColumns, RelationColumns, WriterRequest } from './writerProtocol';

/**
 * Records per batch. Small, because a batch waits on the heap until it is sent, and what waits there when the
 * garbage collector runs is copied, then promoted to the old generation: at 500,000 entities, batches of 5,000
 * promoted twice the bytes of batches of 1,000 and doubled the main thread's pauses for young collections. A multiple
 * of the writer's rows per statement (importWriter.ts), so no row of a batch is written on its own.
 */
const BATCH = 1_024;
/** Batches sent and not yet written: enough to keep the writer busy, few enough to bound the memory they hold. */
const IN_FLIGHT = 16;

function entityColumns(batch: readonly Entity[], json?: readonly (string | null)[]): EntityColumns {
  const columns: EntityColumns = {
    ids: [],
    types: [],
    bodies: [],
    names: [],
    nameCounts: new Int32Array(batch.length),
  };
  batch.forEach((entity, i) => {
    columns.ids.push(entity.id);
    columns.types.push(entity.type);
    columns.bodies.push(json?.[i] ?? JSON.stringify(entity));
    columns.names.push(entity.label, ...entity.aliases);
    columns.nameCounts[i] = 1 + entity.aliases.length;
  });
  return columns;
}

function relationColumns(batch: readonly RelationBatchItem[]): RelationColumns {
  const count = batch.length;
  const columns: RelationColumns = {
    ids: new Array<string>(count),
    types: new Array<string>(count),
    sources: new Int32Array(count),
    targets: new Int32Array(count),
    flags: new Uint8Array(count),
    origins: new Int32Array(count),
    bodies: new Array<string>(count),
    claims: { at: [], index: [], source: [], body: [] },
  };
  batch.forEach(({ relation, origins, ends, json }, i) => {
    columns.ids[i] = relation.id;
    columns.types[i] = relation.type;
    columns.sources[i] = ends?.[0] ?? -1;
    columns.targets[i] = ends?.[1] ?? -1;
    columns.flags[i] = relationFlags(relation);
    columns.origins[i] = origins;
    columns.bodies[i] = json ?? JSON.stringify(relation);
    relation.claims.forEach((claim, index) => {
      columns.claims.at.push(i);
      columns.claims.index.push(index);
      columns.claims.source.push(claim.source);
      columns.claims.body.push(JSON.stringify(claim));
    });
  });
  if (batch.some((item) => !item.ends))
    columns.endIds = batch.map(({ relation }) => [relation.source, relation.target]);
  return columns;
}

export async function sqliteImportSink(
  writer: WriterChannel,
  head: DatasetHead,
  release: () => void,
): Promise<ImportSink> {
  const inv = newInvestigationId();
  await writer.request({
    op: 'begin',
    inv,
    title: head.title,
    head: JSON.stringify(head),
    created: new Date().toISOString(),
  });

  let failure: unknown = null;
  const inFlight: Promise<void>[] = [];
  const send = async (request: WriterRequest, transfer?: ArrayBuffer[]) => {
    if (failure) throw failure;
    inFlight.push(
      writer.request(request, transfer).then(
        () => undefined,
        (error: unknown) => void (failure ??= error),
      ),
    );
    while (inFlight.length > IN_FLIGHT) await inFlight.shift();
    if (failure) throw failure;
  };
  const settled = async () => {
    while (inFlight.length > 0) await inFlight.shift();
    if (failure) throw failure;
  };

  let ended = false;
  const end = () => {
    if (!ended) release();
    ended = true;
  };

  return {
    batchSize: BATCH,
    async addSources(batch: readonly Source[]) {
      const rows = batch.map((source): [string, string, string | null] => {
        const { text, ...body } = source;
        return [source.id, JSON.stringify(body), text ?? null];
      });
      await send({ op: 'sources', inv, rows });
    },
    async addEntities(batch, json) {
      const columns = entityColumns(batch, json);
      await send({ op: 'entities', inv, ...columns }, [columns.nameCounts.buffer as ArrayBuffer]);
    },
    async addRelations(batch) {
      const columns = relationColumns(batch);
      const transfer = [columns.sources, columns.targets, columns.flags, columns.origins].map((a) => a.buffer);
      await send({ op: 'relations', inv, ...columns }, transfer as ArrayBuffer[]);
    },
    async finish(): Promise<InvestigationSummary> {
      try {
        await settled();
        const { value } = await writer.request({ op: 'finish', inv });
        return { id: inv, title: head.title, ...value! };
      } finally {
        end();
      }
    },
    async abort() {
      try {
        await settled().catch(() => undefined);
        await writer.request({ op: 'abort', inv });
      } finally {
        end();
      }
    },
  };
}
