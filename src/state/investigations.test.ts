// The investigations kept in the browser, against an in-memory IndexedDB (fake-indexeddb implements the standard).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { set, createStore } from 'idb-keyval';
import {
  INVESTIGATION_STORE,
  deleteInvestigation,
  lastOpen,
  listInvestigations,
  loadInvestigation,
  rememberOpen,
  saveInvestigation,
} from './investigations';
import { datasetSchema } from '../model/schema';
import { miniDataset } from '../test/miniDataset';

const dataset = datasetSchema.parse(miniDataset());

describe('stored investigations', () => {
  it('keep a dataset with its source texts, list it with its counts, and delete it', async () => {
    const withText = {
      ...dataset,
      sources: dataset.sources.map((s) => (s.id === 'a' ? { ...s, text: 'Maduro sent a letter to Putin.' } : s)),
    };
    await saveInvestigation({ id: 'one', kind: 'own' }, withText);
    const loaded = await loadInvestigation('one');
    expect(loaded.kind).toBe('found');
    if (loaded.kind === 'found') {
      expect(loaded.dataset.sources.find((s) => s.id === 'a')?.text).toBe('Maduro sent a letter to Putin.');
      // The mini story has 7 entities and 5 relations.
      expect(loaded.summary).toMatchObject({ title: 'Mini story', entities: 7, relations: 5, kind: 'own' });
    }
    expect((await listInvestigations()).map((s) => s.id)).toContain('one');
    await rememberOpen('one');
    expect(await lastOpen()).toBe('one');
    await deleteInvestigation('one');
    expect(await loadInvestigation('one')).toEqual({ kind: 'none' });
    // The last-open mark goes with it, so a reload does not look for it.
    expect(await lastOpen()).toBeNull();
  });

  it('reports a damaged stored dataset instead of trusting it', async () => {
    await saveInvestigation({ id: 'two', kind: 'imported' }, dataset);
    const store = createStore(INVESTIGATION_STORE.database, INVESTIGATION_STORE.table);
    await set('data:two', { ...dataset, entities: [{ id: 'x', type: 'person', label: '' }] }, store);
    const loaded = await loadInvestigation('two');
    expect(loaded.kind).toBe('damaged');
    expect(loaded.kind === 'damaged' && loaded.reason).toMatch(/entities\[0\]\.label/);
  });
});
