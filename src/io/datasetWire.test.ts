// The dataset crosses from the open worker as columns: made back in slices, it is the dataset made back at once;
// the worker's hash of it is the one the page would compute.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  fromWireInSlices,
  packDataset,
  packedDatasetHash,
  toWire,
  unpackDataset,
  unpackDatasetInSlices,
} from './datasetWire';
import { answerOpenRequest } from './openRequest';
import { datasetHash } from '../model/datasetHash';
import { buildGraphInSlices } from '../model/graph';
import { syntheticGraph } from '../../bench/generate';
import { datasetSchema } from '../model/schema';
import { miniDataset } from '../test/miniDataset';
import { datasetFromCytoscapeJson } from './fastCytoscape';
import { endsOf } from './relationEnds';

describe('unpackDatasetInSlices', () => {
  it('gives the dataset unpackDataset gives, prototype-free records included', async () => {
    const input = miniDataset();
    input.entities[0]!.attributes = { __proto__: 'kept as data', rank: 3 } as never;
    const packed = packDataset(datasetSchema.parse(input));
    const sliced = await unpackDatasetInSlices(packed);
    expect(sliced).toEqual(unpackDataset(packed));
    expect(Object.getPrototypeOf(sliced.entities[0]!.attributes)).toBeNull();
  });
});

describe('packedDatasetHash', () => {
  /** Reads a file as the open worker does, and hashes it there and on the page, as each side has it. */
  async function bothSides(text: string, fileName: string): Promise<{ worker: string; page: string }> {
    const reply = toWire(answerOpenRequest({ kind: 'file', text, fileName }));
    if (!reply.ok) throw new Error(reply.message);
    const worker = packedDatasetHash(reply.opened.dataset);
    const opened = await fromWireInSlices(reply);
    if (!opened.ok) throw new Error(opened.message);
    // The page's hash is taken after the model is built from the records, as the app does.
    await buildGraphInSlices(opened.opened.dataset);
    return { worker, page: datasetHash(opened.opened.dataset) };
  }

  it("equals the page's hash of the bundled story's records", async () => {
    const text = readFileSync('graph-data/venezuela-military-aid.json', 'utf8');
    const { worker, page } = await bothSides(text, 'venezuela-military-aid.json');
    expect(worker).toBe(page);
  });

  it("equals the page's hash of a generated graph read from Cytoscape JSON", async () => {
    const { worker, page } = await bothSides(JSON.stringify(syntheticGraph(3000)), 'synthetic.json');
    expect(worker).toBe(page);
  });

  it('tells graphs apart that differ in one attribute', async () => {
    const graph = syntheticGraph(500);
    const a = await bothSides(JSON.stringify(graph), 'a.json');
    graph.elements.nodes[250]!.data.country = 'XX';
    const b = await bothSides(JSON.stringify(graph), 'b.json');
    expect(b.worker).toBe(b.page);
    expect(b.worker).not.toBe(a.worker);
  });
});

describe('packDataset with the ends the reader noted', () => {
  it('sends the same entity numbers as looking each end up', () => {
    const graph = syntheticGraph(400);
    // A relation to the first entity and one to itself: number 0 and equal ends are sent as any other.
    graph.elements.edges.push({ data: { id: 'to-first', source: 'n399', target: 'n0', type: 'knows' } });
    graph.elements.edges.push({ data: { id: 'self', source: 'n7', target: 'n7', type: 'knows' } });
    const dataset = datasetFromCytoscapeJson(graph, 'ends')!;
    expect(endsOf(dataset.relations, dataset.entities)).toBeDefined();
    const noted = packDataset(dataset);
    // Fresh lists have no ends noted: their ends are looked up by id.
    const looked = packDataset({ ...dataset, entities: [...dataset.entities], relations: [...dataset.relations] });
    expect(noted).toEqual(looked);
    const ends = noted.relations.columns.filter((column) => 'refs' in column);
    expect(ends.map((column) => column.name)).toEqual(['source', 'target']);
    expect(unpackDataset(noted).relations.at(-2)).toMatchObject({ source: 'n399', target: 'n0' });
  });
});
