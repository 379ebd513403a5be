import { describe, expect, it } from 'vitest';
import type { Dataset, Entity } from '../schema';
import { combineRecords, differingFields, recordChanges, withRecords } from './recordChanges';

const person = (id: string, label: string): Entity => ({ id, type: 'person', label, aliases: [] });
const dataset = (entities: Entity[]): Dataset => ({ title: 't', sources: [], entities, relations: [] }) as Dataset;

describe('record changes', () => {
  const a = person('a', 'Ana');
  const b = person('b', 'Bruno');
  const c = person('c', 'Carla');
  const before = dataset([a, b, c]);

  it('finds exactly the records an edit replaced, added and removed, by identity', () => {
    const renamed = person('b', 'Bruno B.');
    const d = person('d', 'Dora');
    const after = { ...before, entities: [a, renamed, d] };
    expect(recordChanges(before, after)).toEqual([
      { kind: 'entity', id: 'b', record: renamed },
      { kind: 'entity', id: 'd', record: d },
      { kind: 'entity', id: 'c', record: null },
    ]);
    expect(recordChanges(before, { ...before })).toEqual([]);
  });

  it('puts changes in place, new records at the end, and leaves the rest as the same objects', () => {
    const renamed = person('a', 'Ana P.');
    const d = person('d', 'Dora');
    const next = withRecords(before, [
      { kind: 'entity', id: 'a', record: renamed },
      { kind: 'entity', id: 'c', record: null },
      { kind: 'entity', id: 'd', record: d },
    ]);
    expect(next.entities).toEqual([renamed, b, d]);
    expect(next.entities[1]).toBe(b);
    expect(next.relations).toBe(before.relations);
  });

  it('combines two versions field by field', () => {
    const mine: Entity = { ...person('a', 'Ana (mine)'), role: 'minister' };
    const theirs: Entity = { ...person('a', 'Ana (theirs)'), description: 'theirs only' };
    expect(differingFields(mine, theirs).sort()).toEqual(['description', 'label', 'role']);
    expect(combineRecords(mine, theirs, new Set(['role']))).toEqual({ ...theirs, role: 'minister' });
    expect(combineRecords(mine, theirs, new Set(['description', 'label']))).toEqual({
      ...person('a', 'Ana (mine)'),
    });
  });

  it('sees a change of the head (the title) as one record, and puts it back', () => {
    const renamed = { ...before, title: 'Renamed' };
    expect(recordChanges(before, renamed)).toEqual([{ kind: 'head', id: 'head', record: { title: 'Renamed' } }]);
    const back = withRecords(renamed, [{ kind: 'head', id: 'head', record: { title: 't' } }]);
    expect(back.title).toBe('t');
    expect(back.entities).toBe(before.entities);
  });
});
