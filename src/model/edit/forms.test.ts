import { describe, expect, it } from 'vitest';
import {
  claimForm,
  claimFromForm,
  entityForm,
  entityFromForm,
  fieldOfError,
  readAliases,
  readAttributes,
  readAttributeValue,
  readDateField,
  relationForm,
  relationFromForm,
  typeChoices,
} from './forms';
import type { Claim, Entity, Relation } from '../schema';

describe('aliases', () => {
  it('takes one per line (or semicolons), trimmed, without blanks or repeats', () => {
    expect(readAliases(' Maduro \n\nNicolás Maduro Moros; Maduro\n')).toEqual(['Maduro', 'Nicolás Maduro Moros']);
    expect(readAliases('   ')).toEqual([]);
  });
});

describe('attribute values', () => {
  it('reads true/false and plain numbers, and keeps anything else as text', () => {
    expect(readAttributeValue('true')).toBe(true);
    expect(readAttributeValue('false')).toBe(false);
    expect(readAttributeValue('42')).toBe(42);
    expect(readAttributeValue('-3.5')).toBe(-3.5);
    expect(readAttributeValue('1e3')).toBe(1000);
    expect(readAttributeValue('Su-30')).toBe('Su-30');
    expect(readAttributeValue('12 aircraft')).toBe('12 aircraft');
    expect(readAttributeValue('True')).toBe('True');
    expect(readAttributeValue('Infinity')).toBe('Infinity');
  });

  it('keeps the old type of a value left as it was shown', () => {
    expect(readAttributeValue('2025', '2025')).toBe('2025');
    expect(readAttributeValue('2026', '2025')).toBe(2026);
    expect(readAttributeValue('true', 'true')).toBe('true');
  });

  it('drops empty rows, refuses a value without a name and a name given twice', () => {
    expect(
      readAttributes([
        { name: 'seats', value: '2' },
        { name: '', value: '' },
      ]),
    ).toEqual({ ok: true, value: { seats: 2 } });
    expect(readAttributes([{ name: ' ', value: 'x' }])).toMatchObject({ ok: false, field: 'attributes' });
    const twice = readAttributes([
      { name: 'a', value: '1' },
      { name: 'a', value: '2' },
    ]);
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error).toMatch(/“a” is given twice/);
    expect(readAttributes([])).toEqual({ ok: true, value: undefined });
  });
});

describe('entity form', () => {
  const entity: Entity = {
    id: 'maduro',
    type: 'person',
    label: 'Nicolás Maduro',
    aliases: ['Maduro'],
    country: 'VE',
    role: 'President',
    attributes: { born: '1962', elected: true },
    position: { x: 1, y: 2 },
  };

  it('turns back into the same entity when nothing is changed', () => {
    expect(entityFromForm(entityForm(entity), entity)).toEqual({ ok: true, value: entity });
  });

  it('reads the fields: capitals for the country, blanks as absent, what the form does not show kept', () => {
    const form = { ...entityForm(entity), label: '  Maduro  ', country: 've', role: ' ', aliases: 'A\nB' };
    const read = entityFromForm(form, entity);
    expect(read).toEqual({
      ok: true,
      value: {
        id: 'maduro',
        type: 'person',
        label: 'Maduro',
        aliases: ['A', 'B'],
        country: 'VE',
        attributes: { born: '1962', elected: true },
        position: { x: 1, y: 2 },
      },
    });
  });

  it('leaves an empty label for the schema to refuse (the form keeps what was typed)', () => {
    const read = entityFromForm({ ...entityForm(entity), label: '   ' }, entity);
    expect(read.ok && read.value.label).toBe('');
  });

  it('a new entity starts blank', () => {
    const read = entityFromForm({ ...entityForm(undefined), id: 'x', label: 'X' });
    expect(read).toEqual({ ok: true, value: { id: 'x', type: 'person', label: 'X', aliases: [] } });
  });
});

