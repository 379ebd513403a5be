// The offshore generator: its records make a valid dataset of the asked size, the same for a seed, with the
// Offshore Leaks' shape (four kinds, a few supernodes of 10,000–100,000 relations at full size, countries, dates).
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/model/schema';
import { fold } from '../../src/model/search';
import type { NdjsonRecord } from '../../src/io/server/wire';

type Records = { [K in 'dataset' | 'entity' | 'relation']: Extract<NdjsonRecord, Record<K, unknown>>[K] };
import { FULL_SIZE, offshoreEntity, offshorePlan, offshoreRecords, relationEnds } from './offshoreGenerator';

function collect(records: Iterable<NdjsonRecord>) {
  let head: Records['dataset'] | undefined;
  const entities: Records['entity'][] = [];
  const relations: Records['relation'][] = [];
  for (const record of records) {
    if ('dataset' in record) head = record.dataset;
    else if ('entity' in record) entities.push(record.entity);
    else if ('relation' in record) relations.push(record.relation);
  }
  return { head: head!, entities, relations };
}

const small = collect(offshoreRecords({ entities: 2_000, relations: 3_300, seed: 7 }));

describe('offshore generator', () => {
  it('writes the head first, then the entities, then the relations, as many as asked', () => {
    const kinds = [...offshoreRecords({ entities: 2_000, relations: 3_300 })].map((r) => Object.keys(r)[0]);
    expect(kinds[0]).toBe('dataset');
    expect(kinds.filter((k) => k === 'entity')).toHaveLength(2_000);
    expect(kinds.filter((k) => k === 'relation')).toHaveLength(3_300);
    expect(kinds.lastIndexOf('entity')).toBeLessThan(kinds.indexOf('relation'));
  });

  it('makes a dataset the schema accepts whole: shapes, declared types, known ends, unique ids', () => {
    const result = datasetSchema.safeParse({ ...small.head, entities: small.entities, relations: small.relations });
    expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
  });

  it('has the four kinds in about the Offshore Leaks shares', () => {
    const share = (type: string) => small.entities.filter((e) => e.type === type).length / small.entities.length;
    expect(share('company')).toBeCloseTo(0.4, 1);
    expect(share('officer')).toBeCloseTo(0.35, 1);
    expect(share('address')).toBeCloseTo(0.24, 1);
    expect(share('intermediary')).toBeGreaterThan(0.005);
    expect(share('intermediary')).toBeLessThan(0.02);
  });

  it('joins the kinds as the register does: officers and intermediaries to companies, both to addresses', () => {
    const typeOf = new Map(small.entities.map((e) => [e.id, e.type]));
    const pairs = new Set(small.relations.map((r) => `${typeOf.get(r.source)} ${r.type} ${typeOf.get(r.target)}`));
    expect([...pairs].sort()).toEqual([
      'company registered_address address',
      'company similar_name company',
      'intermediary intermediary_of company',
      'officer officer_of company',
      'officer registered_address address',
      'officer similar_name officer',
    ]);
    expect(small.relations.some((r) => r.source === r.target)).toBe(false);
  });

  it('gives countries, incorporation days and relation dates, and names with accents', () => {
    const companies = small.entities.filter((e) => e.type === 'company');
    expect(companies.every((e) => /^[A-Z]{2}$/.test(e.country ?? ''))).toBe(true);
    expect(
      companies.every((e) =>
        /^\d{4}-\d{2}-\d{2}$/.test(String((e.attributes as Record<string, unknown> | undefined)?.incorporated)),
      ),
    ).toBe(true);
    const dated = small.relations.filter((r) => r.type === 'officer_of' && r.date).length;
    const officerOf = small.relations.filter((r) => r.type === 'officer_of').length;
    expect(dated / officerOf).toBeGreaterThan(0.5);
    expect(dated / officerOf).toBeLessThan(0.9);
    const accented = small.entities.filter((e) => fold(e.label) !== e.label.toLowerCase()).length;
    expect(accented / small.entities.length).toBeGreaterThan(0.05);
    // Varied: most names differ, yet common words (a company form, a first name) recur for search to find.
    expect(new Set(small.entities.map((e) => e.label)).size / small.entities.length).toBeGreaterThan(0.9);
    expect(small.entities.filter((e) => /\bHoldings\b/.test(e.label)).length).toBeGreaterThan(5);
  });

  it('is the same for a seed and differs between seeds', () => {
    const lines = (seed: number) =>
      [...offshoreRecords({ entities: 500, relations: 800, seed })].map((r) => JSON.stringify(r));
    expect(lines(3)).toEqual(lines(3));
    const [a, b] = [lines(3), lines(4)];
    expect(a.filter((line, i) => line === b[i]).length).toBeLessThan(5);
  });

  it('at full size, has a few addresses and intermediaries with 10,000 to 100,000 relations (ends drawn, no records)', () => {
    const plan = offshorePlan(FULL_SIZE);
    const degree = new Int32Array(FULL_SIZE.entities);
    let relations = 0;
    for (const { source, target } of relationEnds(plan)) {
      degree[source]!++;
      degree[target]!++;
      relations++;
    }
    expect(relations).toBe(FULL_SIZE.relations);
    const big: number[] = [];
    degree.forEach((d, index) => d >= 10_000 && big.push(index));
    expect(big.length).toBeGreaterThanOrEqual(3);
    expect(big.length).toBeLessThanOrEqual(10);
    expect(degree.reduce((a, b) => Math.max(a, b), 0)).toBeLessThanOrEqual(100_000);
    const types = big.map((index) => offshoreEntity(plan, index).type);
    expect(types).toContain('address');
    expect(types).toContain('intermediary');
    expect(types.every((type) => type === 'address' || type === 'intermediary')).toBe(true);
    // Heavy-tailed, not hubs alone: the typical entity has a few relations, and some have hundreds.
    const sorted = Array.from(degree).sort((a, b) => a - b);
    expect(sorted[sorted.length >> 1]).toBeLessThanOrEqual(5);
    expect(sorted.filter((d) => d >= 300).length).toBeGreaterThan(big.length);
  });

  it('at 100,000 entities, still has a supernode of more than 10,000 relations', () => {
    const degree = new Map<string, number>();
    let relations = 0;
    for (const record of offshoreRecords({ entities: 100_000, relations: 165_000 })) {
      if (!('relation' in record)) continue;
      relations++;
      for (const end of [record.relation.source, record.relation.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    expect(relations).toBe(165_000);
    expect(Math.max(...degree.values())).toBeGreaterThan(10_000);
  });

  it('streams: the first records of a full-size graph come without the rest being made', () => {
    const records = offshoreRecords(FULL_SIZE);
    expect(Object.keys(records.next().value!)).toEqual(['dataset']);
    expect(Object.keys(records.next().value!)).toEqual(['entity']);
  });
});
