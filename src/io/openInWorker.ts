// Runs an open request in a fresh worker (small files, and plain Cytoscape JSON up to 4 MB: on the page) and gives
// back the dataset, or throws an ImportError. One worker per request, ended afterwards, which gives back the memory
// the parse used. prepareOpenWorker starts the next one early (while a file downloads or is read), so loading and
// compiling the reader's code is not on the wait.
import { ImportError } from './formats/types';
import type { OpenReply, OpenRequest } from './openRequest';
import { fromWireInSlices, type PackedDataset, type WireReply } from './datasetWire';
import { openPlainCytoscapeJson, openPlainCytoscapeJsonInTurns, type OpenedGraph } from './openPlain';
import { workerKind } from '../workers/workerJobs';
import { hashComingFor } from '../model/datasetHash';

/** How long the worker waits to be asked for its hash, or the page for the answer, before giving up on it. */
const HASH_WAIT_MS = 60_000;

interface HashOnRequest {
  /** Asks the worker for the hash (once); the answer, or null when none came in time. */
  ask(): Promise<string | null>;
  /** Settles once the hash came, or once there is no more waiting for it. */
  settled: Promise<unknown>;
}

/**
 * The worker hashes only when asked: by then (the first time the page needs the hash, when it shows the graph) the
 * page has built its model, which the worker's work on the other core would otherwise slow down on a busy machine.
 */
function hashOnRequest(port: MessagePort): HashOnRequest {
  let finish: (hash: string | null) => void = () => undefined;
  const answer = new Promise<string | null>((resolve) => (finish = resolve));
  let timer = setTimeout(() => finish(null), HASH_WAIT_MS);
  port.onmessage = (event: MessageEvent<unknown>) => finish(typeof event.data === 'string' ? event.data : null);
  const settled = answer.finally(() => {
    clearTimeout(timer);
    port.close();
  });
  let asked = false;
  return {
    ask() {
      if (!asked) {
        asked = true;
        clearTimeout(timer);
        timer = setTimeout(() => finish(null), HASH_WAIT_MS);
        port.postMessage('hash');
      }
      return answer;
    },
    settled,
  };
}

function settle(reply: OpenReply): OpenedGraph {
  if (!reply.ok) throw new ImportError(reply.code, reply.message);
  return reply.opened;
}

/** An open request as the worker takes it: with a port for the dataset's hash, which follows the answer. */
export type OpenWorkerRequest = OpenRequest & { hashPort?: MessagePort };

const openWorker = workerKind<OpenWorkerRequest, WireReply>(
  () => new Worker(new URL('./open.worker.ts', import.meta.url), { type: 'module' }),
  { name: 'background reader' },
);

/** Starts a reader ahead of need; the next openInWorker takes it. Does nothing if one is waiting already. */
export function prepareOpenWorker(): void {
  openWorker.prepare();
}

/**
 * Files up to this many characters are read on the page: starting a worker while the page is busy takes ~0.1 s,
 * reading 1,000 nodes and 2,000 edges (250 kB) takes ~40 ms, short enough not to hold up a frame for long.
 */
export const IN_PAGE_MAX_CHARS = 256 * 1024;

/**
 * Up to this many characters, a plain Cytoscape JSON file is read on the page, in one pass (fastCytoscape.ts):
 * 10,000 nodes and 20,000 edges (2.6 MB) take ~90 ms there. Through a worker the same file took ~190 ms more
 * before its first frame: starting the worker, packing the records, copying them across and unpacking them.
 * The limit keeps the page's pause at about 150 ms; bigger files go to the worker, which keeps the page live.
 * A Cytoscape file the route hands back (nested values, styles…) is parsed twice, here and in the worker: at most
 * ~90 ms more, for files the general reader takes far longer over anyway.
 */
export const QUICK_IN_PAGE_MAX_CHARS = 4 * 1024 * 1024;

/** Whether a file of this size is worth a worker (see IN_PAGE_MAX_CHARS); for files whose size is unknown, yes. */
export function readsInWorker(chars: number | null): boolean {
  return typeof Worker !== 'undefined' && (chars === null || chars > IN_PAGE_MAX_CHARS);
}

/**
 * Whether to start a worker before the text is in: not for files the page may read itself (QUICK_IN_PAGE_MAX_CHARS),
 * as a worker compiling its code on the other core slows the page down while it reads.
 */
export function wantsWorkerEarly(chars: number | null): boolean {
  return readsInWorker(chars) && (chars === null || chars > QUICK_IN_PAGE_MAX_CHARS);
}

/** From this many characters the one-pass route gives the page a turn between parsing and making records. */
const QUICK_IN_TURNS_FROM_CHARS = 1024 * 1024;

/**
 * `onReply`: given the worker's reply as it came, before the page makes its records (a huge graph's preview is drawn
 * from it); not called for files read on the page.
 */
export async function openInWorker(
  request: OpenRequest,
  onReply?: (dataset: PackedDataset) => void,
): Promise<OpenedGraph> {
  const chars = request.text.length + (request.kind === 'csv' ? (request.options.nodesText?.length ?? 0) : 0);
  if (request.kind === 'file' && chars <= QUICK_IN_PAGE_MAX_CHARS) {
    const quick =
      chars < QUICK_IN_TURNS_FROM_CHARS
        ? openPlainCytoscapeJson(request.text, request.fileName)
        : await openPlainCytoscapeJsonInTurns(request.text, request.fileName);
    if (quick) return quick;
  }
  // The general readers are loaded only when a file needs them: the page starts without their code.
  if (!readsInWorker(chars))
    return import('./openRequest').then(({ answerOpenRequest }) => settle(answerOpenRequest(request)));
  const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
  const hash = channel && hashOnRequest(channel.port2);
  const job = channel
    ? openWorker.run({ ...request, hashPort: channel.port1 }, { transfer: [channel.port1], endAfter: hash!.settled })
    : openWorker.run(request);
  // The records are made in slices: at 200,000 entities, in one go, the page would stop for over a second.
  return job.done.then(
    async (reply) => {
      // A milestone for the benchmark's load profile (bench/profileLoad.ts).
      performance.mark('open:reply');
      if (onReply && reply?.ok) {
        try {
          onReply(reply.opened.dataset);
        } catch {
          // Only a preview is lost: the graph is opened as it would have been.
        }
      }
      const opened = settle(await fromWireInSlices(reply!));
      if (hash) hashComingFor(opened.dataset, hash.ask);
      return opened;
    },
    (error: Error) => {
      throw new ImportError('malformed', `The file could not be read: ${error.message}.`);
    },
  );
}
