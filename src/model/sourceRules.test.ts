// The evidence model's validation: each refusal names its JSON path and says what to fix.
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../test/miniDataset';

describe('sources and chains', () => {
  it('refuses a cited id that names no source', () => {
    const problems = problemsOf((d) => {
      d.sources![0]!.cites = ['docs', 'The Washington Post'];
    });
    expect(problems).toEqual([
      { path: 'sources[0].cites[1]', message: expect.stringContaining('unknown source id "The Washington Post"') },
    ]);
  });

  it('refuses a citation cycle, naming it', () => {
    const problems = problemsOf((d) => {
      d.sources![2]!.cites = ['officials'];
      d.sources![3]!.cites = ['docs'];
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toMatch(/^sources\[[23]\]\.cites\[0\]$/);
    expect(problems[0]!.message).toMatch(/citation cycle: (docs → officials → docs|officials → docs → officials)/);
  });

  it('refuses a source citing itself', () => {
    const problems = problemsOf((d) => {
      d.sources![2]!.cites = ['docs'];
    });
    expect(problems).toEqual([
      { path: 'sources[2].cites[0]', message: expect.stringContaining('citation cycle: docs → docs') },
    ]);
  });

  it('finds a loop at the end of a long chain of citations without running out of stack', () => {
    const n = 20_000;
    const problems = problemsOf((d) => {
      const chain = Array.from({ length: n }, (_, i) => ({
        id: `c${i}`,
        kind: 'news_report' as const,
        title: `C${i}`,
        published: 'not given',
        cites: [`c${(i + 1) % n}`],
      }));
      d.sources!.push(...chain);
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^citation cycle: c\d+ → /);
  });

  it('refuses a chain through an unknown source, or one that does not follow citations', () => {
    const problems = problemsOf((d) => {
      d.relations[0]!.claims![0]!.via = ['nobody'];
      d.relations[2]!.claims![0]!.via = ['officials', 'docs'];
    });
    expect(problems).toContainEqual({
      path: 'relations[0].claims[0].via[0]',
      message: expect.stringContaining('unknown source id "nobody"'),
    });
    expect(problems).toContainEqual({
      path: 'relations[2].claims[0].via[1]',
      message: expect.stringContaining('"officials" does not cite "docs"'),
    });
  });

  it('asks for a kind and a publication date, or "not given"', () => {
    const problems = problemsOf((d) => {
      delete (d.sources![0] as { kind?: string }).kind;
      d.sources![1]!.published = 'last week';
    });
    expect(problems.map((p) => p.path)).toEqual(['sources[0].kind', 'sources[1].published']);
    expect(problems[1]!.message).toContain('"not given"');
  });
});

describe('modality and disputes', () => {
  it('refuses an unknown modality', () => {
    const problems = problemsOf((d) => {
      (d.relations[4] as { modality?: string }).modality = 'probably';
    });
    expect(problems).toEqual([
      { path: 'relations[4].modality', message: expect.stringMatching(/modality must be one of: happened, requested/) },
    ]);
  });

  it('refuses a disputed relation whose claims hold one version only', () => {
    const problems = problemsOf((d) => {
      d.relations[1]!.claims![1]!.version = 'Velásquez';
    });
    expect(problems).toEqual([
      { path: 'relations[1].claims', message: expect.stringContaining('at least two different versions') },
    ]);
  });

  it('refuses a disputed relation whose versions come from one source', () => {
    const problems = problemsOf((d) => {
      d.relations[1]!.claims![1]!.source = 'a';
    });
    expect(problems).toEqual([
      { path: 'relations[1].claims', message: expect.stringContaining('from different sources') },
    ]);
  });

  it('refuses versions on a relation that is not disputed', () => {
    const problems = problemsOf((d) => {
      d.relations[3]!.claims![0]!.version = 'asked';
    });
    expect(problems).toEqual([
      {
        path: 'relations[3].claims[0].version',
        message: expect.stringContaining('only the claims of a disputed relation'),
      },
    ]);
  });
});
