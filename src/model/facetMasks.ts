// One entity filter's answer for every entity, as a mask by node number (graphNumbers.ts order), kept per graph.
// Ticking a value tests one attribute of each entity once; unticking it, or ticking it again later, finds the
// answer made (at 200,000 entities each test of every entity costs tens of milliseconds).
import type { StoryGraph } from './graph';
import type { Entity } from './schema';
import { knownValueTable, NO_VALUE, valuesOf, type FacetId, type ValueTable } from './facets';

/** A tick list's values picked (any of them lets an entity through), or a range its number must fall in. */
export type FacetTest = { picked: readonly string[] } | { range: readonly [number, number] };

/** How many masks each graph keeps: enough for a few facets ticked back and forth. */
const KEPT = 16;

const kept = new WeakMap<StoryGraph, Map<string, Uint8Array>>();

/** A value as the tick lists name it (a missing one is NO_VALUE). */
export const asText = (v: unknown) => (v === undefined || v === null ? NO_VALUE : String(v));

/** 1 per entity (in `entities`' order, the graph's) that the test on facet `id` lets through. Never change it. */
export function entityFacetMask(
  graph: StoryGraph,
  entities: readonly Entity[],
  id: FacetId,
  test: FacetTest,
): Uint8Array {
  let masks = kept.get(graph);
  if (!masks) kept.set(graph, (masks = new Map()));
  const key =
    'picked' in test
      ? `${id}\u0000picked\u0000${[...test.picked].sort().join('\u0000')}`
      : `${id}\u0000range\u0000${test.range.join('\u0000')}`;
  let mask = masks.get(key);
  if (mask) {
    // Most recently used last, so the oldest goes first.
    masks.delete(key);
    masks.set(key, mask);
    return mask;
  }
  mask = new Uint8Array(entities.length);
  const table = 'picked' in test ? knownValueTable(graph, id) : undefined;
  if (table && 'picked' in test && table.start.length === entities.length + 1) pickedByTable(table, test.picked, mask);
  else if ('picked' in test) {
    const picked = new Set(test.picked);
    for (let i = 0; i < entities.length; i++) {
      const values = valuesOf(id, entities[i]!);
      for (const v of values)
        if (picked.has(asText(v))) {
          mask[i] = 1;
          break;
        }
    }
  } else {
    const [lo, hi] = test.range;
    for (let i = 0; i < entities.length; i++) {
      const value = valuesOf(id, entities[i]!)[0];
      if (typeof value === 'number' && value >= lo && value <= hi) mask[i] = 1;
    }
  }
  masks.set(key, mask);
  if (masks.size > KEPT) masks.delete(masks.keys().next().value!);
  return mask;
}

/**
 * Marks the entities holding a picked value, read from the facet's values by number (facets.ts, made with the filter
 * lists): at 200,000 entities some 15-25 ms of attribute reads on the first tick of a value, against ~1 ms here. Its
 * values are the texts asText gives (attribute values are never null).
 */
function pickedByTable({ values, start, codes }: ValueTable, picked: readonly string[], mask: Uint8Array): void {
  const wanted = new Set(picked);
  const isPicked = Uint8Array.from(values, (value) => (wanted.has(value) ? 1 : 0));
  for (let i = 0; i < mask.length; i++)
    for (let k = start[i]!; k < start[i + 1]!; k++)
      if (isPicked[codes[k]!]) {
        mask[i] = 1;
        break;
      }
}
