// Each rule on a small dataset where it must fire and one where it must not.
import { describe, expect, it } from 'vitest';
import { lintContext, type LintInput, type LintRelation, type LintRule, type LintSource } from './types';
import { requestDrawnAsHappened } from './requestDrawnAsHappened';
import { attributionWithoutChain } from './attributionWithoutChain';
import { hedgeNotMarked } from './hedgeNotMarked';
import { dateNotInQuotes } from './dateNotInQuotes';
import { partiesDiffer } from './partiesDiffer';
import { earlierThanCited } from './earlierThanCited';
import { commentaryAsEvidence } from './commentaryAsEvidence';
import { sharedAlias } from './sharedAlias';

type ClaimIn = LintRelation['claims'][number];

const claim = (quote: string, more: Partial<ClaimIn> = {}): ClaimIn => ({
  source: 'art',
  quote,
  status: 'reported',
  ...more,
});

const relation = (claims: ClaimIn[], more: Partial<LintRelation> = {}): LintRelation => ({
  id: 'r1',
  type: 'supplied',
  source: 'a',
  target: 'b',
  modality: 'happened',
  disputed: false,
  claims,
  ...more,
});

const source = (id: string, more: Partial<LintSource> = {}): LintSource => ({
  id,
  kind: 'article',
  title: id,
  published: 'not given',
  cites: [],
  ...more,
});

function run(rule: LintRule, input: Partial<LintInput>) {
  return rule(
    lintContext({
      sources: input.sources ?? [source('art', { cites: ['doc'] }), source('doc', { kind: 'document' })],
      entities: input.entities ?? [
        { id: 'a', type: 'person', label: 'A', aliases: [] },
        { id: 'b', type: 'country', label: 'Freedonia', aliases: [] },
      ],
      relations: input.relations ?? [],
    }),
  );
}

describe('a relation drawn as happened on quotes of a request, a plan or a rumour', () => {
  it('fires when every counted quote only asks, plans or rumours', () => {
    const items = run(requestDrawnAsHappened, {
      relations: [relation([claim('A asked B for ten radars'), claim('the delivery could come within days')])],
    });
    expect(items).toHaveLength(1);
    expect(items[0]!.target).toEqual({ kind: 'relation', id: 'r1' });
    expect(items[0]!.message).toContain('a request or a rumour');
  });
  it('is quiet when one quote tells of the act, or the relation is drawn as requested', () => {
    expect(
      run(requestDrawnAsHappened, {
        relations: [relation([claim('A asked B for ten radars'), claim('B delivered ten radars to A')])],
      }),
    ).toEqual([]);
    expect(
      run(requestDrawnAsHappened, {
        relations: [relation([claim('A asked B for ten radars')], { modality: 'requested' })],
      }),
    ).toEqual([]);
  });
  it('does not let commentary alone decide', () => {
    expect(
      run(requestDrawnAsHappened, {
        relations: [
          relation([claim('B delivered radars'), claim('analysts say more could follow', { status: 'commentary' })]),
        ],
      }),
    ).toEqual([]);
  });
});

describe('an attributed quote chained as the article’s own words', () => {
  it('fires on "according to" with an empty chain, and on "reported" from an article citing nothing', () => {
    const items = run(attributionWithoutChain, {
      sources: [source('art'), source('lone')],
      relations: [
        relation([claim('B sent troops, according to officials', { via: [] })]),
        relation([claim('The agency reported that B sent troops', { source: 'lone' })], { id: 'r2' }),
      ],
    });
    expect(items.map((i) => i.target.id)).toEqual(['r1', 'r2']);
  });
  it('is quiet when the chain names where it came from, or the words credit no one', () => {
    expect(
      run(attributionWithoutChain, {
        relations: [
          relation([claim('B sent troops, according to officials', { via: ['doc'] })]),
          // No via: it stands on the article's cites (art cites doc).
          relation([claim('The agency reported that B sent troops')], { id: 'r2' }),
          relation([claim('B sent troops', { via: [] })], { id: 'r3' }),
        ],
      }),
    ).toEqual([]);
  });
});

describe('"reportedly" or "allegedly" not marked hedged', () => {
  it('fires on an unmarked hedge word', () => {
    const items = run(hedgeNotMarked, { relations: [relation([claim('B Allegedly sent troops')])] });
    expect(items).toHaveLength(1);
    expect(items[0]!.quote).toBe('B Allegedly sent troops');
  });
  it('is quiet when marked hedged, or for words that only contain it', () => {
    expect(
      run(hedgeNotMarked, {
        relations: [relation([claim('B reportedly sent troops', { hedged: true }), claim('the reported troops')])],
      }),
    ).toEqual([]);
  });
});

