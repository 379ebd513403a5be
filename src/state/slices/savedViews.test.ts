import { describe, expect, it } from 'vitest';
import { openMini } from '../../test/explorerStates';
import { savedViewsReducer } from './savedViews';

const view = (id: string) => ({ id, name: `View ${id}`, caption: '', params: `s=${id}` });
const withViews = (...ids: string[]) => savedViewsReducer(openMini(), { type: 'setSavedViews', views: ids.map(view) });
const ids = (state: ReturnType<typeof openMini>) => state.savedViews.map((v) => v.id);

describe('saveView and setSavedViews', () => {
  it('adds a view at the end; saving an id again replaces that view and puts it last', () => {
    const two = savedViewsReducer(withViews('a'), { type: 'saveView', view: view('b') });
    expect(ids(two)).toEqual(['a', 'b']);
    const renamed = { ...view('a'), name: 'Renamed' };
    const again = savedViewsReducer(two, { type: 'saveView', view: renamed });
    expect(again.savedViews).toEqual([view('b'), renamed]);
  });

  it('setSavedViews replaces the list', () => {
    expect(ids(withViews('x', 'y'))).toEqual(['x', 'y']);
    expect(ids(savedViewsReducer(withViews('x', 'y'), { type: 'setSavedViews', views: [] }))).toEqual([]);
  });
});

describe('deleteView', () => {
  it('removes the view and ends the walkthrough', () => {
    const presenting = savedViewsReducer(withViews('a', 'b'), { type: 'present', step: 1 });
    const state = savedViewsReducer(presenting, { type: 'deleteView', id: 'a' });
    expect(ids(state)).toEqual(['b']);
    expect(state.presenting).toBeNull();
  });
});

describe('moveView', () => {
  it('swaps a view with its neighbour, and does nothing past either end or for an unknown view', () => {
    const three = withViews('a', 'b', 'c');
    expect(ids(savedViewsReducer(three, { type: 'moveView', id: 'b', by: 1 }))).toEqual(['a', 'c', 'b']);
    expect(ids(savedViewsReducer(three, { type: 'moveView', id: 'b', by: -1 }))).toEqual(['b', 'a', 'c']);
    expect(savedViewsReducer(three, { type: 'moveView', id: 'a', by: -1 })).toBe(three);
    expect(savedViewsReducer(three, { type: 'moveView', id: 'c', by: 1 })).toBe(three);
    expect(savedViewsReducer(three, { type: 'moveView', id: 'z', by: 1 })).toBe(three);
  });
});

describe('present', () => {
  it('shows a step of the walkthrough, kept within the views there are, and null ends it', () => {
    const three = withViews('a', 'b', 'c');
    expect(savedViewsReducer(three, { type: 'present', step: 1 }).presenting).toBe(1);
    expect(savedViewsReducer(three, { type: 'present', step: 7 }).presenting).toBe(2);
    expect(savedViewsReducer(three, { type: 'present', step: -3 }).presenting).toBe(0);
    const on = savedViewsReducer(three, { type: 'present', step: 0 });
    expect(savedViewsReducer(on, { type: 'present', step: null }).presenting).toBeNull();
  });

  it('cannot start without views', () => {
    expect(savedViewsReducer(withViews(), { type: 'present', step: 0 }).presenting).toBeNull();
  });
});

describe('resumeWork', () => {
  it('brings back the saved views and whether the drawing was arranged', () => {
    const state = savedViewsReducer(withViews('a'), { type: 'resumeWork', savedViews: [view('old')], arranged: true });
    expect(ids(state)).toEqual(['old']);
    expect(state.arranged).toBe(true);
  });
});
