import { describe, expect, it } from 'vitest';
import { initialState } from '../explorer';
import { FIXED_FACETS } from '../../model/facets';
import { DEFAULT_APPEARANCE } from '../../appearance/appearance';
import { after, mini, openMini, people } from '../../test/explorerStates';
import { loadingReducer } from './loading';
import { DRAWING_MESSAGE_FROM_ELEMENTS } from '../../model/thresholds';

// The mini dataset has 7 entities (Russia and Putin in RU; Iran in IR; the rest but one in VE) and 5 relations,
// and 4 sources.
const RU = { type: 'togglePick', facet: FIXED_FACETS.country, value: 'RU' } as const;

describe('loaded', () => {
  it('shows the whole story, ready', () => {
    const state = loadingReducer(initialState, { type: 'loaded', dataset: mini() });
    expect(state.status).toEqual({ kind: 'ready' });
    expect(state.story?.graph.order).toBe(7);
    expect(state.visibility.nodes.size).toBe(7);
    expect(state.visibility.edges.size).toBe(5);
    expect(state.notice).toBeNull();
  });

  it('says what it opened, from where, with the warnings', () => {
    const state = loadingReducer(openMini(), {
      type: 'loaded',
      dataset: people(1),
      origin: { name: 'other.gexf', format: 'GEXF' },
      warnings: ['w'],
    });
    expect(state.origin).toEqual({ name: 'other.gexf', format: 'GEXF' });
    expect(state.notice).toEqual({
      kind: 'opened',
      message: 'Opened other.gexf (GEXF): 1 entity, 0 relations.',
      warnings: ['w'],
    });
  });

  it('puts aside what belonged to the graph before: filters, selection, ego view, path, pins, appearance, metrics', () => {
    const busy = after(
      openMini(),
      RU,
      { type: 'select', selection: { kind: 'entity', id: 'russia' } },
      { type: 'setEgo', hops: 1, direction: 'both' },
      { type: 'togglePin', id: 'russia' },
      { type: 'setPath', path: { from: 'russia', to: 'putin', directed: false, rules: null, bestSupported: false } },
      { type: 'setAppearance', appearance: { ...DEFAULT_APPEARANCE, sizeBy: 'metric:pagerank' } },
      { type: 'metricDone', id: 'degree', values: new Map([['russia', 1]]) },
    );
    const state = loadingReducer(busy, { type: 'loaded', dataset: mini() });
    expect(state.filters.picks.size).toBe(0);
    expect(state.visibility.nodes.size).toBe(7);
    expect(state.selection).toBeNull();
    expect(state.ego).toBeNull();
    expect(state.path).toBeNull();
    expect(state.pinned.size).toBe(0);
    expect(state.appearance).toEqual(DEFAULT_APPEARANCE);
    expect(state.metrics.values.size).toBe(0);
  });

  it('brings the saved views the dataset carries', () => {
    const view = { id: 'v1', name: 'Russia', caption: '', params: 'f=RU' };
    const state = loadingReducer(openMini(), { type: 'loaded', dataset: mini((d) => (d.views = [view])) });
    expect(state.savedViews).toEqual([view]);
  });

  it('keeps an evidence view open for a graph with sources, and closes it for one without', () => {
    const withSource = after(
      openMini(),
      { type: 'showPanel', panel: 'sources' },
      { type: 'select', selection: { kind: 'source', id: 'docs' } },
    );
    expect(loadingReducer(withSource, { type: 'loaded', dataset: mini() }).panel).toBe('sources');
    const opened = loadingReducer(withSource, { type: 'loaded', dataset: people(1) });
    expect(opened.panel).toBe('filters');
    expect(opened.selection).toBeNull();
    // The ranking needs no sources: it stays.
    const ranking = after(openMini(), { type: 'showPanel', panel: 'ranking' });
    expect(loadingReducer(ranking, { type: 'loaded', dataset: people(1) }).panel).toBe('ranking');
  });

  it('says it is drawing a graph big enough to take a while', () => {
    const opened = loadingReducer(openMini(), { type: 'loaded', dataset: people(DRAWING_MESSAGE_FROM_ELEMENTS) });
    expect(opened.busy).toEqual({
      message: `Drawing ${DRAWING_MESSAGE_FROM_ELEMENTS.toLocaleString('en')} entities and 0 relations…`,
      fraction: null,
      drawing: true,
    });
    expect(loadingReducer(openMini(), { type: 'loaded', dataset: people(10) }).busy).toBeNull();
  });
});

describe('loadFailed', () => {
  it('keeps the story on screen and says why', () => {
    const busy = loadingReducer(openMini(), { type: 'busy', busy: { message: 'Reading…', fraction: 0.5 } });
    const failed = loadingReducer(busy, { type: 'loadFailed', message: 'bad file' });
    expect(failed.notice).toEqual({ kind: 'error', message: 'bad file' });
    expect(failed.status).toEqual({ kind: 'ready' });
    expect(failed.story?.graph.order).toBe(7);
    expect(failed.busy).toBeNull();
  });

  it('is the status when nothing was open yet', () => {
    const failed = loadingReducer(initialState, { type: 'loadFailed', message: 'no network' });
    expect(failed.status).toEqual({ kind: 'error', message: 'no network' });
    expect(failed.story).toBeNull();
  });
});

