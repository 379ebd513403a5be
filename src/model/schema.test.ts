import { describe, expect, it } from 'vitest';
import { validateDataset } from '../io/validate';
import { miniDataset, problemsOf } from '../test/miniDataset';

describe('dataset schema', () => {
  it('accepts a well-formed dataset and fills defaults', () => {
    const result = validateDataset(miniDataset());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.entities.find((e) => e.id === 'putin')?.aliases).toEqual([]);
      expect(result.dataset.relations[0]?.disputed).toBe(false);
    }
  });

  it('names the unknown entity id and where it is used', () => {
    const problems = problemsOf((d) => {
      d.relations[2]!.target = 'xi-jinping';
    });
    expect(problems).toContainEqual({
      path: 'relations[2].target',
      message: expect.stringContaining('unknown entity id "xi-jinping"'),
    });
  });

  it('reports duplicate ids with the first place they were used', () => {
    const problems = problemsOf((d) => {
      d.entities.push({ id: 'putin', type: 'person', label: 'Another Putin' });
    });
    expect(problems).toContainEqual({
      path: 'entities[7].id',
      message: expect.stringMatching(/duplicate id "putin".*entities\[2\]/),
    });
  });

  it('rejects unknown types, empty quotes and unknown sources, all in one pass', () => {
    const problems = problemsOf((d) => {
      d.entities[0]!.type = 'wizard' as never;
      d.relations[0]!.claims![0]!.quote = '   ';
      d.relations[3]!.claims![1]!.source = 'nowhere';
    });
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['entities[0].type', 'relations[0].claims[0].quote', 'relations[3].claims[1].source']),
    );
    expect(problems.find((p) => p.path === 'entities[0].type')?.message).toMatch(
      /must be one of: person, organization/,
    );
    expect(problems.find((p) => p.path === 'relations[0].claims[0].quote')?.message).toMatch(/must not be empty/);
  });

  it('refuses quotes over 40 words and relations without claims', () => {
    const problems = problemsOf((d) => {
      d.relations[0]!.claims![0]!.quote = Array.from({ length: 41 }, (_, i) => `w${i}`).join(' ');
      d.relations[1]!.claims = [];
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['relations[0].claims[0].quote', 'relations[1].claims']),
    );
  });

  it('asks for a discrepancy note on disputed relations', () => {
    const problems = problemsOf((d) => {
      delete d.relations[1]!.discrepancy;
    });
    expect(problems).toContainEqual({
      path: 'relations[1].discrepancy',
      message: expect.stringContaining('disputed relation needs'),
    });
  });

  it('rejects unknown fields, bad dates and lower-case country codes', () => {
    const problems = problemsOf((d) => {
      (d.entities[0] as Record<string, unknown>).colour = 'red';
      d.entities[1]!.country = 've';
      d.relations[0]!.date = '26/10/2025';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'entities[0]', message: expect.stringContaining('unknown field "colour"') },
        { path: 'entities[1].country', message: expect.stringContaining('ISO 3166-1') },
        { path: 'relations[0].date', message: expect.stringContaining('ISO date') },
      ]),
    );
  });

  it('reports a missing list at the root', () => {
    const problems = problemsOf((d) => {
      delete (d as Partial<typeof d>).relations;
    });
    expect(problems).toContainEqual({ path: 'relations', message: expect.stringContaining('missing required field') });
  });

  it('accepts types declared in the dataset vocabulary, and says how to declare an unknown one', () => {
    const data = miniDataset();
    data.vocabulary = { entityTypes: { ship: { label: 'Ship' } } };
    data.entities[6]!.type = 'ship';
    expect(validateDataset(data).ok).toBe(true);
    const problems = problemsOf((d) => {
      d.relations[0]!.type = 'sank';
    });
    expect(problems).toContainEqual({
      path: 'relations[0].type',
      message: expect.stringContaining('declare "sank" in vocabulary.relationTypes'),
    });
  });

  it('keeps "__proto__" and "constructor" as plain attribute names without touching Object.prototype', () => {
    const text = JSON.stringify(miniDataset()).replace(
      '"label":"Vladimir Putin"',
      '"label":"Vladimir Putin","attributes":{"__proto__":{"polluted":true},"constructor":"c"}',
    );
    expect(validateDataset(JSON.parse(text)).ok).toBe(false); // an object is not an attribute value
    const ok = text.replace('{"polluted":true}', '"p"');
    const result = validateDataset(JSON.parse(ok));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const attrs = result.dataset.entities.find((e) => e.id === 'putin')!.attributes!;
    expect(Object.keys(attrs)).toEqual(['__proto__', 'constructor']);
    expect(attrs['__proto__']).toBe('p');
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('requires claims only in datasets that cite sources', () => {
    const noSources = miniDataset();
    noSources.sources = [];
    noSources.relations = noSources.relations!.map((r) => ({ ...r, claims: [] }));
    expect(validateDataset(noSources).ok).toBe(true);
  });

  it('takes a date as a range of days, with the wording it was read from', () => {
    const data = miniDataset();
    data.relations[0]!.date = { from: '2025-10-11', to: '2025-10-20', text: 'mid-October 2025' };
    data.relations[1]!.date = { from: '2009-01-01' };
    const result = validateDataset(data);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.relations[0]!.date).toEqual(data.relations[0]!.date);
  });

  it('says what is wrong with a date range', () => {
    const problems = problemsOf((d) => {
      d.relations[0]!.date = { from: '2025-10-20', to: '2025-10-11' };
      d.relations[1]!.date = { from: '2025-02-30' };
      d.relations[2]!.date = {};
      d.relations[3]!.date = { from: '2025-10-01', until: '2025-10-02' } as never;
      d.relations[4]!.date = 'October 2025';
    });
    const at = (i: number) => problems.filter((p) => p.path.startsWith(`relations[${i}].date`)).map((p) => p.message);
    expect(at(0).join()).toMatch(/"from" \(2025-10-20\) is after "to" \(2025-10-11\)/);
    expect(at(1).join()).toMatch(/"from" must be a real day.*2025-02-30/);
    expect(at(2).join()).toMatch(/needs "from", "to" or both/);
    expect(at(3).join()).toMatch(/unknown field "until"/);
    expect(at(4).join()).toMatch(/ISO date, month or year/);
  });
});
