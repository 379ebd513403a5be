// One entity's metric values in words for its details: a score with its rank ("0.081 (2nd of 31)"), a community
// or component with its size, and whether the value was estimated from a sample.
import { METRICS, type MetricId } from './metricNames';

/** The values of one metric for every entity, by node key (as the state keeps them). */
export type MetricColumn = ReadonlyMap<string, number>;

/** Per column, its values sorted from high to low, or its category sizes: made once per computed metric. */
const sortedCache = new WeakMap<MetricColumn, Float64Array>();
const sizesCache = new WeakMap<MetricColumn, Map<number, number>>();

function sortedDescending(column: MetricColumn): Float64Array {
  let sorted = sortedCache.get(column);
  if (!sorted) {
    sorted = Float64Array.from(column.values()).sort().reverse();
    sortedCache.set(column, sorted);
  }
  return sorted;
}

function categorySizes(column: MetricColumn): Map<number, number> {
  let sizes = sizesCache.get(column);
  if (!sizes) {
    sizes = new Map();
    for (const c of column.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    sizesCache.set(column, sizes);
  }
  return sizes;
}

/** The first index in a descending array whose value is at most `value` (binary search). */
function firstAtMost(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! > value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** 1 + how many entities score higher, and how many share the value (itself included). */
export function rankOf(column: MetricColumn, value: number): { rank: number; sharedBy: number } {
  const sorted = sortedDescending(column);
  const above = firstAtMost(sorted, value);
  let end = above;
  while (end < sorted.length && sorted[end] === value) end++;
  return { rank: above + 1, sharedBy: end - above };
}

/** 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, …, 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n.toLocaleString('en')}${suffix}`;
}

/** Whole numbers as they are, scores to three significant digits, big sums rounded. */
export function formatScore(value: number): string {
  if (Number.isInteger(value) || Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en');
  return String(Number(value.toPrecision(3)));
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * How the details read one metric for one entity. Scores carry their rank among all entities (ties say "joint");
 * communities and components, numbered from 1 largest first, carry how many there are and the entity's group size.
 * `sampled` (how many sources an estimate used) adds a note that the value is estimated.
 */
export function readMetric(id: MetricId, column: MetricColumn, key: string, sampled?: number): string {
  const value = column.get(key);
  if (value === undefined) return '–';
  let text: string;
  if (METRICS[id].kind === 'categorical') {
    const sizes = categorySizes(column);
    text = `${value + 1} of ${sizes.size.toLocaleString('en')} (${plural(sizes.get(value) ?? 0, 'entity', 'entities')})`;
  } else {
    const { rank, sharedBy } = rankOf(column, value);
    text = `${formatScore(value)} (${sharedBy > 1 ? 'joint ' : ''}${ordinal(rank)} of ${column.size.toLocaleString('en')})`;
  }
  return sampled === undefined
    ? text
    : `${text}, estimated from ${plural(sampled, 'sampled entity', 'sampled entities')}`;
}
