import { describe, expect, it } from 'vitest';
import { explorerReducer, initialState } from '../explorer';
import { after, openMini, people } from '../../test/explorerStates';
import { rendererReducer } from './renderer';

// The mini dataset: 7 entities, none with a position in the file.
const origin = { x: 0, y: 0 };

describe('setLayout', () => {
  it('asks for a run each time a layout is chosen, even the same one, and counts as arranging', () => {
    const once = rendererReducer(openMini(), { type: 'setLayout', layout: 'circle' });
    expect(once.layout).toBe('circle');
    expect(once.arranged).toBe(true);
    const twice = rendererReducer(once, { type: 'setLayout', layout: 'circle' });
    expect(twice.layoutRun).toBe(once.layoutRun + 1);
  });
});

describe('resetLayout', () => {
  it('clears the pins and runs the layout again for a file without positions', () => {
    const arranged = after(
      openMini(),
      { type: 'togglePin', id: 'iran' },
      { type: 'moved', id: 'iran', from: origin, to: { x: 9, y: 9 } },
    );
    const reset = rendererReducer(arranged, { type: 'resetLayout' });
    expect(reset.pinned.size).toBe(0);
    expect(reset.arranged).toBe(false);
    expect(reset.layoutRun).toBe(arranged.layoutRun + 1);
    expect(reset.placement).toBeNull();
  });

  it('puts the nodes back where the file placed them, when it placed every one', () => {
    const placed = explorerReducer(initialState, { type: 'loaded', dataset: people(3, true) });
    const moved = after(placed, { type: 'moved', id: 'n1', from: { x: 10, y: 0 }, to: { x: 50, y: 50 } });
    const reset = rendererReducer(moved, { type: 'resetLayout' });
    expect(reset.placement?.positions).toEqual(
      new Map([
        ['n0', { x: 0, y: 0 }],
        ['n1', { x: 10, y: 0 }],
        ['n2', { x: 20, y: 0 }],
      ]),
    );
    expect(reset.layoutRun).toBe(moved.layoutRun);
  });
});

describe('moved', () => {
  it('marks the drawing as the user’s arrangement, for an entity of the graph only', () => {
    expect(rendererReducer(openMini(), { type: 'moved', id: 'iran', from: origin, to: { x: 1, y: 1 } }).arranged).toBe(
      true,
    );
    const before = openMini();
    expect(rendererReducer(before, { type: 'moved', id: 'nobody', from: origin, to: origin })).toBe(before);
  });
});

describe('togglePin', () => {
  it('pins an entity and unpins it, ignoring what the graph does not hold', () => {
    const pinned = rendererReducer(openMini(), { type: 'togglePin', id: 'iran' });
    expect([...pinned.pinned]).toEqual(['iran']);
    expect(rendererReducer(pinned, { type: 'togglePin', id: 'iran' }).pinned.size).toBe(0);
    expect(rendererReducer(pinned, { type: 'togglePin', id: 'nobody' })).toBe(pinned);
  });
});

describe('restorePlacement', () => {
  it('asks the view to put the graph’s nodes where they were, with their pins, dropping unknown ones', () => {
    const state = rendererReducer(openMini(), {
      type: 'restorePlacement',
      positions: new Map([
        ['iran', { x: 1, y: 2 }],
        ['gone', { x: 3, y: 4 }],
      ]),
      pinned: ['iran', 'gone'],
    });
    expect(state.placement?.positions).toEqual(new Map([['iran', { x: 1, y: 2 }]]));
    expect([...state.pinned]).toEqual(['iran']);
    expect(state.arranged).toBe(true);
  });

  it('is no arrangement when none of the positions fits, and nothing at all with no graph open', () => {
    const state = rendererReducer(openMini(), {
      type: 'restorePlacement',
      positions: new Map([['gone', origin]]),
      pinned: [],
    });
    expect(state.arranged).toBe(false);
    const nothing = { type: 'restorePlacement', positions: new Map([['iran', origin]]), pinned: [] } as const;
    expect(rendererReducer(initialState, nothing)).toBe(initialState);
  });
});
