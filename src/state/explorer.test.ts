import { describe, expect, it } from 'vitest';
import { explorerReducer, initialState, LARGE_GRAPH_ELEMENTS, type ExplorerState } from './explorer';
import { datasetSchema } from '../model/schema';
import { miniDataset } from '../test/miniDataset';
import { FIXED_FACETS } from '../model/facets';

const loaded = (): ExplorerState =>
  explorerReducer(initialState, { type: 'loaded', dataset: datasetSchema.parse(miniDataset()) });

describe('explorer state', () => {
  it('shows the whole story once loaded', () => {
    const state = loaded();
    expect(state.status).toEqual({ kind: 'ready' });
    expect(state.visibility.nodes.size).toBe(7);
    expect(state.visibility.edges.size).toBe(5);
  });

  it('recomputes visibility when a facet is toggled, and resets', () => {
    const filtered = explorerReducer(loaded(), { type: 'togglePick', facet: FIXED_FACETS.country, value: 'RU' });
    expect([...filtered.visibility.nodes].sort()).toEqual(['putin', 'russia']);
    const reset = explorerReducer(filtered, { type: 'resetFilters' });
    expect(reset.visibility.nodes.size).toBe(7);
  });

  it('keeps a chosen source selected whatever the filters, and closes the evidence views for a graph without sources', () => {
    const withSource = explorerReducer(explorerReducer(loaded(), { type: 'showPanel', panel: 'sources' }), {
      type: 'select',
      selection: { kind: 'source', id: 'docs' },
    });
    const filtered = explorerReducer(withSource, { type: 'togglePick', facet: FIXED_FACETS.country, value: 'IR' });
    expect(filtered.selection).toEqual({ kind: 'source', id: 'docs' });
    expect(explorerReducer(filtered, { type: 'loaded', dataset: datasetSchema.parse(miniDataset()) }).panel).toBe(
      'sources',
    );
    const plain = datasetSchema.parse({
      title: 'Plain',
      entities: [{ id: 'a', type: 'person', label: 'A' }],
      relations: [],
    });
    const opened = explorerReducer(filtered, { type: 'loaded', dataset: plain });
    expect(opened.panel).toBe('filters');
    expect(opened.selection).toBeNull();
  });

  it('expands an ego view by hand and collapses it again', () => {
    const centred = explorerReducer(
      explorerReducer(loaded(), { type: 'select', selection: { kind: 'entity', id: 'maduro' } }),
      {
        type: 'setEgo',
        hops: 1,
        direction: 'both',
      },
    );
    expect([...centred.visibility.nodes].sort()).toEqual(['letter', 'maduro', 'russia']);
    const grown = explorerReducer(centred, { type: 'expandEgo', id: 'letter' });
    expect([...grown.visibility.nodes].sort()).toEqual(['letter', 'maduro', 'putin', 'russia', 'velasquez']);
    const back = explorerReducer(grown, { type: 'collapseEgo', id: 'letter' });
    expect([...back.visibility.nodes].sort()).toEqual(['letter', 'maduro', 'russia']);
    expect(explorerReducer(back, { type: 'setEgo', hops: 0, direction: 'both' }).visibility.nodes.size).toBe(7);
  });

  it('drops a selection that the filters hide, keeps one they show', () => {
    const selected = explorerReducer(loaded(), {
      type: 'select',
      selection: { kind: 'entity', id: 'maduro' },
      center: true,
    });
    expect(selected.centerOnSelection).toBe(true);
    const kept = explorerReducer(selected, { type: 'togglePick', facet: FIXED_FACETS.country, value: 'VE' });
    expect(kept.selection).toEqual({ kind: 'entity', id: 'maduro' });
    const dropped = explorerReducer(kept, { type: 'togglePick', facet: FIXED_FACETS.entityType, value: 'document' });
    expect(dropped.selection).toBeNull();
  });

  it('keeps the current story when a later load fails, and says why', () => {
    const failed = explorerReducer(loaded(), { type: 'loadFailed', message: 'bad file' });
    expect(failed.notice).toEqual({ kind: 'error', message: 'bad file' });
    expect(failed.story?.graph.order).toBe(7);
  });

  it('opening a graph is a step that undo takes back, filters included, and redo takes forward again', () => {
    const filtered = explorerReducer(loaded(), { type: 'togglePick', facet: FIXED_FACETS.country, value: 'RU' });
    const other = datasetSchema.parse({
      title: 'Other',
      entities: [{ id: 'x', type: 'person', label: 'X' }],
      relations: [],
    });
    const opened = explorerReducer(filtered, {
      type: 'loaded',
      dataset: other,
      origin: { name: 'other.gexf', format: 'GEXF' },
      warnings: ['w'],
    });
    expect(opened.story?.graph.order).toBe(1);
    expect(opened.notice).toEqual({
      kind: 'opened',
      message: 'Opened other.gexf (GEXF): 1 entity, 0 relations.',
      warnings: ['w'],
    });
    const restored = explorerReducer(opened, { type: 'undo' });
    expect(restored.story?.graph.order).toBe(7);
    expect([...restored.visibility.nodes].sort()).toEqual(['putin', 'russia']);
    expect(restored.notice?.kind).toBe('restored');
    const again = explorerReducer(restored, { type: 'redo' });
    expect(again.story?.dataset.title).toBe('Other');
    // One more undo and one more: back to the story, then to the story unfiltered.
    const back = explorerReducer(explorerReducer(again, { type: 'undo' }), { type: 'undo' });
    expect(back.visibility.nodes.size).toBe(7);
  });

  it('asks for a new layout run each time a layout is chosen, even the same one', () => {
    const once = explorerReducer(loaded(), { type: 'setLayout', layout: 'circle' });
    const twice = explorerReducer(once, { type: 'setLayout', layout: 'circle' });
    expect(twice.layoutRun).toBe(once.layoutRun + 1);
  });

  it('says it is drawing a big graph until the view reports it drawn, without hiding other progress', () => {
    const entities = Array.from({ length: LARGE_GRAPH_ELEMENTS }, (_, i) => ({
      id: `n${i}`,
      type: 'person',
      label: `N${i}`,
    }));
    const big = datasetSchema.parse({ title: 'Big', entities, relations: [] });
    const opened = explorerReducer(loaded(), {
      type: 'loaded',
      dataset: big,
      origin: { name: 'big.gexf', format: 'GEXF' },
    });
    expect(opened.busy?.message).toBe(`Drawing ${LARGE_GRAPH_ELEMENTS.toLocaleString('en')} entities and 0 relations…`);
    expect(explorerReducer(opened, { type: 'drawn' }).busy).toBeNull();
    const fetching = explorerReducer(loaded(), { type: 'busy', busy: { message: 'Fetching g.gexf…', fraction: null } });
    expect(explorerReducer(fetching, { type: 'drawn' }).busy?.message).toBe('Fetching g.gexf…');
  });
});

