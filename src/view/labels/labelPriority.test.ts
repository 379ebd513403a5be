import { describe, expect, it } from 'vitest';
import { labelPriority } from './labelPriority';

describe('labelPriority', () => {
  it('ranks the selection over its neighbours over everything else, whatever the degrees', () => {
    const selected = labelPriority({ selected: true, neighbour: false, degree: 1 });
    const neighbour = labelPriority({ selected: false, neighbour: true, degree: 1 });
    const hub = labelPriority({ selected: false, neighbour: false, degree: 100_000 });
    expect(selected).toBeGreaterThan(neighbour);
    expect(neighbour).toBeGreaterThan(hub);
  });

  it('ranks by degree within a tier', () => {
    const rank = (degree: number) => labelPriority({ selected: false, neighbour: false, degree });
    expect(rank(12)).toBeGreaterThan(rank(3));
    expect(labelPriority({ selected: false, neighbour: true, degree: 12 })).toBeGreaterThan(
      labelPriority({ selected: false, neighbour: true, degree: 3 }),
    );
  });
});
