import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset, type DatasetInput } from '../schema';
import { mergeEntities, mergeOf, previewMerge, splitMerge } from './merge';
import { putEntity, putClaim, putRelation, deleteRelation } from './records';
import type { EditResult } from './result';

const claim = (quote: string, source = 's1') => ({ source, quote, status: 'reported' as const });

/** Maduro appears twice ("maduro", "nicolas-maduro"); both asked Russia for aid, and they "met" each other. */
function story(): Dataset {
  const input: DatasetInput = {
    title: 'Test',
    sources: [{ id: 's1', kind: 'article', title: 'One', published: '2025-10-31' }],
    entities: [
      { id: 'maduro', type: 'person', label: 'Maduro', country: 'VE' },
      {
        id: 'nicolas-maduro',
        type: 'person',
        label: 'Nicolás Maduro',
        aliases: ['President Maduro'],
        role: 'President',
        attributes: { party: 'PSUV' },
      },
      { id: 'russia', type: 'country', label: 'Russia', country: 'RU' },
      { id: 'china', type: 'country', label: 'China', country: 'CN' },
    ],
    relations: [
      {
        id: 'r1',
        type: 'requested_aid',
        source: 'maduro',
        target: 'russia',
        modality: 'requested',
        claims: [claim('Maduro asked Russia')],
      },
      {
        id: 'r2',
        type: 'requested_aid',
        source: 'nicolas-maduro',
        target: 'russia',
        date: '2025-10',
        modality: 'happened',
        claims: [claim('Nicolás Maduro asked Russia'), claim('Maduro asked Russia')],
      },
      {
        id: 'r3',
        type: 'requested_aid',
        source: 'nicolas-maduro',
        target: 'china',
        claims: [claim('He asked China')],
      },
      { id: 'r4', type: 'met_with', source: 'maduro', target: 'nicolas-maduro', claims: [claim('They met')] },
    ],
  };
  return datasetSchema.parse(input);
}

const ok = (result: EditResult): Dataset => {
  if (!result.ok) throw new Error(result.error);
  return result.dataset;
};

const choice = {
  ids: ['maduro', 'nicolas-maduro'],
  keepId: 'nicolas-maduro',
  label: 'Nicolás Maduro',
  date: '2026-12-07',
};

describe('previewMerge', () => {
  it('shows the relation that would join the entity to itself, and the relations that join', () => {
    const preview = previewMerge(story(), choice);
    if (typeof preview === 'string') throw new Error(preview);
    expect(preview.selfRelations.map((r) => r.id)).toEqual(['r4']);
    expect(preview.joined.map((g) => g.map((r) => r.id))).toEqual([['r1', 'r2']]);
    expect(preview.kept.aliases).toEqual(['President Maduro', 'Maduro']);
  });

  it('refuses fewer than two entities, unknown ids, and a kept id or name from elsewhere', () => {
    expect(previewMerge(story(), { ...choice, ids: ['maduro'] })).toMatch(/at least two/);
    expect(previewMerge(story(), { ...choice, ids: ['maduro', 'nobody'] })).toMatch(/no entity "nobody"/);
    expect(previewMerge(story(), { ...choice, keepId: 'russia' })).toMatch(/id to keep/);
    expect(previewMerge(story(), { ...choice, label: 'Russia' })).toMatch(/name to keep/);
  });
});

describe('mergeEntities', () => {
  it('moves names, values, relations and claims to the kept entity, joining the same links', () => {
    const merged = ok(mergeEntities(story(), choice));
    expect(merged.entities.map((e) => e.id)).toEqual(['nicolas-maduro', 'russia', 'china']);
    const kept = merged.entities[0]!;
    expect(kept).toMatchObject({ label: 'Nicolás Maduro', country: 'VE', role: 'President' });
    expect(kept.aliases).toContain('Maduro');
    // r1 and r2 are both "Maduro asked Russia for aid" now: one relation, with both quotes (the repeated one once).
    const toRussia = merged.relations.filter((r) => r.target === 'russia');
    expect(toRussia).toHaveLength(1);
    expect(toRussia[0]!.id).toBe('r1');
    expect(toRussia[0]!.claims.map((c) => c.quote)).toEqual(['Maduro asked Russia', 'Nicolás Maduro asked Russia']);
    // The joined relation is drawn with the most definite modality any part had, and the first date given.
    expect(toRussia[0]!.modality).toBe('happened');
    expect(toRussia[0]!.date).toBe('2025-10');
    // The meeting of the two records stays, as a link from the entity to itself.
    expect(merged.relations.find((r) => r.id === 'r4')).toMatchObject({
      source: 'nicolas-maduro',
      target: 'nicolas-maduro',
    });
    expect(mergeOf(merged, 'nicolas-maduro')?.entities.map((e) => e.id)).toEqual(['maduro', 'nicolas-maduro']);
    expect(mergeOf(merged, 'nicolas-maduro')?.date).toBe('2026-12-07');
  });

  it('can delete the relations that would join the entity to itself', () => {
    const merged = ok(mergeEntities(story(), { ...choice, dropSelfRelations: true }));
    expect(merged.relations.some((r) => r.id === 'r4')).toBe(false);
  });

  it('keeps the chosen name when it is another entity’s, and the chosen id', () => {
    const merged = ok(mergeEntities(story(), { ...choice, keepId: 'maduro' }));
    expect(merged.entities[0]).toMatchObject({ id: 'maduro', label: 'Nicolás Maduro', country: 'VE' });
    expect(merged.entities[0]!.aliases).toEqual(['Maduro', 'President Maduro']);
  });
});