describe('redated', () => {
  it('shows the dates, keeps the filters but the time window, and the origin; says what the action says', () => {
    const windowed = after(openMini(), RU, {
      type: 'setTime',
      time: { from: 0, to: 1, mode: 'happened', showUndated: true },
    });
    const notice = { kind: 'restored', message: 'Dates taken from "when".' } as const;
    const dated = mini((d) => (d.relations[0]!.date = '2025-10-26'));
    const state = loadingReducer(windowed, { type: 'redated', dataset: dated, notice });
    expect(state.story?.dataset.relations[0]?.date).toBe('2025-10-26');
    expect(state.filters.time).toBeUndefined();
    expect(state.filters.picks.get(FIXED_FACETS.country)).toEqual(['RU']);
    expect([...state.visibility.nodes].sort()).toEqual(['putin', 'russia']);
    expect(state.notice).toEqual(notice);
  });
});

describe('edited', () => {
  const withoutJunk = mini((d) => (d.entities = d.entities.filter((e) => e.id !== 'junk')));
  const withoutMaduro = mini((d) => {
    d.entities = d.entities.filter((e) => e.id !== 'maduro');
    d.relations = d.relations.filter((r) => r.source !== 'maduro');
  });

  it('shows the edited dataset as an edit of the graph before, with its message', () => {
    const before = openMini();
    const state = loadingReducer(before, { type: 'edited', dataset: withoutJunk, message: 'Deleted Unlinked thing.' });
    expect(state.story?.graph.order).toBe(6);
    expect(state.story?.editOf).toBe(before.story?.graph);
    expect(state.notice).toEqual({ kind: 'restored', message: 'Deleted Unlinked thing.' });
  });

  it('keeps the filters, the selection and the ego view while what they name exists', () => {
    const set = after(
      openMini(),
      { type: 'togglePick', facet: FIXED_FACETS.country, value: 'VE' },
      { type: 'select', selection: { kind: 'entity', id: 'maduro' } },
      { type: 'setEgo', hops: 1, direction: 'both' },
    );
    const state = loadingReducer(set, { type: 'edited', dataset: withoutJunk, message: 'Edited.' });
    expect(state.selection).toEqual({ kind: 'entity', id: 'maduro' });
    expect(state.ego?.centre).toBe('maduro');
    expect(state.filters).toBe(set.filters);
    // Maduro's neighbours in VE: only the letter (Russia is filtered out).
    expect([...state.visibility.nodes].sort()).toEqual(['letter', 'maduro']);
  });

  it('drops the selection and the ego view of an entity the edit deleted, and the metrics of the old graph', () => {
    const set = after(
      openMini(),
      { type: 'select', selection: { kind: 'entity', id: 'maduro' } },
      { type: 'setEgo', hops: 1, direction: 'both' },
      { type: 'metricDone', id: 'degree', values: new Map([['maduro', 2]]) },
    );
    const state = loadingReducer(set, { type: 'edited', dataset: withoutMaduro, message: 'Deleted Maduro.' });
    expect(state.selection).toBeNull();
    expect(state.ego).toBeNull();
    expect(state.metrics.values.size).toBe(0);
    expect(state.visibility.nodes.size).toBe(6);
  });

  it('does nothing with no graph open', () => {
    expect(loadingReducer(initialState, { type: 'edited', dataset: withoutJunk, message: 'x' })).toBe(initialState);
  });
});

describe('busy and drawn', () => {
  it('shows progress, and clears it when the view reports the drawing done', () => {
    const drawing = loadingReducer(openMini(), { type: 'loaded', dataset: people(DRAWING_MESSAGE_FROM_ELEMENTS) });
    expect(loadingReducer(drawing, { type: 'drawn' }).busy).toBeNull();
    const fetching = loadingReducer(openMini(), {
      type: 'busy',
      busy: { message: 'Fetching g.gexf…', fraction: null },
    });
    expect(fetching.busy).toEqual({ message: 'Fetching g.gexf…', fraction: null });
    // Other work is not the drawing: 'drawn' leaves its progress alone.
    expect(loadingReducer(fetching, { type: 'drawn' }).busy?.message).toBe('Fetching g.gexf…');
    expect(loadingReducer(fetching, { type: 'busy', busy: null }).busy).toBeNull();
  });
});

describe('notify and dismissNotice', () => {
  it('shows a notice until it is dismissed', () => {
    const notice = { kind: 'warning', message: 'Storage is full.', offerExport: true } as const;
    const told = loadingReducer(openMini(), { type: 'notify', notice });
    expect(told.notice).toEqual(notice);
    expect(loadingReducer(told, { type: 'dismissNotice' }).notice).toBeNull();
  });
});
