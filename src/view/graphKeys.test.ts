import { describe, expect, it } from 'vitest';
import { GRAPH_KEYS, graphCommandFor, KEY_ZOOM, type KeyPress } from './graphKeys';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('graph keys', () => {
  it('pan the drawing against the arrow, so the view looks the way the arrow points', () => {
    const left = graphCommandFor(press('ArrowLeft'));
    const right = graphCommandFor(press('ArrowRight'));
    const up = graphCommandFor(press('ArrowUp'));
    const down = graphCommandFor(press('ArrowDown'));
    expect(left).toMatchObject({ kind: 'pan', dy: 0 });
    expect(right).toMatchObject({ kind: 'pan', dy: 0 });
    expect(up).toMatchObject({ kind: 'pan', dx: 0 });
    expect(down).toMatchObject({ kind: 'pan', dx: 0 });
    if (left?.kind !== 'pan' || right?.kind !== 'pan' || up?.kind !== 'pan' || down?.kind !== 'pan')
      throw new Error('arrows must pan');
    expect(left.dx).toBeGreaterThan(0);
    expect(right.dx).toBe(-left.dx);
    expect(up.dy).toBeGreaterThan(0);
    expect(down.dy).toBe(-up.dy);
  });

  it('zoom in with + (typed with or without Shift) and back out by the same step with -', () => {
    expect(graphCommandFor(press('+'))).toEqual({ kind: 'zoom', factor: KEY_ZOOM });
    expect(graphCommandFor(press('='))).toEqual({ kind: 'zoom', factor: KEY_ZOOM });
    const out = graphCommandFor(press('-'));
    expect(out?.kind === 'zoom' && out.factor * KEY_ZOOM).toBeCloseTo(1, 12);
    expect(KEY_ZOOM).toBeGreaterThan(1);
  });

  it('clear the selection with Escape and expand the selected entity with Enter', () => {
    expect(graphCommandFor(press('Escape'))).toEqual({ kind: 'clearSelection' });
    expect(graphCommandFor(press('Enter'))).toEqual({ kind: 'expandSelected' });
  });

  it('leave other keys and shortcuts with Ctrl, Cmd or Alt to the page', () => {
    expect(graphCommandFor(press('a'))).toBeNull();
    expect(graphCommandFor(press('Tab'))).toBeNull();
    expect(graphCommandFor(press(' '))).toBeNull();
    expect(graphCommandFor(press('+', { ctrlKey: true }))).toBeNull();
    expect(graphCommandFor(press('-', { metaKey: true }))).toBeNull();
    expect(graphCommandFor(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(graphCommandFor(press('Enter', { ctrlKey: true }))).toBeNull();
  });
});

describe('the table of graph keys (which the page lists as they are)', () => {
  it('names each key once, and each named key does what the table says', () => {
    const keys = GRAPH_KEYS.flatMap((entry) => entry.keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of GRAPH_KEYS)
      for (const key of entry.keys) expect(graphCommandFor(press(key)), key).toBe(entry.command);
  });

  it('lists the keys the user guide gives the drawing: arrows, + and -, Enter and Escape', () => {
    const keys = GRAPH_KEYS.flatMap((entry) => entry.keys);
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '-', 'Enter', 'Escape'])
      expect(keys).toContain(key);
  });
});
