import { describe, expect, it } from 'vitest';
import { relationSchema, type Relation } from '../schema';
import { joinRelations, relationKeyer } from './join';

const relation = (fields: Partial<Relation> & { id: string }): Relation =>
  relationSchema.parse({ type: 'met_with', source: 'a', target: 'b', claims: [], ...fields });
const claim = (quote: string) => ({ source: 's', quote, status: 'reported' as const });

describe('relationKeyer', () => {
  it('takes either direction as the same link for a symmetric or undirected type, not for a directed one', () => {
    const key = relationKeyer({});
    expect(key(relation({ id: '1' }))).toBe(key(relation({ id: '2', source: 'b', target: 'a' })));
    const asked = { type: 'requested_aid' };
    expect(key(relation({ id: '3', ...asked }))).not.toBe(
      key(relation({ id: '4', ...asked, source: 'b', target: 'a' })),
    );
    expect(key(relation({ id: '5', ...asked, directed: false }))).toBe(
      key(relation({ id: '6', ...asked, directed: false, source: 'b', target: 'a' })),
    );
  });
});

describe('joinRelations', () => {
  it('keeps the first id, pools the claims once each, and follows the documented rule for the rest', () => {
    const joined = joinRelations([
      relation({ id: 'first', modality: 'rumoured', claims: [claim('x')], details: 'ten jets' }),
      relation({
        id: 'second',
        modality: 'planned',
        date: '2025-10',
        dateText: 'in October',
        claims: [claim('x'), claim('y')],
        details: 'spare parts',
        disputed: true,
        discrepancy: 'who asked',
      }),
      relation({ id: 'third', modality: 'denied', date: '2024', details: 'ten jets' }),
    ]);
    expect(joined).toMatchObject({
      id: 'first',
      modality: 'planned',
      date: '2025-10',
      dateText: 'in October',
      details: 'ten jets; spare parts',
      disputed: true,
      discrepancy: 'who asked',
    });
    expect(joined.claims.map((c) => c.quote)).toEqual(['x', 'y']);
  });
});
