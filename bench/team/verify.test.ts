import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/schema';
import { deliveryDelays } from './delivery';
import type { AcceptedWrite } from './editor';
import { keyOf, marksOf, withMark } from './edits';
import { sseBlocks } from './events';
import { verifyFinalState } from './verify';

const ana: Entity = { id: 'ana', type: 'person', label: 'Ana', aliases: [] };
const bob: Entity = { id: 'bob', type: 'person', label: 'Bob', aliases: [], attributes: { age: 40 } };
const ANA = keyOf({ kind: 'entity', id: 'ana' });
const BOB = keyOf({ kind: 'entity', id: 'bob' });

const write = (by: string, mark: string, version: number, record: Entity, seq = version): AcceptedWrite => ({
  kind: 'entity',
  id: record.id,
  by,
  mark,
  version,
  seq,
  record,
  sentAt: 100 * seq,
  answeredAt: 100 * seq + 10,
  combined: false,
});

describe('marks', () => {
  it('adds a mark to a record without touching its other fields', () => {
    const once = withMark(bob, 'e1#0');
    const twice = withMark(once, 'e2#3');
    expect(marksOf(twice)).toEqual(['e1#0', 'e2#3']);
    expect((twice as Entity).attributes?.age).toBe(40);
    expect(marksOf(bob)).toEqual([]);
  });
});

describe('final state against the log of accepted writes', () => {
  const initial = new Map([
    [ANA, ana],
    [BOB, bob],
  ]);

  it('finds nothing wrong when each accepted edit built on the one before', () => {
    const first = withMark(ana, 'e1#0');
    const second = withMark(first, 'e2#0');
    const log = [write('e1', 'e1#0', 1, first), write('e2', 'e2#0', 2, second)];
    const final = new Map([
      [ANA, { ...second }],
      [BOB, bob],
    ]);
    const result = verifyFinalState(initial, log, final, new Map([[ANA, 2]]));
    expect(result.problems).toEqual([]);
    expect([result.recordsChecked, result.recordsEdited, result.lostWrites]).toEqual([2, 1, 0]);
  });

  it('counts a write overwritten by another accepted at the same version as lost', () => {
    const mine = withMark(ana, 'e1#0');
    const theirs = withMark(ana, 'e2#0');
    const log = [write('e1', 'e1#0', 1, mine), write('e2', 'e2#0', 1, theirs)];
    const result = verifyFinalState(
      initial,
      log,
      new Map([
        [ANA, theirs],
        [BOB, bob],
      ]),
      new Map([[ANA, 1]]),
    );
    expect(result.doubleVersions).toBe(1);
    expect(result.lostWrites).toBe(1);
  });

  it('tells a final state that is not the last accepted edit, a wrong version and an untouched record changed', () => {
    const first = withMark(ana, 'e1#0');
    const second = withMark(first, 'e2#0');
    const log = [write('e1', 'e1#0', 1, first), write('e2', 'e2#0', 2, second)];
    const final = new Map([
      [ANA, first],
      [BOB, { ...bob, label: 'Robert' }],
    ]);
    const result = verifyFinalState(initial, log, final, new Map([[ANA, 1]]));
    expect(result.mismatched).toBe(1);
    expect(result.lostWrites).toBe(1);
    expect(result.versionMismatches).toBe(1);
    expect(result.changedUntouched).toBe(1);
  });

  it('counts versions below the highest that no writer logged', () => {
    const third = withMark(withMark(withMark(ana, 'x'), 'y'), 'e1#0');
    const result = verifyFinalState(
      initial,
      [write('e1', 'e1#0', 3, third)],
      new Map([
        [ANA, third],
        [BOB, bob],
      ]),
      new Map([[ANA, 3]]),
    );
    expect(result.unaccountedVersions).toBe(2);
    expect(result.lostWrites).toBe(0);
  });
});

describe('live stream', () => {
  it('splits data payloads and keeps an unfinished block for the next read', () => {
    const { data, rest } = sseBlocks(': live\n\nid: 1\ndata: {"seq":1}\n\nid: 2\ndata: {"se');
    expect(data).toEqual(['{"seq":1}']);
    expect(rest).toBe('id: 2\ndata: {"se');
  });

  it('measures delivery to every listener but the writer, and counts the ones that never came', () => {
    const w = write('e1', 'e1#0', 1, ana, 7); // sent at 700, answered at 710
    const delivery = deliveryDelays(
      [w],
      [
        { owner: 'e1', arrivals: new Map([[7, 705]]) },
        { owner: 'e2', arrivals: new Map([[7, 725]]) },
        { owner: 'e3', arrivals: new Map() },
      ],
    );
    expect(delivery.fromSend).toEqual([25]);
    expect(delivery.afterAnswer).toEqual([15]);
    expect(delivery.missed).toBe(1);
  });
});
