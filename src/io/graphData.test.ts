// Table-driven over every dataset in graph-data/: each must validate and quote its sources verbatim.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset, formatProblems } from './validate';
import { findQuoteMismatches } from '../model/quotes';
import { datasetJsonSchema } from '../model/jsonSchema';
import { evidenceByRelation } from '../model/evidence';
import { loadSeedTexts, SEEDS_DIR } from '../../scripts/seeds';
import { eventRange, readDate } from '../model/time';

const files = readdirSync('graph-data').filter((f) => f.endsWith('.json'));
const seedsPresent = existsSync(SEEDS_DIR);

describe.each(files)('graph-data/%s', (file) => {
  const json: unknown = JSON.parse(readFileSync(join('graph-data', file), 'utf8'));
  const result = validateDataset(json);

  it('matches the data format', () => {
    expect(result.ok ? '' : formatProblems(result.problems)).toBe('');
  });

  it('links every entity to at least one relation', () => {
    if (!result.ok) return;
    const linked = new Set(result.dataset.relations.flatMap((r) => [r.source, r.target]));
    expect(result.dataset.entities.filter((e) => !linked.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('places every entity, so the story opens without a layout and looks the same on every visit', () => {
    if (!result.ok) return;
    const unplaced = result.dataset.entities.filter((e) => e.position === undefined).map((e) => e.id);
    expect(unplaced, 'entities without a position: run `npm run story:layout`').toEqual([]);
  });

  it('dates each range as its wording reads (model/time.ts), never wider or narrower', () => {
    if (!result.ok) return;
    const wrong = result.dataset.relations.flatMap((r) => {
      if (typeof r.date !== 'object' || r.date.text === undefined) return [];
      const reading = readDate(r.date.text);
      return reading.ok && JSON.stringify(reading.range) === JSON.stringify(eventRange(r.date)) ? [] : [r.id];
    });
    expect(wrong).toEqual([]);
  });

  it.skipIf(!seedsPresent)(`quotes every claim verbatim from its article (articles in ${SEEDS_DIR})`, () => {
    if (!result.ok) throw new Error('dataset invalid');
    const mismatches = findQuoteMismatches(result.dataset, loadSeedTexts());
    expect(mismatches.map((m) => `${m.relationId}[${m.claimIndex}] ${m.reason}: ${m.quote}`)).toEqual([]);
    expect(result.dataset.relations.length).toBeGreaterThan(0);
  });
});

describe('the bundled story counts origins, not retellings', () => {
  const result = validateDataset(JSON.parse(readFileSync(join('graph-data', 'venezuela-military-aid.json'), 'utf8')));
  if (!result.ok) throw new Error('bundled story invalid');
  const { relations, sources } = result.dataset;
  const evidence = evidenceByRelation(relations, sources);

  it('gives the request to Russia, retold by every article, one origin: the US documents', () => {
    const request = relations.find((r) => r.id === 'maduro-requested-aid-russia')!;
    expect(evidence(request)).toEqual({ origins: ['us-documents'], articles: 5 });
  });

  it('gives the Moscow trip two origins, the documents and the Russian authorities', () => {
    const visit = relations.find((r) => r.id === 'velasquez-visited-moscow')!;
    expect(evidence(visit).origins.sort()).toEqual(['russian-authorities', 'us-documents']);
  });

  it('never counts more origins than the claims that corroborate', () => {
    for (const r of relations) expect(evidence(r).origins.length, r.id).toBeLessThanOrEqual(r.claims.length);
  });
});

if (!seedsPresent) {
  console.warn(`Quote check skipped: the source articles are not at ${SEEDS_DIR} (set SEEDS_DIR to check them).`);
}

describe('public/dataset.schema.json', () => {
  it('is generated from the current schema (run `npm run schema` after changing it)', () => {
    const onDisk: unknown = JSON.parse(readFileSync('public/dataset.schema.json', 'utf8'));
    expect(onDisk).toEqual(datasetJsonSchema());
  });
});
