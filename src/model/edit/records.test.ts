import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../test/miniDataset';
import { validateDataset } from '../../io/validate';
import type { Dataset } from '../schema';
import {
  deleteClaim,
  deleteEntity,
  deleteSource,
  entityConsequences,
  freshId,
  putClaim,
  putEntity,
  putSource,
  sourceConsequences,
} from './records';

function mini(): Dataset {
  const result = validateDataset(miniDataset());
  if (!result.ok) throw new Error('mini dataset invalid');
  return result.dataset;
}

const ok = (result: ReturnType<typeof putEntity>) => {
  if (!result.ok) throw new Error(result.error);
  return result.dataset;
};

describe('entity edits', () => {
  it('changes a label and says what changed', () => {
    const data = mini();
    const maduro = data.entities.find((e) => e.id === 'maduro')!;
    const result = putEntity(data, { ...maduro, label: 'N. Maduro' });
    expect(result.ok && result.message).toBe('Changed “N. Maduro”.');
    expect(ok(result).entities.find((e) => e.id === 'maduro')?.label).toBe('N. Maduro');
    // The dataset given is left as it was.
    expect(maduro.label).toBe('Nicolás Maduro');
  });

  it('refuses an empty label, naming the entity and the field', () => {
    const data = mini();
    const maduro = data.entities.find((e) => e.id === 'maduro')!;
    const result = putEntity(data, { ...maduro, label: '  ' });
    expect(result).toEqual({ ok: false, error: 'entity "maduro", label: an entity label must not be empty' });
  });

  it('follows an id change into every relation, and refuses an id already taken', () => {
    const data = mini();
    const maduro = data.entities.find((e) => e.id === 'maduro')!;
    const renamed = ok(putEntity(data, { ...maduro, id: 'nicolas-maduro' }, 'maduro'));
    // r1 and r4 start at Maduro in the mini dataset.
    expect(renamed.relations.filter((r) => r.source === 'nicolas-maduro').map((r) => r.id)).toEqual(['r1', 'r4']);
    expect(renamed.relations.some((r) => r.source === 'maduro' || r.target === 'maduro')).toBe(false);
    const taken = putEntity(data, { ...maduro, id: 'putin' }, 'maduro');
    expect(taken.ok).toBe(false);
  });

  it('lists what a delete takes with it, then deletes it all in one step', () => {
    const data = mini();
    // The letter: written by Maduro (r1), carried by Velásquez (r2, two claims), addressed to Putin (r3).
    const goes = entityConsequences(data, 'letter');
    expect(goes.relations.map((r) => r.id).sort()).toEqual(['r1', 'r2', 'r3']);
    expect(goes.claims).toBe(4);
    const after = ok(deleteEntity(data, 'letter'));
    expect(after.entities.some((e) => e.id === 'letter')).toBe(false);
    expect(after.relations.map((r) => r.id)).toEqual(['r4', 'r5']);
  });
});

describe('claim edits', () => {
  it('adds a claim whose source exists, and refuses one whose source does not', () => {
    const data = mini();
    const claim = { source: 'b', quote: 'Putin received the letter', status: 'reported' as const };
    expect(ok(putClaim(data, 'r3', 1, claim)).relations.find((r) => r.id === 'r3')?.claims).toHaveLength(2);
    const unknown = putClaim(data, 'r3', 1, { ...claim, source: 'nowhere' });
    expect(unknown.ok === false && unknown.error).toMatch(
      /relation "r3", claim 2, source: unknown source id "nowhere"/,
    );
  });

  it('refuses to delete a relation’s only claim', () => {
    const result = deleteClaim(mini(), 'r1', 0);
    expect(result.ok === false && result.error).toMatch(/only claim/);
    expect(ok(deleteClaim(mini(), 'r4', 1)).relations.find((r) => r.id === 'r4')?.claims).toHaveLength(1);
  });
});

describe('source edits', () => {
  it('lists the relations a source alone supports, and deletes them with it', () => {
    const data = mini();
    // Article B is the only source quoted by r3 and r5; r2 and r4 also quote A.
    const goes = sourceConsequences(data, 'b');
    expect(goes.unsupported.map((r) => r.id).sort()).toEqual(['r3', 'r5']);
    expect(goes.claims).toBe(4);
    // Deleting B would leave r2's dispute with one side: refused, naming the relation.
    const refused = deleteSource(data, 'b');
    expect(refused.ok === false && refused.error).toMatch(/^relation "r2", claims: a disputed relation needs/);
    const undisputed = data.relations.map((r) =>
      r.id === 'r2' ? { ...r, disputed: false, claims: r.claims.map(({ version: _, ...c }) => c) } : r,
    );
    const after = ok(deleteSource({ ...data, relations: undisputed }, 'b'));
    expect(after.relations.map((r) => r.id)).toEqual(['r1', 'r2', 'r4']);
    expect(after.relations.flatMap((r) => r.claims).some((c) => c.source === 'b')).toBe(false);
  });

  it('removes a deleted source from citations and chains', () => {
    const after = ok(deleteSource(mini(), 'officials'));
    expect(after.sources.find((s) => s.id === 'b')?.cites).toEqual(['docs']);
    expect(after.relations.find((r) => r.id === 'r4')?.claims[1]?.via).toEqual([]);
  });

  it('follows a source id change into claims and citations', () => {
    const data = mini();
    const docs = data.sources.find((s) => s.id === 'docs')!;
    const after = ok(putSource(data, { ...docs, id: 'us-documents' }, 'docs'));
    expect(after.sources.find((s) => s.id === 'a')?.cites).toEqual(['us-documents']);
    expect(after.relations.find((r) => r.id === 'r2')?.claims[0]?.via).toEqual(['us-documents']);
  });

  it('refuses a text longer than the limit, naming the field', () => {
    const data = mini();
    const a = data.sources.find((s) => s.id === 'a')!;
    const result = putSource(data, { ...a, text: 'x'.repeat(2_000_001) });
    expect(result.ok === false && result.error).toMatch(/^source "a", text: a source text is at most 2,000,000/);
  });
});

describe('fresh ids', () => {
  it('makes a readable id from a name, and a new one when it is taken', () => {
    expect(freshId('Nicolás Maduro', new Set())).toBe('nicolas-maduro');
    expect(freshId('Nicolás Maduro', new Set(['nicolas-maduro']))).toBe('nicolas-maduro-2');
    expect(freshId('!!!', new Set())).toBe('item');
  });
});
