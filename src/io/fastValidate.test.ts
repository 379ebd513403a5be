// The validation shortcut must never accept what the schema refuses, and must give exactly what zod gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entityAsGiven, fastEntity, fastRelation, fastValidate, relationAsGiven } from './fastValidate';
import { validateDataset } from './validate';
import { datasetFromImported } from './fromImported';
import { parseGraphFile } from './formats';
import { datasetSchema, entitySchema, relationSchema } from '../model/schema';
import { miniDataset } from '../test/miniDataset';

/** Values chosen around every rule of the schema: wrong types, blanks, control characters, limits, odd keys. */
const text = fc.constantFrom(
  'a',
  ' padded ',
  '',
  '   ',
  'x\u0000y',
  'tab\there',
  'a'.repeat(1001),
  '__proto__',
  'constructor',
  'Élan',
);
const anyValue = fc.oneof(
  text,
  fc.constantFrom(
    0,
    -1,
    1.5,
    1e308,
    NaN,
    Infinity,
    -Infinity,
    true,
    false,
    null,
    undefined,
    [],
    ['a'],
    [1],
    {},
    { x: 1, y: 2 },
  ),
);
/** Mostly a valid value, now and then anything at all: so that both sides of every rule get exercised. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: anyValue, weight: 1 });
/** Now and then a field the schema does not know. */
const stray = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc
    .tuple(arb, fc.integer({ min: 0, max: 30 }), anyValue)
    .map(([item, dice, value]) => (dice === 0 ? { ...item, stray: value } : item));
const record = fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'k', 'n', 'toString'), anyValue, {
  maxKeys: 3,
});

const entity = stray(
  fc.record(
    {
      id: mostly(fc.constantFrom('n0', 'n1', 'n2', '__proto__', 'constructor')),
      type: mostly(fc.constantFrom('person', 'node', ' node ', 'unknown-type')),
      label: mostly(fc.constantFrom('A', ' padded ', 'Élan')),
      aliases: mostly(fc.array(fc.constantFrom('x', ''), { maxLength: 2 })),
      country: mostly(fc.constantFrom('FR', 'fr', 'FRA', undefined)),
      role: mostly(fc.constantFrom('r', undefined)),
      attributes: mostly(record),
      position: mostly(fc.record({ x: mostly(fc.constant(1)), y: mostly(fc.constant(2)) })),
      color: mostly(fc.constantFrom('#a0b1c2', '#abc', undefined)),
      size: mostly(fc.constantFrom(1, 0, -2, undefined)),
    },
    { requiredKeys: ['id', 'type', 'label'] },
  ),
);

const relation = stray(
  fc.record(
    {
      id: mostly(fc.constantFrom('e0', 'e1', 'e2', 'n0')),
      type: mostly(fc.constantFrom('link', 'funds', 'unknown-type', ' link')),
      source: mostly(fc.constantFrom('n0', 'n1', 'missing', '__proto__')),
      target: mostly(fc.constantFrom('n0', 'n2')),
      date: mostly(
        fc.constantFrom(
          '2025',
          '2025-13',
          '2025-10-26',
          undefined,
          { from: '2025-10-11', to: '2025-10-20' },
          { to: '2025-10-20' },
          { from: '2025-10-20', to: '2025-10-11' },
          { from: '2025-02-30' },
          {},
          { from: '2025-10-11', text: ' mid-October 2025 ' },
        ),
      ),
      modality: mostly(fc.constantFrom('happened', 'rumoured', 'maybe', undefined)),
      disputed: mostly(fc.constantFrom(false, undefined)),
      claims: mostly(fc.constant([])),
      directed: mostly(fc.boolean()),
      label: mostly(fc.constantFrom('l', ' ', undefined)),
      weight: mostly(fc.constantFrom(2, -1.5, undefined)),
      attributes: mostly(record),
    },
    { requiredKeys: ['id', 'type', 'source', 'target'] },
  ),
);

