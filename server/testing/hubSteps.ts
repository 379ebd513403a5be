// A step of the path search from a frontier that holds a hub, the same on each store: two hubs joined by one
// relation, whose rows, directions and shortest paths are known by construction.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/schema';
import { shortestPaths } from '../graph/paths';
import { entity, importFixture, relation } from '../store/postgres/fixture';
import type { Store } from '../store/types';

export function describeHubSteps(store: () => Store): void {
  describe('a step from a frontier that holds a hub', () => {
    // Two hubs (60 and 80 spokes, each spoke's relation pointing at its hub) joined by one relation: a hub's rows to
    // the few entities a step hopes to meet are found by key, and the others read only when none meets.
    let hubs: string;
    const numberOf = new Map<string, number>();
    const idOf = new Map<number, string>();
    beforeAll(async () => {
      const spokes = (hub: string, count: number) =>
        Array.from({ length: count }, (_, i) => entity(`${hub}-${i}`, 'company', `${hub} spoke ${i}`));
      const ones = spokes('one', 60);
      const twos = spokes('two', 80);
      const to = (hub: string) => (spoke: Entity) => ({
        relation: relation({ id: `${spoke.id}-of`, type: 'registered_address', source: spoke.id, target: hub }),
        origins: 1,
      });
      hubs = await importFixture(store(), {
        sources: [],
        entities: [entity('one', 'address', 'One Street'), entity('two', 'address', 'Two Street'), ...ones, ...twos],
        relations: [
          ...ones.map(to('one')),
          ...twos.map(to('two')),
          { relation: relation({ id: 'one-two', type: 'similar_name', source: 'one', target: 'two' }), origins: 1 },
        ],
      });
      const ids = ['one', 'two', 'one-1', 'one-2', 'one-3', 'two-1', 'two-2'];
      for (const row of await store().entitiesById(hubs, ids)) {
        numberOf.set(row.entity.id, row.n);
        idOf.set(row.n, row.entity.id);
      }
    });
    const step = async (frontier: string[], meet: string[], direction: 'out' | 'in' | 'both' = 'both') =>
      (
        await store().walk(
          frontier.map((id) => numberOf.get(id)!),
          { direction, rules: null, cap: 1000, meet: meet.map((id) => numberOf.get(id)!) },
        )
      ).map((row) => `${idOf.get(row.entity)}→${idOf.get(row.neighbour) ?? 'other'}`);

    it('answers only the rows that meet, the hub’s found by key', async () => {
      expect((await step(['one', 'one-1'], ['two', 'one-2'])).sort()).toEqual(['one→one-2', 'one→two']);
      expect(await step(['one-1', 'one'], ['one'])).toEqual(['one-1→one']);
    });

    it('reads every row when none meets, the hub’s too', async () => {
      const rows = await step(['one', 'two-1'], ['two-2']);
      expect(rows).toHaveLength(61 + 1);
      expect(rows.filter((row) => row.startsWith('one→'))).toHaveLength(61);
    });

    it('keeps to the direction asked on the rows found by key', async () => {
      // Each spoke's relation points at its hub: walking out of the hub does not reach it.
      expect(await step(['one'], ['one-2'], 'in')).toEqual(['one→one-2']);
      expect(await step(['one'], ['one-2'], 'out')).toEqual(['one→two']);
    });

    it('finds the shortest path through both hubs, from both ends', async () => {
      const paths = await shortestPaths(store(), hubs, {
        from: 'one-3',
        to: 'two-1',
        directed: false,
        rules: null,
        maxPaths: 5,
      });
      expect(paths.paths.map((p) => p.entities)).toEqual([['one-3', 'one', 'two', 'two-1']]);
    });
  });
}
