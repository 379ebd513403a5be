// The lint on the bundled story. Each expected item was found by reading the dataset (graph-data/), not by
// running the lint: the records and words named here are the facts that make the rule apply.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../io/validate';
import { lintDataset, type LintItem } from './index';

function story() {
  const result = validateDataset(JSON.parse(readFileSync('graph-data/venezuela-military-aid.json', 'utf8')));
  if (!result.ok) throw new Error('the bundled story does not validate');
  return result.dataset;
}

const items = lintDataset(story());
const about = (rule: LintItem['rule'], id: string, quote?: string) =>
  items.filter((i) => i.rule === rule && i.target.id === id && (quote === undefined || i.quote === quote));

describe('evidence lint on the bundled story', () => {
  it('finds the untitled article dated before the Post report it retells', () => {
    // article-004: notBefore 2025-10-11, cites wapo; wapo: notBefore 2025-10-26.
    const [item] = about('earlier-than-cited', 'article-004');
    expect(item?.target.kind).toBe('source');
    expect(item?.message).toContain('2025-10-26');
  });

  it('finds the Post’s “remains unclear” observation counted as evidence of the request', () => {
    // The issue's own example: a "reported" claim on maduro-requested-aid-russia.
    expect(
      about(
        'commentary-as-evidence',
        'maduro-requested-aid-russia',
        'It remains unclear if Russia has responded to the request, The Washington Post observed.',
      ),
    ).toHaveLength(1);
    // Çetiner's "remains uncertain" on the same relation is already commentary.
    expect(
      about(
        'commentary-as-evidence',
        'maduro-requested-aid-russia',
        'it remains uncertain whether Venezuela’s requests will ultimately be fulfilled',
      ),
    ).toEqual([]);
  });

  it('finds “reportedly” unmarked, and leaves the hedged “allegedly” alone', () => {
    expect(
      about(
        'hedge-not-marked',
        'maduro-wrote-letter-to-xi',
        'Maduro reportedly sent a letter to Chinese President Xi Jinping',
      ),
    ).toHaveLength(1);
    // ILKHA's "allegedly linked to narcotics smuggling" on us-strikes-on-venezuelan-sites is marked hedged.
    expect(about('hedge-not-marked', 'us-strikes-on-venezuelan-sites')).toEqual([]);
  });

  it('finds a year on a relation whose date text says the articles do not date it, and not a quoted day', () => {
    // maduro-requested-aid-china: date "2025", dateText "not dated in the articles".
    expect(about('date-not-in-quotes', 'maduro-requested-aid-china')).toHaveLength(1);
    // il-76-arrived-in-caracas: 2025-10-26, quoted "on Sunday, October 26".
    expect(about('date-not-in-quotes', 'il-76-arrived-in-caracas')).toEqual([]);
  });

  it('finds MENAFN’s “reportedly” chained as its own words', () => {
    // us-operations-strike-vessels: MENAFN's claim has via [] yet says "reportedly".
    const [item] = about('attribution-without-chain', 'us-operations-strike-vessels');
    expect(item?.quote).toMatch(/^Washington has reportedly carried out/);
  });

  it('finds Moscow, an alias of Russia, that is also the city’s name', () => {
    const moscow = items.filter((i) => i.rule === 'shared-alias' && i.message.includes('“Moscow”'));
    expect(moscow).toHaveLength(1);
    expect(moscow[0]!.message).toContain('moscow, russia');
  });

  it('does not take a letter that was sent, though it asks for help, for a request drawn as done', () => {
    // maduro-wrote-letter-to-putin is drawn as happened; its quotes say "requesting help" and "seeking assistance",
    // but MENAFN's says the outreach "was reportedly conveyed through a formal letter": the letter was sent.
    expect(about('request-drawn-as-happened', 'maduro-wrote-letter-to-putin')).toEqual([]);
  });

  it('gives every item its own key', () => {
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });
});
