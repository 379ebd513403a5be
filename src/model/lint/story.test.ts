// The lint on the bundled story, after its second curation and the lint's own reading (docs/curation-2.md). What is
// expected was found by reading the dataset (graph-data/), not by running the lint: the records, words and
// reviews named here are the facts that decide each rule. Where a problem was fixed, the old value is put back on
// a copy to show that the rule still finds it, so a quiet lint is not a lint that finds nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../io/validate';
import type { Dataset, Relation } from '../schema';
import { lintDataset, reviewsByItem, type LintItem } from './index';

function story(): Dataset {
  const result = validateDataset(JSON.parse(readFileSync('graph-data/venezuela-military-aid.json', 'utf8')));
  if (!result.ok) throw new Error('the bundled story does not validate');
  return result.dataset;
}

const dataset = story();
const items = lintDataset(dataset);
const about = (found: LintItem[], rule: LintItem['rule'], id: string, quote?: string) =>
  found.filter((i) => i.rule === rule && i.target.id === id && (quote === undefined || i.quote === quote));
const relation = (data: Dataset, id: string) => data.relations.find((r) => r.id === id)!;
const claimStarting = (data: Dataset, id: string, start: string) =>
  relation(data, id).claims.find((c) => c.quote.startsWith(start))!;

/** A copy of the story with one relation changed. */
function withRelation(id: string, change: (r: Relation) => Relation): Dataset {
  return { ...dataset, relations: dataset.relations.map((r) => (r.id === id ? change(r) : r)) };
}

// The three claims kept as evidence, each answered in dataset.reviews (read from the JSON file).
const OFFICER = 'The officer also stated that while former President Hugo Chávez purchased';
const FLEET = 'A former Venezuelan military officer claimed that by 2018';
const KEPT = [
  ['chavez-acquired-russian-helicopters', OFFICER],
  ['chavez-acquired-chavez-era-missiles', OFFICER],
  ['venezuela-possesses-su-30mk2', FLEET],
] as const;

