// The team's PostgreSQL statements go as named ones: a text always gets the same name, two texts never share one
// (PostgreSQL would refuse a name prepared on a connection with another text).
import { describe, expect, it } from 'vitest';
import { named } from './db';

describe('named', () => {
  it('names a text the same each time and different texts differently, carrying the values', () => {
    const role = 'SELECT role FROM team_roles WHERE inv = $1 AND user_id = $2';
    const first = named(role, ['a', 1]);
    expect(named(role, ['b', 2])).toEqual({ name: first.name, text: role, values: ['b', 2] });
    expect(named('SELECT inv FROM team_public WHERE inv = $1', ['a']).name).not.toBe(first.name);
  });
});
