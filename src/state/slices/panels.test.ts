import { describe, expect, it } from 'vitest';
import { mini, openMini, people } from '../../test/explorerStates';
import { panelFor, panelsReducer } from './panels';

describe('showPanel', () => {
  it('shows one panel on the left at a time', () => {
    const reader = panelsReducer(openMini(), { type: 'showPanel', panel: 'reader' });
    expect(reader.panel).toBe('reader');
    expect(panelsReducer(reader, { type: 'showPanel', panel: 'lint' }).panel).toBe('lint');
  });
});

describe('panelFor', () => {
  it('keeps any panel for a dataset with sources', () => {
    // The mini dataset has four sources.
    expect(panelFor(mini(), 'discrepancies')).toBe('discrepancies');
  });

  it('closes the evidence views for a dataset without sources, and keeps the panels that need none', () => {
    const plain = people(2);
    expect(panelFor(plain, 'sources')).toBe('filters');
    expect(panelFor(plain, 'discrepancies')).toBe('filters');
    expect(panelFor(plain, 'reader')).toBe('filters');
    for (const panel of ['ranking', 'views', 'chronology', 'investigations', 'lint', 'duplicates'] as const)
      expect(panelFor(plain, panel)).toBe(panel);
  });
});
