// What the open worker answers, and what survives the trip back to the page.
import { describe, expect, it } from 'vitest';
import { answerOpenRequest, type OpenReply } from './openRequest';
import { fromWire, toWire, wireTransfers, withOwnBuffers, packedDatasetHash } from './datasetWire';
import { syntheticGraph } from '../../bench/generate';
import { loadBundledStory } from './bundledStory';

describe('answerOpenRequest', () => {
  it('answers a file with its dataset', () => {
    const reply = answerOpenRequest({ kind: 'file', text: 'source,target\na,b\n', fileName: 'pairs.csv' });
    expect(reply.ok && reply.opened.dataset.entities.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('answers a CSV with the chosen columns', () => {
    const reply = answerOpenRequest({
      kind: 'csv',
      text: 'x;y;z\na;b;c\n',
      fileName: 'odd.csv',
      options: { mapping: { source: 'z', target: 'x' } },
    });
    expect(reply.ok && reply.opened.dataset.relations.map((r) => [r.source, r.target])).toEqual([['c', 'a']]);
  });

  it('answers a bad file with the error code and message, not an exception', () => {
    expect(answerOpenRequest({ kind: 'file', text: '', fileName: 'empty.gexf' })).toEqual({
      ok: false,
      code: 'empty',
      message: 'The file is empty.',
    });
  });
});

describe('the reply as it crosses the worker boundary', () => {
  /** As the worker posts it: its typed arrays handed over, not copied. */
  const crossed = (reply: OpenReply) => {
    const wire = toWire(reply);
    return fromWire(structuredClone(wire, { transfer: wireTransfers(wire) }));
  };

  it('gives back prototype-free records that still hold "__proto__" and "constructor" as data', () => {
    const reply = answerOpenRequest({
      kind: 'file',
      text: 'source,target,__proto__,constructor\na,b,x,y\n',
      fileName: 'p.csv',
    });
    if (!reply.ok) throw new Error(reply.message);
    const back = crossed(reply);
    if (!back.ok) throw new Error(back.message);
    const attributes = back.opened.dataset.relations[0]!.attributes!;
    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect(Object.entries(attributes)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
    expect(Object.getPrototypeOf(back.opened.dataset.vocabulary!.entityTypes!)).toBeNull();
    expect(Object.getPrototypeOf(back.opened.dataset.relations[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('gives back the same dataset, claims, aliases, positions and mixed attributes included', () => {
    const dataset = loadBundledStory();
    const reply: OpenReply = { ok: true, opened: { dataset, format: 'project-json', warnings: ['w'] } };
    const back = crossed(reply);
    expect(back).toEqual(reply);
    const text = JSON.stringify({
      elements: {
        nodes: [
          { data: { id: 'a', label: 'A', n: 1, flag: true }, position: { x: 1, y: 2 } },
          { data: { id: 'b', other: 'x' } },
          { data: { id: '__proto__', n: 2, flag: false } },
        ],
        edges: [
          { data: { source: 'a', target: 'b', weight: 2 } },
          { data: { id: 'e', source: '__proto__', target: 'a', directed: false } },
        ],
      },
    });
    const imported = answerOpenRequest({ kind: 'file', text, fileName: 'g.cyjs' });
    expect(crossed(imported)).toEqual(imported);
  });

  it('carries positions across exactly: on every record, on some, or written in an unusual order', () => {
    const dataset = loadBundledStory();
    const placed = (i: number) => ({ x: i * 1.5 - 7, y: -i / 3 });
    const variants = [
      dataset.entities.map((e, i) => ({ ...e, position: placed(i) })),
      dataset.entities.map((e, i) => ({ ...e, position: i % 3 === 0 ? placed(i) : undefined })),
      dataset.entities.map((e, i) => ({ ...e, position: i === 1 ? { y: 5, x: 4 } : placed(i) })),
    ];
    for (const entities of variants) {
      const reply: OpenReply = {
        ok: true,
        opened: { dataset: { ...dataset, entities }, format: 'project-json', warnings: [] },
      };
      const back = crossed(reply);
      expect(back).toEqual(reply);
      if (!back.ok) throw new Error(back.message);
      expect(back.opened.dataset.entities.map((e) => e.position)).toEqual(entities.map((e) => e.position));
    }
  });

  it('hands ids, names, types and link ends over as typed arrays, and the worker keeps a copy to hash', () => {
    const text = JSON.stringify(syntheticGraph(2000));
    const reply = answerOpenRequest({ kind: 'file', text, fileName: 'synthetic.json' });
    if (!reply.ok) throw new Error(reply.message);
    const wire = toWire(reply);
    if (!wire.ok) throw new Error('not packed');
    const kept = withOwnBuffers(wire.opened.dataset);
    const hashBefore = packedDatasetHash(kept);
    const buffers = wireTransfers(wire);
    const back = fromWire(structuredClone(wire, { transfer: buffers }));
    expect(back).toEqual(reply);
    // Handed over: the worker's own arrays are empty now; its copy still hashes to the same.
    expect(buffers.length).toBeGreaterThan(0);
    expect(buffers.every((buffer) => buffer.byteLength === 0)).toBe(true);
    expect(packedDatasetHash(kept)).toBe(hashBefore);
    // No string column of thousands crosses as thousands of strings.
    const columns = [...wire.opened.dataset.entities.columns, ...wire.opened.dataset.relations.columns];
    expect(columns.filter((column) => 'values' in column).map((column) => column.name)).toEqual([]);
  });

  it('carries missing, empty and repeated strings exactly', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({
      data: {
        id: `n${i}`,
        ...(i % 3 === 0 ? {} : { label: i % 5 === 0 ? '' : `Név ${i} ✓` }),
        ...(i % 7 === 0 ? {} : { kind: `k${i % 2}` }),
      },
    }));
    const text = JSON.stringify({ elements: { nodes, edges: [{ data: { source: 'n1', target: 'n2' } }] } });
    const reply = answerOpenRequest({ kind: 'file', text, fileName: 'g.cyjs' });
    expect(crossed(reply)).toEqual(reply);
  });

  it('passes failures through unchanged', () => {
    const failure: OpenReply = { ok: false, code: 'empty', message: 'The file is empty.' };
    expect(crossed(failure)).toEqual(failure);
  });
});
