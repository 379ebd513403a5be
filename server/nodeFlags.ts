// Flags for the Node process that runs the server. A big import makes millions of short-lived objects, and a batch
// of them lives long enough to be copied by each collection of V8's default young generation (16 MB halves): a
// third of the import's main-thread CPU went to those copies. With 64 MB halves the collections come a quarter as
// often and copy about as much each time, which saved a sixth of the import's CPU at 500k entities (bench/README.md).
// V8 reads this only at start-up, so it goes on the command line (scripts/serve.mjs, bench/server/serverProcess.ts).
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];
