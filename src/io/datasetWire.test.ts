// The dataset crosses from the open worker as columns: made back in slices, it is the dataset made back at once.
import { describe, expect, it } from 'vitest';
import { packDataset, unpackDataset, unpackDatasetInSlices } from './datasetWire';
import { datasetSchema } from '../model/schema';
import { miniDataset } from '../test/miniDataset';

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