const dataset = stray(
  fc.record(
    {
      title: mostly(fc.constantFrom('T', ' T ', ' ')),
      vocabulary: fc.constantFrom(
        undefined,
        { entityTypes: { node: { label: 'node' } }, relationTypes: { link: { label: 'link' } } },
        { entityTypes: 1 },
      ),
      sources: fc.constantFrom(undefined, [], [{ id: 's', title: 'S' }]),
      attributes: mostly(record),
      entities: fc.array(entity, { maxLength: 4 }),
      relations: fc.array(relation, { maxLength: 3 }),
    },
    { requiredKeys: ['title', 'entities', 'relations'] },
  ),
);
describe('fastValidate', () => {
  it('gives exactly what zod gives, or leaves the answer to zod', () => {
    let answered = 0;
    fc.assert(
      fc.property(dataset, (input) => {
        const quick = fastValidate(input);
        if (quick === null) return;
        answered++;
        const parsed = datasetSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(quick).toStrictEqual(parsed.data);
      }),
      { numRuns: 10000, seed: 7 },
    );
    // The property is only worth something if the shortcut answers often enough.
    expect(answered).toBeGreaterThan(80);
  });

  it('answers for plain imported graphs, hostile ids and attribute names included', () => {
    const text = JSON.stringify({
      elements: {
        nodes: [
          { data: { id: '__proto__', label: ' A ', type: 'person', n: 1 }, position: { x: 1, y: 2 } },
          { data: { id: 'constructor', __proto__x: true } },
        ],
        edges: [{ data: { source: '__proto__', target: 'constructor', weight: 2, kind: 'funds' } }],
      },
    }).replace('__proto__x', '__proto__');
    const input = datasetFromImported(parseGraphFile(text, 'g.cyjs'), 'g');
    const quick = fastValidate(input);
    expect(quick).not.toBeNull();
    expect(quick).toStrictEqual(datasetSchema.parse(input));
    expect(Object.getPrototypeOf(quick!.entities[1]!.attributes)).toBeNull();
    expect(Object.keys(quick!.entities[1]!.attributes!)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).true).toBeUndefined();
  });

  it('leaves datasets with sources and claims to zod', () => {
    expect(fastValidate(miniDataset())).toBeNull();
    expect(validateDataset(miniDataset()).ok).toBe(true);
  });

  it('answers for single NDJSON records as zod does, and knows when one is written as zod gives it back', () => {
    const entityTypes = new Set(['person', 'node']);
    const relationTypes = new Set(['link', 'funds']);
    const entityIds = new Set(['n0', 'n1', 'n2', '__proto__']);
    const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    const answered = { entities: 0, relations: 0, asGiven: 0 };
    fc.assert(
      // As the server's importer gets them: each record read from its JSON text.
      fc.property(entity.map(asJson), relation.map(asJson), (rawEntity, rawRelation) => {
        const quick = fastEntity(rawEntity, entityTypes);
        if (quick) {
          answered.entities++;
          expect(quick).toStrictEqual(entitySchema.parse(rawEntity));
          if (entityAsGiven(rawEntity, quick)) {
            answered.asGiven++;
            expect(asJson(rawEntity)).toEqual(asJson(quick));
          }
        }
        const quickRelation = fastRelation(rawRelation, relationTypes, entityIds);
        if (quickRelation) {
          answered.relations++;
          expect(quickRelation).toStrictEqual(relationSchema.parse(rawRelation));
          if (relationAsGiven(rawRelation, quickRelation)) {
            answered.asGiven++;
            expect(asJson(rawRelation)).toEqual(asJson(quickRelation));
          }
        }
      }),
      { numRuns: 10000, seed: 11 },
    );
    expect(answered.entities).toBeGreaterThan(100);
    expect(answered.relations).toBeGreaterThan(100);
    expect(answered.asGiven).toBeGreaterThan(100);
  });
});
