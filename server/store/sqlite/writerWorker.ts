// The writer thread: its own connection to the store's file, taking requests (writerProtocol.ts) one at a time in
// the order sent. SQLite's work for an import runs here, so the server's thread keeps parsing the upload and
// answering other requests (reads go through its own connection; WAL lets them run while this one writes).
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { openConnection } from './connection';
import { adjacencyHelper } from './adjacencyHelper';
import { ImportWriter, answer, spareTime } from './importWriter';
import type { WriterRequest } from './writerProtocol';

// A modest page cache: the writer mostly appends, and on this kind of load a big cache costs more in fresh memory
// (page faults) than it saves in reads.
const db = openConnection((workerData as { file: string }).file, Number(process.env.WRITER_CACHE_KIB) || 64_000);
// The finish's adjacency rows are made in a helper thread while this one writes them.
const writer = new ImportWriter(db, adjacencyHelper());
const port = parentPort!;

/** Answers one request; false once the writer is closed. */
function handle(request: WriterRequest & { seq: number }): boolean {
  port.postMessage(answer(writer, request, request.seq));
  if (request.op !== 'close') return true;
  db.close();
  port.close();
  return false;
}

port.on('message', (request: WriterRequest & { seq: number }) => {
  if (!handle(request)) return;
  // Names are indexed while no request waits, in the time the writer would otherwise wait for the parser.
  while (writer.namesHeld) {
    const waiting = receiveMessageOnPort(port);
    if (!waiting) spareTime(writer);
    else if (!handle(waiting.message as WriterRequest & { seq: number })) return;
  }
});