describe('date field', () => {
  it('keeps an ISO date, month or year as typed, and says which days it covers', () => {
    expect(readDateField('2025-10')).toEqual({
      ok: true,
      date: '2025-10',
      reading: 'reads as 2025-10-01 to 2025-10-31',
    });
    expect(readDateField('2025-10-26')).toEqual({ ok: true, date: '2025-10-26', reading: 'reads as 2025-10-26' });
  });

  it('reads a wording as a range that keeps the words', () => {
    expect(readDateField('mid-October 2025')).toEqual({
      ok: true,
      date: { from: '2025-10-11', to: '2025-10-20', text: 'mid-October 2025' },
      reading: 'reads as 2025-10-11 to 2025-10-20',
    });
  });

  it('reads a span with an open end', () => {
    expect(readDateField('2025-10-01/..')).toMatchObject({ ok: true, date: { from: '2025-10-01' } });
  });

  it('refuses what it cannot read, naming the field', () => {
    const read = readDateField('soonish');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/^date: "soonish" is not a date wording/);
    expect(readDateField('2025-13').ok).toBe(false);
  });

  it('empty is no date; an unchanged text keeps the stored date', () => {
    expect(readDateField('  ')).toEqual({ ok: true, date: undefined, reading: 'no date' });
    const stored = { from: '2025-10-01', to: '2025-10-05', text: 'early October' };
    expect(readDateField('early October', stored)).toMatchObject({ ok: true, date: stored });
  });
});

describe('relation form', () => {
  const claim: Claim = { source: 'ap', quote: 'asked Russia', status: 'reported' };
  const relation: Relation = {
    id: 'r1',
    type: 'requested_aid',
    source: 'maduro',
    target: 'russia',
    date: '2025-10',
    modality: 'requested',
    disputed: false,
    claims: [claim],
    directed: true,
    weight: 2,
  };

  it('turns back into the same relation when nothing is changed', () => {
    expect(relationFromForm(relationForm(relation), relation)).toEqual({ ok: true, value: relation });
  });

  it('reads the changed fields and keeps the claims', () => {
    const form = { ...relationForm(relation), modality: 'happened' as const, date: '', details: ' radars ' };
    const read = relationFromForm(form, relation);
    expect(read).toEqual({
      ok: true,
      value: { ...relation, modality: 'happened', date: undefined, details: 'radars' },
    });
    if (read.ok) expect('date' in read.value).toBe(false);
  });

  it('refuses an unreadable date', () => {
    expect(relationFromForm({ ...relationForm(relation), date: 'whenever' }, relation)).toMatchObject({
      ok: false,
      field: 'date',
    });
  });
});

describe('claim form', () => {
  const claim: Claim = {
    source: 'ap',
    quote: 'asked Russia',
    status: 'reported',
    via: ['wapo'],
    anchor: { prefix: 'had ', suffix: ' for', start: 10 },
  };

  it('turns back into the same claim when nothing is changed', () => {
    expect(claimFromForm(claimForm(claim), claim)).toEqual(claim);
  });

  it('reads the chain three ways: the article’s citations, its own words, or the sources listed', () => {
    expect(claimFromForm({ ...claimForm(claim), viaChoice: 'cites' }, claim)).not.toHaveProperty('via');
    expect(claimFromForm({ ...claimForm(claim), viaChoice: 'own' }, claim).via).toEqual([]);
    expect(claimFromForm({ ...claimForm(claim), via: ['a', 'b'] }, claim).via).toEqual(['a', 'b']);
  });

  it('drops the anchor when the quote or its source changes', () => {
    expect(claimFromForm({ ...claimForm(claim), quote: 'asked China' }, claim)).not.toHaveProperty('anchor');
    expect(claimFromForm({ ...claimForm(claim), source: 'wapo' }, claim)).not.toHaveProperty('anchor');
  });

  it('hedged only when ticked, blank version and note absent', () => {
    const read = claimFromForm({ ...claimForm(undefined, 'ap'), quote: 'q', version: ' ', note: '' });
    expect(read).toEqual({ source: 'ap', quote: 'q', status: 'reported' });
    expect(claimFromForm({ ...claimForm(claim), hedged: true }, claim).hedged).toBe(true);
  });
});

describe('field of an error', () => {
  it('finds the field in the wording of a checked edit', () => {
    expect(fieldOfError('entity "maduro", label: an entity label must not be empty')).toBe('label');
    expect(fieldOfError('relation "r-1", claim 2, quote: a quote is at most 40 words')).toBe('quote');
    expect(fieldOfError('relation "r-1", discrepancy: a disputed relation needs…')).toBe('discrepancy');
    expect(fieldOfError('entity, id: "x" is already used by another entity')).toBe('id');
    expect(fieldOfError('date: "soon" is not a date')).toBe('date');
  });
});

describe('type choices', () => {
  it('offers the vocabulary, then the dataset’s own types, then the current one', () => {
    const choices = typeChoices('entity', ['ship'], 'odd');
    expect(choices.slice(0, 2)).toEqual(['person', 'organization']);
    expect(choices.slice(-2)).toEqual(['ship', 'odd']);
    expect(typeChoices('entity', [], 'person').filter((t) => t === 'person')).toHaveLength(1);
  });
});