describe('splitMerge', () => {
  it('gives back the entities and relations as they were', () => {
    const before = story();
    const split = ok(splitMerge(ok(mergeEntities(before, choice)), 'nicolas-maduro'));
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(split.entities)).toEqual(byId(before.entities));
    expect(byId(split.relations)).toEqual(byId(before.relations));
    expect(split.merges).toEqual([]);
  });

  it('works after the investigation is written to JSON and read back', () => {
    const before = story();
    const reread = datasetSchema.parse(JSON.parse(JSON.stringify(ok(mergeEntities(before, choice)))));
    const split = ok(splitMerge(reread, 'nicolas-maduro'));
    expect(split.entities).toHaveLength(before.entities.length);
    expect(split.relations).toHaveLength(before.relations.length);
  });

  it('gives back the deleted self-relations too', () => {
    const merged = ok(mergeEntities(story(), { ...choice, dropSelfRelations: true }));
    const split = ok(splitMerge(merged, 'nicolas-maduro'));
    expect(split.relations.find((r) => r.id === 'r4')).toMatchObject({ source: 'maduro', target: 'nicolas-maduro' });
  });

  it('keeps later edits: a new role, a claim added, a relation added', () => {
    let data = ok(mergeEntities(story(), choice));
    const kept = data.entities.find((e) => e.id === 'nicolas-maduro')!;
    data = ok(putEntity(data, { ...kept, role: 'Head of state' }));
    data = ok(putClaim(data, 'r1', 2, claim('A later quote')));
    data = ok(
      putRelation(data, {
        id: 'r9',
        type: 'visited',
        source: 'nicolas-maduro',
        target: 'china',
        modality: 'happened',
        disputed: false,
        directed: true,
        claims: [claim('He went to China')],
      }),
    );
    const split = ok(splitMerge(data, 'nicolas-maduro'));
    expect(split.entities.find((e) => e.id === 'nicolas-maduro')).toMatchObject({
      role: 'Head of state',
      aliases: ['President Maduro'],
    });
    expect(split.entities.find((e) => e.id === 'maduro')).toMatchObject({ label: 'Maduro' });
    expect(split.relations.find((r) => r.id === 'r1')!.claims.map((c) => c.quote)).toEqual([
      'Maduro asked Russia',
      'A later quote',
    ]);
    expect(split.relations.find((r) => r.id === 'r2')).toMatchObject({
      source: 'nicolas-maduro',
      modality: 'happened',
    });
    expect(split.relations.find((r) => r.id === 'r9')!.source).toBe('nicolas-maduro');
  });

  it('leaves deleted relations deleted', () => {
    let data = ok(mergeEntities(story(), choice));
    data = ok(deleteRelation(data, 'r1'));
    const split = ok(splitMerge(data, 'nicolas-maduro'));
    expect(split.relations.map((r) => r.id).sort()).toEqual(['r3', 'r4']);
  });

  it('refuses clearly when a later edit makes it impossible', () => {
    const data = ok(mergeEntities(story(), choice));
    expect(splitMerge(story(), 'maduro')).toEqual({ ok: false, error: expect.stringMatching(/nothing to split/) });
    // An entity took the merged one's old id.
    const reused = ok(putEntity(data, { id: 'maduro', type: 'person', label: 'Another Maduro', aliases: [] }));
    expect(splitMerge(reused, 'nicolas-maduro')).toEqual({
      ok: false,
      error: expect.stringMatching(/"maduro" .* is used by another entity/),
    });
    // Merged again into Russia (absurd, but possible): the later merge must be split first.
    const again = ok(
      mergeEntities(data, { ids: ['nicolas-maduro', 'russia'], keepId: 'russia', label: 'Russia', date: '2026-12-08' }),
    );
    expect(splitMerge(again, 'nicolas-maduro')).toEqual({ ok: false, error: expect.stringMatching(/gone/) });
    const undone = ok(splitMerge(again, 'russia'));
    expect(ok(splitMerge(undone, 'nicolas-maduro')).entities).toHaveLength(4);
  });
});
