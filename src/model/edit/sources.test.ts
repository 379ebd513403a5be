import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../io/validate';
import type { Dataset } from '../schema';
import { addSource, editSource, type SourceDraft } from './sources';
import { addClaimFromQuote, relationTypeId, type ClaimDraft } from './claimFromQuote';

function story(): Dataset {
  const result = validateDataset(JSON.parse(readFileSync('graph-data/venezuela-military-aid.json', 'utf8')));
  if (!result.ok) throw new Error('the bundled story is invalid');
  return result.dataset;
}

const TEXT =
  'Our own note, written for this test. Nicolás Maduro telephoned Vladimir Putin on a Monday.\n' +
  'Nothing else happened that week, the note goes on. Later, aides said Nicolás Maduro telephoned Vladimir Putin again.';

const DRAFT: SourceDraft = { kind: 'article', title: 'A test note', published: '2025-11-03', cites: [], text: TEXT };

function withNote(): { dataset: Dataset; id: string } {
  const added = addSource(story(), DRAFT);
  if (!added.ok) throw new Error(added.error);
  return { dataset: added.dataset, id: added.id };
}

const claimDraft = (source: string, quote: string, extra: Partial<ClaimDraft> = {}): ClaimDraft => ({
  subject: 'maduro',
  object: 'putin',
  type: 'spoke_with',
  modality: 'happened',
  claim: { source, quote, status: 'reported', via: [] },
  ...extra,
});

describe('addSource and editSource', () => {
  it('adds a source with its text under a fresh id from its title', () => {
    const { dataset, id } = withNote();
    expect(id).toBe('a-test-note');
    expect(dataset.sources.find((s) => s.id === id)?.text).toBe(TEXT);
  });

  it('names the field of a problem, and changes nothing', () => {
    const before = story();
    const result = addSource(before, { ...DRAFT, title: '  ' });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/title.*must not be empty/) });
    const badDate = addSource(before, { ...DRAFT, published: 'last week' });
    expect(badDate).toMatchObject({ ok: false, error: expect.stringMatching(/published/) });
  });

  it('refuses a cycle in what sources cite', () => {
    // wapo cites us-documents; making us-documents cite wapo closes a loop.
    const data = story();
    const docs = data.sources.find((s) => s.id === 'us-documents')!;
    const result = editSource(data, 'us-documents', { ...docs, cites: ['wapo'] });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('citation cycle') });
  });

  it('refuses a text over the limit without changing anything', () => {
    const { dataset, id } = withNote();
    const result = editSource(dataset, id, { ...DRAFT, text: 'x'.repeat(2_000_001) });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/text.*at most 2,000,000/) });
  });

  it('lists the claims whose quote no longer matches an edited text, and keeps those that still do', () => {
    const { dataset, id } = withNote();
    const one = addClaimFromQuote(dataset, claimDraft(id, 'Nicolás Maduro telephoned Vladimir Putin on a Monday.'));
    if (!one.ok) throw new Error(one.error);
    const two = addClaimFromQuote(one.dataset, claimDraft(id, 'aides said Nicolás Maduro telephoned'));
    if (!two.ok) throw new Error(two.error);
    const edited = TEXT.replace('on a Monday', 'on a Tuesday');
    const result = editSource(two.dataset, id, { ...DRAFT, text: `A new opening line.\n${edited}` });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.message).toMatch(/1 quote no longer matches the text and is listed as unanchored/);
    expect(result.unanchored.map((u) => u.quote)).toEqual(['Nicolás Maduro telephoned Vladimir Putin on a Monday.']);
    // The quote that still stands keeps its anchor, at its new offset.
    const relation = result.dataset.relations.find((r) => r.id === two.relationId)!;
    const kept = relation.claims.find((c) => c.quote === 'aides said Nicolás Maduro telephoned')!;
    expect(kept.anchor?.start).toBe(`A new opening line.\n${edited}`.indexOf('aides said'));
    // The one that does not is left as it was: not moved, not dropped.
    expect(relation.claims.some((c) => c.quote.endsWith('on a Monday.'))).toBe(true);
  });
});

describe('addClaimFromQuote', () => {
  it('creates the relation when none has the same ends and type, with the quote anchored', () => {
    const { dataset, id } = withNote();
    const result = addClaimFromQuote(
      dataset,
      claimDraft(id, 'Nicolás Maduro telephoned Vladimir Putin', { near: TEXT.lastIndexOf('Nicolás Maduro') + 1 }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.message).toMatch(/^Created the relation/);
    const relation = result.dataset.relations.find((r) => r.id === result.relationId)!;
    expect(relation).toMatchObject({ source: 'maduro', target: 'putin', type: 'spoke_with', directed: false });
    // Selected in the second sentence: anchored there, not at the first occurrence.
    expect(relation.claims[0]!.anchor?.start).toBe(TEXT.lastIndexOf('Nicolás Maduro telephoned'));
  });

  it('joins the relation with the same ends and type, and says so', () => {
    const { dataset, id } = withNote();
    const existing = dataset.relations.find((r) => r.source === 'maduro' && r.type === 'wrote')!;
    const result = addClaimFromQuote(
      dataset,
      claimDraft(id, 'telephoned Vladimir Putin on a Monday', { object: existing.target, type: existing.type }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.relationId).toBe(existing.id);
    // Named as a reader says it: the two names and the type's reading ("wrote"), as the dataset has them.
    const name = (entityId: string) => dataset.entities.find((e) => e.id === entityId)!.label;
    expect(result.message).toContain(`existing relation “${name(existing.source)} wrote ${name(existing.target)}”`);
    expect(result.dataset.relations.length).toBe(dataset.relations.length);
    expect(result.dataset.relations.find((r) => r.id === existing.id)!.claims.length).toBe(existing.claims.length + 1);
  });

  it('refuses a quote that is not word for word in the text, with the closest passage', () => {
    const { dataset, id } = withNote();
    const result = addClaimFromQuote(dataset, claimDraft(id, 'Maduro phoned Vladimir Putin on a Monday'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/quote.*not word for word/);
    expect(!result.ok && 'closest' in result && result.closest?.text).toBe(
      'Maduro telephoned Vladimir Putin on a Monday',
    );
  });

  it('refuses a claim on an entity that is not there', () => {
    const { dataset, id } = withNote();
    const result = addClaimFromQuote(dataset, claimDraft(id, 'Vladimir Putin', { subject: 'gone' }));
    expect(result).toMatchObject({ ok: false, error: 'claim, subject: there is no entity "gone"' });
  });

  it('declares a new relation type in the vocabulary', () => {
    const { dataset, id } = withNote();
    const type = relationTypeId('telephoned', dataset);
    const result = addClaimFromQuote(
      dataset,
      claimDraft(id, 'Maduro telephoned Vladimir Putin', { type, newTypeLabel: 'telephoned' }),
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.dataset.vocabulary?.relationTypes?.[type]).toEqual({ label: 'telephoned' });
  });
});
