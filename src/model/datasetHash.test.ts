import { describe, expect, it } from 'vitest';
import { datasetHash, datasetHashInSteps, hashComingFor } from './datasetHash';

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
});
