// An edit of the investigation on screen: one step of undo, the view kept, a selection of what went dropped.
import { describe, expect, it } from 'vitest';
import { explorerReducer, initialState, type ExplorerState } from './explorer';
import { datasetSchema } from '../model/schema';
import { miniDataset } from '../test/miniDataset';
import { FIXED_FACETS } from '../model/facets';

const investigation = { id: 'inv-1', kind: 'own' as const };
const loaded = (): ExplorerState =>
  explorerReducer(initialState, {
    type: 'loaded',
    dataset: datasetSchema.parse(miniDataset()),
    investigation,
  });

describe('an edit', () => {
  it('shows the new dataset, keeps the filters and the investigation, and is one undo step', () => {
    const filtered = explorerReducer(loaded(), { type: 'togglePick', facet: FIXED_FACETS.country, value: 'RU' });
    const before = filtered.story!;
    const dataset = {
      ...before.dataset,
      entities: before.dataset.entities.map((e) => (e.id === 'putin' ? { ...e, label: 'V. Putin' } : e)),
    };
    const edited = explorerReducer(filtered, { type: 'edited', dataset, message: 'Changed “V. Putin”.' });
    expect(edited.story!.graph.getNodeAttribute('putin', 'label')).toBe('V. Putin');
    expect(edited.story!.investigation).toEqual(investigation);
    expect(edited.story!.editOf).toBe(before.graph);
    // The filter on Russia still applies: Putin and Russia only.
    expect([...edited.visibility.nodes].sort()).toEqual(['putin', 'russia']);
    expect(edited.notice).toEqual({ kind: 'restored', message: 'Changed “V. Putin”.' });

    const undone = explorerReducer(edited, { type: 'undo' });
    expect(undone.story).toBe(before);
    expect(undone.story!.graph.getNodeAttribute('putin', 'label')).toBe('Vladimir Putin');
    const redone = explorerReducer(undone, { type: 'redo' });
    expect(redone.story!.graph.getNodeAttribute('putin', 'label')).toBe('V. Putin');
  });

  it('drops the selection of an entity the edit deleted, and keeps one that is still there', () => {
    const state = loaded();
    const selected = explorerReducer(state, { type: 'select', selection: { kind: 'entity', id: 'junk' } });
    const dataset = { ...state.story!.dataset, entities: state.story!.dataset.entities.filter((e) => e.id !== 'junk') };
    expect(explorerReducer(selected, { type: 'edited', dataset, message: 'Deleted.' }).selection).toBeNull();
    const other = explorerReducer(state, { type: 'select', selection: { kind: 'entity', id: 'iran' } });
    expect(explorerReducer(other, { type: 'edited', dataset, message: 'Deleted.' }).selection).toEqual({
      kind: 'entity',
      id: 'iran',
    });
  });
});
