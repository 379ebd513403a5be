// Flags for the Node process that runs the server. A big import makes millions of short-lived objects, and each
// batch of them lives just long enough to be copied by the collections of V8's default young generation (16 MB
// halves). With 64 MB halves the collections come a quarter as often: a 500k-entity import took about a tenth less
// CPU (bench/README.md, import into SQLite). V8 reads this only at start-up, so it goes on the command line
// (scripts/serve.mjs, bench/server/serverProcess.ts).
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];
