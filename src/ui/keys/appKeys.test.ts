import { describe, expect, it } from 'vitest';
import { APP_KEYS, appKeyFor, keyHint } from './appKeys';
import { GRAPH_KEYS } from '../../view/graphKeys';

const press = (key: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe("the explorer's keys", () => {
  it('give each key one job, none of them a key of the drawing', () => {
    const keys = APP_KEYS.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    const drawing = new Set(GRAPH_KEYS.flatMap((entry) => entry.keys));
    for (const key of keys) expect(drawing.has(key), key).toBe(false);
  });

  it('answer a letter typed with or without Shift, and ? and /', () => {
    expect(appKeyFor(press('e'))?.does).toMatch(/Export image/);
    expect(appKeyFor(press('E'))?.does).toMatch(/Export image/);
    expect(appKeyFor(press('?'))?.does).toMatch(/every key/);
    expect(appKeyFor(press('/'))?.does).toMatch(/Search/);
  });

  it('leave Ctrl, Cmd and Alt combinations (undo, redo, the browser’s) and other keys alone', () => {
    expect(appKeyFor(press('z', { ctrlKey: true }))).toBeNull();
    expect(appKeyFor(press('e', { metaKey: true }))).toBeNull();
    expect(appKeyFor(press('s', { altKey: true }))).toBeNull();
    expect(appKeyFor(press('q'))).toBeNull();
    expect(appKeyFor(press('Enter'))).toBeNull();
  });

  it('name the key in the control’s title and for assistive technology', () => {
    expect(keyHint('e', 'Export image…')).toEqual({ 'aria-keyshortcuts': 'e', title: 'Export image… (E)' });
  });
});
