// What the open worker answers, and what survives the trip back to the page.
import { describe, expect, it } from 'vitest';
import { answerOpenRequest, restoreRecords } from './openRequest';

describe('answerOpenRequest', () => {
  it('answers a file with its dataset', () => {
    const reply = answerOpenRequest({ kind: 'file', text: 'source,target\na,b\n', fileName: 'pairs.csv' });
    expect(reply.ok && reply.opened.dataset.entities.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('answers a CSV with the chosen columns', () => {
    const reply = answerOpenRequest({ kind: 'csv', text: 'x;y;z\na;b;c\n', fileName: 'odd.csv', options: { mapping: { source: 'z', target: 'x' } } });
    expect(reply.ok && reply.opened.dataset.relations.map((r) => [r.source, r.target])).toEqual([['c', 'a']]);
  });

  it('answers a bad file with the error code and message, not an exception', () => {
    expect(answerOpenRequest({ kind: 'file', text: '', fileName: 'empty.gexf' })).toEqual({ ok: false, code: 'empty', message: 'The file is empty.' });
  });
});

describe('restoreRecords after structured cloning', () => {
  it('gives back prototype-free records that still hold "__proto__" and "constructor" as data', () => {
    const reply = answerOpenRequest({ kind: 'file', text: 'source,target,__proto__,constructor\na,b,x,y\n', fileName: 'p.csv' });
    if (!reply.ok) throw new Error(reply.message);
    const cloned = structuredClone(reply.opened.dataset);
    expect(Object.getPrototypeOf(cloned.relations[0]!.attributes)).toBe(Object.prototype);
    const restored = restoreRecords(cloned);
    const attributes = restored.relations[0]!.attributes!;
    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect(Object.entries(attributes)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
    expect(Object.getPrototypeOf(restored.vocabulary!.entityTypes!)).toBeNull();
  });
});