describe('evidence lint on the bundled story', () => {
  it('leaves no item open: the story has three reviews, and each answers an item', () => {
    const answers = reviewsByItem(dataset.reviews);
    expect(dataset.reviews).toHaveLength(3);
    expect(items.filter((i) => !answers.has(i.key))).toEqual([]);
    for (const review of dataset.reviews!) expect(items.map((i) => i.key)).toContain(review.item);
  });

  it('asks about the former officer’s words, and each is answered with a reason and the day', () => {
    const answers = reviewsByItem(dataset.reviews);
    for (const [id, start] of KEPT) {
      const claim = claimStarting(dataset, id, start);
      // The officer is a source of kind "expert", and the claim counts as evidence.
      expect(claim.via).toEqual(['former-ve-officer']);
      expect(claim.status).toBe('alleged');
      const [item] = about(items, 'commentary-as-evidence', id, claim.quote);
      expect(item).toBeDefined();
      const answer = answers.get(item!.key);
      expect(answer?.date).toBe('2026-12-07');
      expect(answer?.note).toMatch(/fact/);
    }
  });

  it('no longer finds the experts’ assessment of the arsenal counted as evidence: it is commentary now', () => {
    const experts = claimStarting(dataset, 'venezuela-possesses-arsenal', 'Experts cited in reports noted');
    expect(experts.status).toBe('commentary');
    expect(about(items, 'commentary-as-evidence', 'venezuela-possesses-arsenal')).toEqual([]);
    const before = withRelation('venezuela-possesses-arsenal', (r) => ({
      ...r,
      claims: r.claims.map((c) => (c === experts ? { ...c, status: 'alleged' as const } : c)),
    }));
    expect(about(lintDataset(before), 'commentary-as-evidence', 'venezuela-possesses-arsenal')).toHaveLength(1);
  });

  it('no longer finds the Post’s “remains unclear” observation counted as evidence of the request', () => {
    const observed = claimStarting(dataset, 'maduro-requested-aid-russia', 'It remains unclear if Russia');
    expect(observed.status).toBe('commentary');
    expect(about(items, 'commentary-as-evidence', 'maduro-requested-aid-russia')).toEqual([]);
    const before = withRelation('maduro-requested-aid-russia', (r) => ({
      ...r,
      claims: r.claims.map((c) => (c === observed ? { ...c, status: 'reported' as const } : c)),
    }));
    expect(
      about(lintDataset(before), 'commentary-as-evidence', 'maduro-requested-aid-russia', observed.quote),
    ).toHaveLength(1);
  });

  it('no longer finds the untitled article dated before the Post it retells', () => {
    const article = dataset.sources.find((s) => s.id === 'article-004')!;
    const post = dataset.sources.find((s) => s.id === 'wapo')!;
    expect(article.cites).toContain('wapo');
    expect(article.notBefore).toBe('2025-10-26');
    expect(post.notBefore).toBe('2025-10-26');
    expect(about(items, 'earlier-than-cited', 'article-004')).toEqual([]);
    const before: Dataset = {
      ...dataset,
      sources: dataset.sources.map((s) => (s.id === 'article-004' ? { ...s, notBefore: '2025-10-11' } : s)),
    };
    const [item] = about(lintDataset(before), 'earlier-than-cited', 'article-004');
    expect(item?.message).toContain('2025-10-26');
  });

  it('no longer finds “Moscow” shared by Russia and the city', () => {
    expect(dataset.entities.find((e) => e.id === 'russia')!.aliases ?? []).not.toContain('Moscow');
    expect(items.filter((i) => i.rule === 'shared-alias')).toEqual([]);
    const before: Dataset = {
      ...dataset,
      entities: dataset.entities.map((e) =>
        e.id === 'russia' ? { ...e, aliases: [...(e.aliases ?? []), 'Moscow'] } : e,
      ),
    };
    const moscow = lintDataset(before).filter((i) => i.rule === 'shared-alias' && i.message.includes('“Moscow”'));
    expect(moscow).toHaveLength(1);
  });

  it('no longer finds “reportedly” unmarked, a year the articles do not give, or MENAFN’s “reportedly” as its own', () => {
    // Every "reportedly" on the letter to Xi is marked hedged.
    const xi = relation(dataset, 'maduro-wrote-letter-to-xi');
    expect(xi.claims.filter((c) => c.quote.includes('reportedly')).every((c) => c.hedged)).toBe(true);
    expect(about(items, 'hedge-not-marked', 'maduro-wrote-letter-to-xi')).toEqual([]);
    // The request to China has no date, as its date text says.
    expect(relation(dataset, 'maduro-requested-aid-china').date).toBeUndefined();
    expect(about(items, 'date-not-in-quotes', 'maduro-requested-aid-china')).toEqual([]);
    // MENAFN's "Washington has reportedly carried out…" is chained to the unnamed strike reports.
    const strikes = claimStarting(dataset, 'us-operations-strike-vessels', 'Washington has reportedly carried out');
    expect(strikes.via).toEqual(['strike-reports']);
    expect(about(items, 'attribution-without-chain', 'us-operations-strike-vessels')).toEqual([]);
    // With the old chain, the rule asks again.
    const before = withRelation('us-operations-strike-vessels', (r) => ({
      ...r,
      claims: r.claims.map((c) => (c === strikes ? { ...c, via: [] } : c)),
    }));
    expect(about(lintDataset(before), 'attribution-without-chain', 'us-operations-strike-vessels')).toHaveLength(1);
  });

  it('does not take a letter that was sent, though it asks for help, for a request drawn as done', () => {
    // maduro-wrote-letter-to-putin is drawn as happened; its quotes say "requesting help" and "seeking assistance",
    // but MENAFN's says the outreach "was reportedly conveyed through a formal letter": the letter was sent.
    expect(relation(dataset, 'maduro-wrote-letter-to-putin').modality ?? 'happened').toBe('happened');
    expect(about(items, 'request-drawn-as-happened', 'maduro-wrote-letter-to-putin')).toEqual([]);
  });

  it('gives every item its own key', () => {
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });
});
