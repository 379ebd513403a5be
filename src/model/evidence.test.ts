// Origin counting on small hand-made source graphs: what a reader should be able to trust in the counts.
import { describe, expect, it } from 'vitest';
import { dependantsOf, evidenceByRelation, indexSources, relationEvidence } from './evidence';
import type { Claim, Relation, Source } from './schema';

const source = (id: string, cites: string[] = [], kind: Source['kind'] = 'article'): Source => ({
  id,
  kind,
  title: id,
  published: 'not given',
  cites,
});
const claim = (article: string, via?: string[]): Claim => ({
  source: article,
  quote: 'q',
  status: 'reported',
  ...(via ? { via } : {}),
});
const relation = (id: string, claims: Claim[]): Relation => ({
  id,
  type: 'requested_aid',
  source: 'x',
  target: 'y',
  modality: 'happened',
  disputed: false,
  claims,
  directed: true,
});
const originsOf = (sources: Source[], claims: Claim[]) =>
  relationEvidence(relation('r', claims), indexSources(sources)).origins.sort();

describe('independent origins', () => {
  it('counts a root shared by five articles once', () => {
    const sources = [
      source('docs', [], 'document'),
      source('post', ['docs'], 'news_report'),
      ...['a', 'b', 'c', 'd', 'e'].map((id) => source(id, ['post'])),
    ];
    const evidence = relationEvidence(
      relation(
        'r',
        ['a', 'b', 'c', 'd', 'e'].map((id) => claim(id, ['post', 'docs'])),
      ),
      indexSources(sources),
    );
    expect(evidence).toEqual({ origins: ['docs'], articles: 5 });
  });

  it('counts two claims whose chains meet once, and chains that never meet apart', () => {
    const sources = [
      source('docs'),
      source('officials'),
      source('post', ['docs']),
      source('times', ['post']),
      source('a', ['post', 'officials']),
      source('b', ['times']),
    ];
    expect(originsOf(sources, [claim('a', ['post', 'docs']), claim('b', ['times', 'post', 'docs'])])).toEqual(['docs']);
    expect(originsOf(sources, [claim('a', ['post', 'docs']), claim('a', ['officials'])])).toEqual([
      'docs',
      'officials',
    ]);
  });

  it('follows a chain through two intermediaries to its root', () => {
    const sources = [source('docs'), source('post', ['docs']), source('times', ['post']), source('article', ['times'])];
    expect(originsOf(sources, [claim('article', ['times', 'post'])])).toEqual(['docs']);
  });

  it('stands an unattributed claim on all its article cites, and an article that cites nothing on itself', () => {
    const sources = [source('docs'), source('agency'), source('a', ['docs', 'agency']), source('b')];
    expect(originsOf(sources, [claim('a')])).toEqual(['agency', 'docs']);
    expect(originsOf(sources, [claim('b')])).toEqual(['b']);
  });

  it("counts an article's own words (an empty chain) as the article itself", () => {
    const sources = [source('docs'), source('a', ['docs'])];
    expect(originsOf(sources, [claim('a', [])])).toEqual(['a']);
  });

  it('treats copies as one: two articles that repeat one wire text rest on that wire', () => {
    // What `npm run overlap` finds is recorded as a citation of the shared text by both copies.
    const sources = [source('wire', [], 'agency'), source('copy1', ['wire']), source('copy2', ['wire'])];
    expect(relationEvidence(relation('r', [claim('copy1'), claim('copy2')]), indexSources(sources))).toEqual({
      origins: ['wire'],
      articles: 2,
    });
  });

  it('does not count a denial or commentary as corroboration, though their articles are counted', () => {
    const sources = [
      source('media'),
      source('party', [], 'official_statement'),
      source('analyst', [], 'expert'),
      source('a', ['media', 'party']),
      source('b', ['analyst']),
    ];
    const denial: Claim = { ...claim('a', ['party']), status: 'denied' };
    const opinion: Claim = { ...claim('b', ['analyst']), status: 'commentary' };
    expect(relationEvidence(relation('r', [claim('a', ['media']), denial, opinion]), indexSources(sources))).toEqual({
      origins: ['media'],
      articles: 2,
    });
  });

  it('follows a chain of fifty thousand citations without running out of stack', () => {
    const n = 50_000;
    const sources = Array.from({ length: n }, (_, i) => source(`s${i}`, i + 1 < n ? [`s${i + 1}`] : []));
    const index = indexSources(sources);
    expect([...index.rootsOf('s0')]).toEqual([`s${n - 1}`]);
    expect(dependantsOf(`s${n - 1}`, [relation('r', [claim('s0')])], index).unsupported.has('r')).toBe(true);
  });

  it('gives relations without claims (imported graphs) zero of both', () => {
    const evidence = evidenceByRelation([relation('r', [])], []);
    expect(evidence(relation('r', []))).toEqual({ origins: [], articles: 0 });
  });
});

describe('what depends on a source', () => {
  const sources = [
    source('docs'),
    source('officials'),
    source('post', ['docs']),
    source('a', ['post', 'officials']),
    source('b', ['post']),
  ];
  const index = indexSources(sources);
  const relations = [
    relation('only-docs', [claim('a', ['post', 'docs']), claim('b', ['post', 'docs'])]),
    relation('docs-and-officials', [claim('a', ['post', 'docs']), claim('a', ['officials'])]),
    relation('own-words', [claim('b', [])]),
  ];

  it('finds the claims that lean on a root, and the relations left without support', () => {
    const docs = dependantsOf('docs', relations, index);
    expect(Object.fromEntries(docs.claims)).toEqual({ 'only-docs': [0, 1], 'docs-and-officials': [0] });
    expect([...docs.unsupported]).toEqual(['only-docs']);
    expect([...docs.citedBy].sort()).toEqual(['a', 'b', 'post']);
  });

  it('counts an article wrong as taking down what it alone says, its own words included', () => {
    const b = dependantsOf('b', relations, index);
    expect([...b.unsupported].sort()).toEqual(['own-words']);
    expect(Object.fromEntries(b.claims)).toEqual({ 'only-docs': [1], 'own-words': [0] });
  });

  it('weighs support as the origin count does: a denial or commentary left standing is no support', () => {
    const mixed = [
      relation('reported-and-denied', [claim('a', ['post', 'docs']), { ...claim('b', []), status: 'denied' }]),
      relation('only-commentary', [{ ...claim('a', ['post', 'docs']), status: 'commentary' }]),
    ];
    const docs = dependantsOf('docs', mixed, index);
    expect([...docs.unsupported]).toEqual(['reported-and-denied']);
    expect(Object.fromEntries(docs.claims)).toEqual({ 'reported-and-denied': [0], 'only-commentary': [0] });
  });

  it('keeps an unattributed claim supported while another of its article citations stands', () => {
    const withUnattributed = [relation('r', [claim('a')])];
    expect([...dependantsOf('docs', withUnattributed, index).unsupported]).toEqual([]);
    expect([...dependantsOf('a', withUnattributed, index).unsupported]).toEqual(['r']);
  });
});