describe('the time window in the explorer state', () => {
  const dated = (): ExplorerState => {
    const data = miniDataset();
    const dates: Record<string, string> = { r1: '2025-10-26', r3: '2025-10', r5: '2025-09' };
    for (const r of data.relations) r.date = dates[r.id];
    return explorerReducer(initialState, { type: 'loaded', dataset: datasetSchema.parse(data) });
  };
  const october = { from: 20362, to: 20392, mode: 'happened' as const, showUndated: false }; // 2025-10-01..31

  it('filters by the window, and a drag is one undo step back to the window before it', () => {
    const start = dated();
    const dragging = explorerReducer(start, { type: 'setTime', time: { ...october, to: 20380 }, record: false });
    expect(dragging.history.past.length).toBe(start.history.past.length);
    const settled = explorerReducer(dragging, { type: 'setTime', time: october });
    expect([...settled.visibility.edges].sort()).toEqual(['r1', 'r3']);
    expect(settled.history.past.length).toBe(start.history.past.length + 1);
    const undone = explorerReducer(settled, { type: 'undo' });
    expect(undone.filters.time).toBeUndefined();
    expect(undone.visibility.edges.size).toBe(5);
  });

  it('brings back a selection the gesture hid, with the window before it', () => {
    const selected = explorerReducer(dated(), { type: 'select', selection: { kind: 'relation', id: 'r1' } });
    // r1 is dated 26 October: a window on early October hides it, and the selection with it.
    const early = { ...october, to: 20371 };
    const dragging = explorerReducer(selected, { type: 'setTime', time: early, record: false });
    expect(dragging.selection).toBeNull();
    const settled = explorerReducer(dragging, { type: 'setTime', time: early });
    const undone = explorerReducer(settled, { type: 'undo' });
    expect(undone.selection).toEqual({ kind: 'relation', id: 'r1' });
    expect(undone.filters.time).toBeUndefined();
  });

  it('takes back a gesture under way on undo, leaving the earlier steps in history', () => {
    const first = explorerReducer(dated(), { type: 'setTime', time: october });
    const moving = explorerReducer(first, {
      type: 'setTime',
      time: { ...october, from: october.from + 7 },
      record: false,
    });
    const further = explorerReducer(moving, {
      type: 'setTime',
      time: { ...october, from: october.from + 14 },
      record: false,
    });
    const undone = explorerReducer(further, { type: 'undo' });
    // Back to where the gesture began (the October window), not to the step before it.
    expect(undone.filters.time).toEqual(october);
    expect(undone.timeGesture).toBeNull();
    expect(undone.history).toBe(first.history);
    // The next undo goes on to the step before: no window at all.
    expect(explorerReducer(undone, { type: 'undo' }).filters.time).toBeUndefined();
    // Each undo tells the time bar (a run under way ends).
    expect(undone.viewJumps).toBe(further.viewJumps + 1);
  });

  it('keeps as "now", on redo mid-gesture, the window the gesture began from', () => {
    const first = explorerReducer(dated(), { type: 'setTime', time: october });
    const ticked = explorerReducer(first, { type: 'togglePick', facet: 'entity:country', value: 'RU' });
    const back = explorerReducer(ticked, { type: 'undo' });
    const moving = explorerReducer(back, {
      type: 'setTime',
      time: { ...october, from: october.from + 14 },
      record: false,
    });
    const redone = explorerReducer(moving, { type: 'redo' });
    expect(redone.filters.picks.get('entity:country')).toEqual(['RU']);
    // Undo after the redo comes back to the settled October window, not to the unsettled +14 days.
    expect(explorerReducer(redone, { type: 'undo' }).filters.time).toEqual(october);
  });
});