describe('a date the quotes do not give', () => {
  it('fires when the date text says the articles do not date it, and when no quote speaks of time', () => {
    const items = run(dateNotInQuotes, {
      relations: [
        relation([claim('B sent troops in October')], { date: '2025', dateText: 'not dated in the articles' }),
        relation([claim('B sent troops')], { id: 'r2', date: '2025-10' }),
      ],
    });
    expect(items.map((i) => [i.target.id, i.message.includes('not dated')])).toEqual([
      ['r1', true],
      ['r2', false],
    ]);
  });
  it('is quiet when a quote speaks of time, or the relation has no date', () => {
    expect(
      run(dateNotInQuotes, {
        relations: [
          relation([claim('B sent troops in October')], { date: '2025-10' }),
          relation([claim('A day earlier, B sent troops')], { id: 'r2', date: '2025-10-25' }),
          relation([claim('B sent troops')], { id: 'r3' }),
        ],
      }),
    ).toEqual([]);
  });
});

describe('articles naming different parties without a dispute', () => {
  const split = [
    claim('A asked the government of Freedonia for radars'),
    claim('A asked Freedonian companies to make radars', { source: 'art2' }),
  ];
  it('fires when one article names a government and another its companies', () => {
    const items = run(partiesDiffer, { relations: [relation(split)] });
    expect(items).toHaveLength(1);
    expect(items[0]!.message).toContain('art names a government, art2 names companies');
  });
  it('counts the name of a country at either end as a government word', () => {
    const items = run(partiesDiffer, {
      relations: [relation([claim('A turned to Freedonia'), split[1]!])],
    });
    expect(items).toHaveLength(1);
  });
  it('is quiet when disputed, when all articles agree, or when one article names both', () => {
    expect(run(partiesDiffer, { relations: [relation(split, { disputed: true })] })).toEqual([]);
    expect(
      run(partiesDiffer, {
        relations: [relation([split[1]!, claim('the industry was asked for radars')])],
      }),
    ).toEqual([]);
    expect(
      run(partiesDiffer, {
        relations: [relation([claim('the state conglomerate was asked'), split[1]!])],
      }),
    ).toEqual([]);
  });
});

describe('a source dated before a source it retells', () => {
  it('fires when its earliest day comes before the cited source’s', () => {
    const items = run(earlierThanCited, {
      sources: [
        source('art', { notBefore: '2025-10-11', cites: ['paper'] }),
        source('paper', { published: '2025-10-26' }),
      ],
    });
    expect(items).toHaveLength(1);
    expect(items[0]!.target).toEqual({ kind: 'source', id: 'art' });
    expect(items[0]!.message).toContain('2025-10-26');
  });
  it('is quiet on the same day or later, and when either side has no day', () => {
    expect(
      run(earlierThanCited, {
        sources: [
          source('art', { published: '2025-10-26', cites: ['paper', 'undated'] }),
          source('paper', { notBefore: '2025-10-26' }),
          source('undated'),
          source('art2', { cites: ['paper'] }),
        ],
      }),
    ).toEqual([]);
  });
});

describe('commentary counted as evidence', () => {
  it('fires on a counted claim whose chain ends at an expert, or whose words are an observer’s', () => {
    const items = run(commentaryAsEvidence, {
      sources: [source('art', { cites: ['pundit'] }), source('pundit', { kind: 'expert' })],
      relations: [
        relation([
          claim('B is sending troops', { via: ['pundit'], status: 'alleged' }),
          claim('It remains unclear whether B answered, the paper observed'),
        ]),
      ],
    });
    expect(items.map((i) => i.message.includes('expert'))).toEqual([true, false]);
  });
  it('is quiet on claims marked commentary, on plain reports, and on "commented on" relations', () => {
    expect(
      run(commentaryAsEvidence, {
        sources: [source('art', { cites: ['pundit'] }), source('pundit', { kind: 'expert' })],
        relations: [
          relation([
            claim('analysts believe B will send troops', { status: 'commentary' }),
            claim('B sent troops', { via: [] }),
          ]),
          relation([claim('it is a win for B', { via: ['pundit'], status: 'statement' })], {
            id: 'r2',
            type: 'commented_on',
          }),
        ],
      }),
    ).toEqual([]);
  });
});

describe('a name shared by two entities', () => {
  it('fires on an alias another entity holds as its name or alias, ignoring case and accents', () => {
    const items = run(sharedAlias, {
      entities: [
        { id: 'city', type: 'facility', label: 'Bogotá', aliases: [] },
        { id: 'gov', type: 'country', label: 'Colombia', aliases: ['bogota'] },
      ],
    });
    expect(items).toHaveLength(1);
    expect(items[0]!.target).toEqual({ kind: 'entity', id: 'city' });
    expect(items[0]!.message).toContain('city, gov');
  });
  it('is quiet on distinct names, and on one entity naming itself twice', () => {
    expect(
      run(sharedAlias, {
        entities: [
          { id: 'city', type: 'facility', label: 'Bogotá', aliases: ['Bogota'] },
          { id: 'gov', type: 'country', label: 'Colombia', aliases: ['Republic of Colombia'] },
        ],
      }),
    ).toEqual([]);
  });
});
