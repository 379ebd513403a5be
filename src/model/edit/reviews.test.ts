import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../io/validate';
import { lintDataset } from '../lint';
import { putRelation } from './records';
import { keepLintItem, reopenLintItem } from './reviews';

/** The bundled story without its answers, so each test starts with every item open. */
function story() {
  const result = validateDataset(JSON.parse(readFileSync('graph-data/venezuela-military-aid.json', 'utf8')));
  if (!result.ok) throw new Error('the bundled story does not validate');
  return { ...result.dataset, reviews: undefined };
}

describe('answering lint items', () => {
  const dataset = story();
  // The former officer's count of working Sukhoi jets (MENAFN), from a source of kind "expert" yet counted as
  // evidence: an item the story answers in its own reviews.
  const item = lintDataset(dataset).find(
    (i) =>
      i.target.id === 'venezuela-possesses-su-30mk2' && i.quote?.startsWith('A former Venezuelan military officer'),
  )!.key;

  it('keeps an item with its note and day, and replaces an earlier answer', () => {
    const first = keepLintItem(dataset, item, ' checked the dates ', '2026-01-02');
    if (!first.ok) throw new Error(first.error);
    expect(first.dataset.reviews).toEqual([{ item, note: 'checked the dates', date: '2026-01-02' }]);
    const second = keepLintItem(first.dataset, item, 'again', '2026-01-03');
    if (!second.ok) throw new Error(second.error);
    expect(second.dataset.reviews).toEqual([{ item, note: 'again', date: '2026-01-03' }]);
  });

  it('refuses an empty note and a bad day, naming the field', () => {
    expect(keepLintItem(dataset, item, '   ', '2026-01-02')).toEqual({
      ok: false,
      error: expect.stringContaining('note'),
    });
    const bad = keepLintItem(dataset, item, 'fine', '2 January');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('date');
  });

  it('reopens an answered item, and refuses one without an answer', () => {
    const kept = keepLintItem(dataset, item, 'fine', '2026-01-02');
    if (!kept.ok) throw new Error(kept.error);
    const reopened = reopenLintItem(kept.dataset, item);
    if (!reopened.ok) throw new Error(reopened.error);
    expect(reopened.dataset.reviews ?? []).toEqual([]);
    expect(reopenLintItem(dataset, item).ok).toBe(false);
  });

  it('keeps an answer with its item through an edit of another record', () => {
    const kept = keepLintItem(dataset, item, 'fine', '2026-01-02');
    if (!kept.ok) throw new Error(kept.error);
    const other = kept.dataset.relations.find((r) => r.id === 'xi-leads-china')!;
    const edited = putRelation(kept.dataset, { ...other, details: 'a new detail' });
    if (!edited.ok) throw new Error(edited.error);
    const keys = new Set(lintDataset(edited.dataset).map((i) => i.key));
    expect(keys.has(edited.dataset.reviews![0]!.item)).toBe(true);
  });

  it('keeps a claim’s item key when another claim of its relation changes', () => {
    const before = lintDataset(dataset).filter((i) => i.target.id === 'venezuela-possesses-su-30mk2');
    const relation = dataset.relations.find((r) => r.id === 'venezuela-possesses-su-30mk2')!;
    // Drop the relation's first claim: the others move up one place, their keys stay.
    const edited = putRelation(dataset, { ...relation, claims: relation.claims.slice(1) });
    if (!edited.ok) throw new Error(edited.error);
    const after = new Set(lintDataset(edited.dataset).map((i) => i.key));
    const kept = before.filter((i) => i.quote !== relation.claims[0]!.quote);
    expect(kept.length).toBeGreaterThan(0);
    for (const item of kept) expect(after.has(item.key)).toBe(true);
  });
});
