import { describe, expect, it } from 'vitest';
import { datasetHash, datasetHashInSteps, hashComingFor, legacyDatasetHash } from './datasetHash';

const dataset = (labels: string[]) => ({
  title: 'T',
  sources: [],
  entities: labels.map((label, i) => ({ id: `n${i}`, type: 'person', label })),
  relations: [],
});

describe('dataset hash', () => {
  it('is the same for the same content and differs when any record changes', () => {
    const labels = Array.from({ length: 9000 }, (_, i) => `Name ${i}`);
    const a = datasetHash(dataset(labels));
    expect(datasetHash(dataset([...labels]))).toBe(a);
    const changed = [...labels];
    changed[8500] = 'Someone else';
    expect(datasetHash(dataset(changed))).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}$/);
  });

  it('gives the same hash computed in steps, pausing between slices', async () => {
    const labels = Array.from({ length: 9000 }, (_, i) => `Name ${i}`);
    let pauses = 0;
    const stepped = await datasetHashInSteps(dataset(labels), async () => {
      pauses++;
    });
    expect(stepped).toBe(datasetHash(dataset(labels)));
    expect(pauses).toBe(2);
  });

  it('takes a hash made elsewhere for that dataset, and hashes it itself when none came', async () => {
    const labels = Array.from({ length: 9000 }, (_, i) => `Name ${i}`);
    const [sent, failed] = [dataset(labels), dataset(labels)];
    hashComingFor(sent, () => Promise.resolve('0badcafe'));
    hashComingFor(failed, () => Promise.resolve(null));
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    expect(await datasetHashInSteps(sent, pause)).toBe('0badcafe');
    expect(pauses).toBe(0);
    expect(await datasetHashInSteps(failed, pause)).toBe(datasetHash(failed));
  });

  it("is the same whatever order a record's keys come in, at any depth (reader, wire, storage)", () => {
    const claim = { quote: 'q', source: 's' };
    const a = {
      title: 'T',
      sources: [],
      entities: [{ id: 'a', type: 'person', label: 'A', attributes: { country: 'VE', born: '1962' } }],
      relations: [{ id: 'r', source: 'a', target: 'a', type: 'met', claims: [claim] }],
    };
    const b = {
      relations: [{ claims: [{ source: 's', quote: 'q' }], type: 'met', target: 'a', source: 'a', id: 'r' }],
      entities: [{ attributes: { born: '1962', country: 'VE' }, label: 'A', type: 'person', id: 'a' }],
      sources: [],
      title: 'T',
    };
    expect(datasetHash(b)).toBe(datasetHash(a));
    // The hash before keys were sorted told the two apart: what made a reload lose the work stored for a file.
    expect(legacyDatasetHash(b)).not.toBe(legacyDatasetHash(a));
    // Order within a list still counts: it is content (the order of claims, of records).
    const swapped = { ...a, relations: [{ ...a.relations[0]!, claims: [claim, { quote: 'p', source: 's' }] }] };
    const other = { ...a, relations: [{ ...a.relations[0]!, claims: [{ quote: 'p', source: 's' }, claim] }] };
    expect(datasetHash(swapped)).not.toBe(datasetHash(other));
  });

  it('keeps a key named __proto__ as a key when it sorts a record', () => {
    const withProto = JSON.parse('{"z": 1, "__proto__": {"polluted": true}}') as object;
    const a = { title: 'T', sources: [], entities: [{ id: 'a', attributes: withProto }], relations: [] };
    const b = { title: 'T', sources: [], entities: [{ id: 'a', attributes: { z: 1 } }], relations: [] };
    expect(datasetHash(a)).not.toBe(datasetHash(b));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
