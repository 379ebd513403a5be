// Undo and redo through the explorer's reducer: each step the user takes can be walked back and forward again,
// positions included, and a new step after an undo drops what could have been redone.
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, explorerReducer, initialState, type Action, type ExplorerState } from './explorer';
import { datasetSchema } from '../model/schema';
import { miniDataset } from '../test/miniDataset';
import { FIXED_FACETS } from '../model/facets';
import { HISTORY_LIMIT } from './history';

const loaded = (): ExplorerState =>
  explorerReducer(initialState, { type: 'loaded', dataset: datasetSchema.parse(miniDataset()) });
const run = (state: ExplorerState, ...actions: Action[]) => actions.reduce(explorerReducer, state);
const at = (x: number, y: number) => ({ x, y });

describe('undo and redo', () => {
  it('has nothing to undo once the first graph is shown', () => {
    expect(canUndo(loaded())).toBe(false);
  });

  it('walks a filter, a selection and an appearance change back and forward', () => {
    const start = loaded();
    const end = run(
      start,
      { type: 'togglePick', facet: FIXED_FACETS.country, value: 'RU' },
      { type: 'select', selection: { kind: 'entity', id: 'putin' } },
      {
        type: 'setAppearance',
        appearance: { sizeBy: 'metric:pagerank', colourBy: 'type', labelBy: 'none', labelMinSize: 0 },
      },
    );
    const back = run(end, { type: 'undo' }, { type: 'undo' }, { type: 'undo' });
    expect(back.visibility.nodes.size).toBe(7);
    expect(back.selection).toBeNull();
    expect(back.appearance.sizeBy).toBe('degree');
    expect(back.appearance.labelBy).toBe('name');
    expect(canUndo(back)).toBe(false);
    const forward = run(back, { type: 'redo' }, { type: 'redo' }, { type: 'redo' });
    expect([...forward.visibility.nodes].sort()).toEqual(['putin', 'russia']);
    expect(forward.selection).toEqual({ kind: 'entity', id: 'putin' });
    expect(forward.appearance.sizeBy).toBe('metric:pagerank');
    expect(forward.appearance.labelBy).toBe('none');
    expect(canRedo(forward)).toBe(false);
  });

  it('puts a moved node back where it was, and forward to where it was put', () => {
    const moved = run(loaded(), { type: 'moved', id: 'putin', from: at(0, 0), to: at(50, 20) });
    const undone = explorerReducer(moved, { type: 'undo', positions: new Map([['putin', at(50, 20)]]) });
    expect(undone.placement?.positions.get('putin')).toEqual(at(0, 0));
    const redone = explorerReducer(undone, { type: 'redo', positions: new Map([['putin', at(0, 0)]]) });
    expect(redone.placement?.positions.get('putin')).toEqual(at(50, 20));
  });

  it('takes back a layout with every position it replaced, even a re-run of the same one', () => {
    const before = new Map([
      ['putin', at(1, 2)],
      ['russia', at(3, 4)],
    ]);
    const state = loaded();
    const again = run(state, { type: 'setLayout', layout: state.layout, before });
    expect(canUndo(again)).toBe(true);
    const undone = explorerReducer(again, { type: 'undo' });
    expect(undone.placement?.positions).toEqual(before);
    // Undoing puts positions back without running the layout again.
    expect(undone.layoutRun).toBe(again.layoutRun);
  });

  it('pins and unpins as steps, and Reset layout unpins all', () => {
    const pinned = run(loaded(), { type: 'togglePin', id: 'putin' }, { type: 'togglePin', id: 'russia' });
    expect([...pinned.pinned].sort()).toEqual(['putin', 'russia']);
    expect([...explorerReducer(pinned, { type: 'undo' }).pinned]).toEqual(['putin']);
    const reset = explorerReducer(pinned, { type: 'resetLayout' });
    expect(reset.pinned.size).toBe(0);
    expect([...explorerReducer(reset, { type: 'undo' }).pinned].sort()).toEqual(['putin', 'russia']);
  });

  it('forgets what could be redone once a new step is taken', () => {
    const undone = run(loaded(), { type: 'togglePick', facet: FIXED_FACETS.country, value: 'RU' }, { type: 'undo' });
    expect(canRedo(undone)).toBe(true);
    const branched = explorerReducer(undone, { type: 'togglePick', facet: FIXED_FACETS.country, value: 'IR' });
    expect(canRedo(branched)).toBe(false);
  });

  it('keeps a bounded number of steps', () => {
    let state = loaded();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++)
      state = explorerReducer(state, { type: 'moved', id: 'putin', from: at(i, 0), to: at(i + 1, 0) });
    expect(state.history.past).toHaveLength(HISTORY_LIMIT);
  });

  it('restores a view from a link without making it a step, but a saved view shown later is one', () => {
    const linked = explorerReducer(loaded(), {
      type: 'restoreView',
      patch: { layout: 'circle', selection: { kind: 'entity', id: 'putin' } },
      record: false,
    });
    expect(linked.selection).toEqual({ kind: 'entity', id: 'putin' });
    expect(canUndo(linked)).toBe(false);
    const shown = explorerReducer(linked, { type: 'restoreView', patch: { selection: null } });
    expect(explorerReducer(shown, { type: 'undo' }).selection).toEqual({ kind: 'entity', id: 'putin' });
  });
});
