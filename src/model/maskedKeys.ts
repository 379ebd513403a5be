// A set of a graph's node or edge keys held as a mask by item number (graphNumbers.ts order) rather than as a Set
// of strings. At 200,000 entities and 400,000 relations a filter click made Sets of 100,000-400,000 keys (hashing
// each key, then collecting the garbage); the filters make masks anyway, and most readers (the scene, the paths,
// the counts) read those. The rest ask `has`, `size` or iterate, which a mask answers too.
import type { StoryGraph } from './graph';
import { rememberMask } from './graphNumbers';

/** Key → number per key list (a graph's node keys, or its edge keys), made once a list is asked often. */
const numbersByKeys = new WeakMap<readonly string[], Map<string, number>>();
/** How many times each list was asked without its map. */
const asked = new WeakMap<readonly string[], number>();
/**
 * The first few questions are answered by a scan: a filter click with a selection asks once or twice, and the map
 * of 400,000 edge keys takes ~100 ms to make. A reader asking more (an entity's relations) gets the map.
 */
const SCANS_BEFORE_MAP = 16;

function numberOfKey(keys: readonly string[], key: string): number {
  let numbers = numbersByKeys.get(keys);
  if (!numbers) {
    const times = asked.get(keys) ?? 0;
    if (times < SCANS_BEFORE_MAP) {
      asked.set(keys, times + 1);
      return keys.indexOf(key);
    }
    numbers = new Map();
    for (let i = 0; i < keys.length; i++) numbers.set(keys[i]!, i);
    numbersByKeys.set(keys, numbers);
  }
  return numbers.get(key) ?? -1;
}

/** The keys whose number is 1 in the mask. Neither the mask nor the keys change once handed in. */
export class MaskedKeys implements ReadonlySet<string> {
  readonly size: number;

  constructor(
    /** Every key of the graph's nodes (or edges), in number order. */
    private readonly all: readonly string[],
    /** 1 per number in the set, 0 otherwise; as long as `all`. */
    readonly mask: Uint8Array,
    /** How many ones the mask holds, when the caller counted them already. */
    size?: number,
  ) {
    this.size = size ?? countOnes(mask);
  }

  has(key: string): boolean {
    const i = numberOfKey(this.all, key);
    return i >= 0 && this.mask[i] === 1;
  }

  *values(): SetIterator<string> {
    const { all, mask } = this;
    for (let i = 0; i < mask.length; i++) if (mask[i] === 1) yield all[i]!;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const key of this.values()) yield [key, key];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const key of this.values()) callback.call(thisArg, key, key, this);
  }
}

export function countOnes(mask: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i]!;
  return count;
}

/** The keys of `all` marked in `mask`, known as that mask for `graph` (scene and paths read it by number). */
export function maskedKeys(graph: StoryGraph, all: readonly string[], mask: Uint8Array, size?: number): MaskedKeys {
  const set = new MaskedKeys(all, mask, size);
  rememberMask(set, graph, mask);
  return set;
}
