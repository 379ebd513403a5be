// The in-browser reference: the same queries through graphology in memory, as the app answers them when it holds
// the whole graph (search: model/search.ts `rank` over every name; expand: neighbours; path: graphology's
// bidirectional search). Run as a child process of its own (`runReference`), so its memory is its own.
import { spawn } from 'node:child_process';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { Entity, Relation } from '../../src/model/schema';
import { buildSearchIndex, rank } from '../../src/model/search';
import { measure, QUERY_KINDS, type QueryKind, type QueryTarget, type Samples } from './measure';
import type { QuerySet } from './queries';

export interface ReferenceFigures {
  entities: number;
  relations: number;
  /** NDJSON file → graph and search index built. */
  buildMs: number;
  heapMB: number;
  rssMB: number;
  figures: Partial<Record<QueryKind, Samples>>;
  error?: string;
}

async function build(file: string) {
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  const entities: Entity[] = [];
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    // The generator writes every field, defaults included, so its records are already what the schema gives.
    const record = JSON.parse(line) as { entity?: Entity; relation?: Relation };
    if (record.entity) {
      entities.push(record.entity);
      graph.addNode(record.entity.id, { entity: record.entity });
    } else if (record.relation) {
      const { relation } = record;
      graph.addEdgeWithKey(relation.id, relation.source, relation.target, { relation });
    }
  }
  return { graph, index: buildSearchIndex(entities) };
}

function memoryTarget({ graph, index }: Awaited<ReturnType<typeof build>>): QueryTarget {
  const typeOf = (node: string) => (graph.getNodeAttribute(node, 'entity') as Entity).type;
  return {
    async search(q, limit) {
      const started = performance.now();
      const { matches } = rank(index.items, q, limit);
      return { ms: performance.now() - started, returned: matches.length, bytes: 0 };
    },
    async expand(ids, limit, order) {
      const started = performance.now();
      const given = new Set(ids);
      const found = new Set<string>();
      for (const id of ids)
        graph.forEachNeighbor(id, (neighbour) => void (given.has(neighbour) || found.add(neighbour)));
      let list = [...found];
      if (limit === 0) {
        // Counts only, by relation type and neighbour type, as the server's first answer for a supernode.
        const counts = new Map<string, number>();
        for (const id of ids)
          graph.forEachEdge(id, (_edge, attributes, source, target) => {
            const key = `${(attributes.relation as Relation).type} ${typeOf(source === id ? target : source)}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          });
        return { ms: performance.now() - started, returned: 0, bytes: 0, ids: [] };
      }
      if (order)
        list.sort((a, b) => (order === 'most' ? graph.degree(b) - graph.degree(a) : graph.degree(a) - graph.degree(b)));
      list = list.slice(0, limit);
      return { ms: performance.now() - started, returned: list.length, bytes: 0, ids: list };
    },
    async path(from, to) {
      const started = performance.now();
      const path = bidirectional(graph, from, to);
      return { ms: performance.now() - started, returned: path?.length ?? 0, bytes: 0, found: path !== null };
    },
  };
}

async function main(file: string, queriesFile: string, counts: Record<QueryKind, number>): Promise<ReferenceFigures> {
  const started = performance.now();
  const built = await build(file);
  const buildMs = performance.now() - started;
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const set = JSON.parse(readFileSync(queriesFile, 'utf8')) as QuerySet;
  const target = memoryTarget(built);
  const figures: ReferenceFigures['figures'] = {};
  for (const kind of QUERY_KINDS) figures[kind] = await measure(target, set, kind, counts[kind], 1);
  return {
    entities: built.graph.order,
    relations: built.graph.size,
    buildMs,
    heapMB: memory.heapUsed / 2 ** 20,
    rssMB: memory.rss / 2 ** 20,
    figures,
  };
}

/** Runs the reference in a child process over `file` with the query set (`counts` requests a kind); its figures. */
export async function runReference(
  root: string,
  file: string,
  set: QuerySet,
  counts: Record<QueryKind, number>,
): Promise<ReferenceFigures> {
  const queriesFile = `${file}.queries.json`;
  writeFileSync(queriesFile, JSON.stringify(set));
  const script = join(root, 'bench', 'server', 'reference.ts');
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=8192', '--expose-gc', '--import', 'tsx', script, file, queriesFile, JSON.stringify(counts)],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-5_000)));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0)
    return {
      entities: 0,
      relations: 0,
      buildMs: 0,
      heapMB: 0,
      rssMB: 0,
      figures: {},
      error: err.trim() || `exit ${code}`,
    };
  return JSON.parse(out) as ReferenceFigures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, queriesFile, counts] = process.argv.slice(2);
  main(file!, queriesFile!, JSON.parse(counts!) as Record<QueryKind, number>)
    .then((figures) => process.stdout.write(JSON.stringify(figures)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    });
}
