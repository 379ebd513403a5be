// Which files are read in a worker: big ones and those of unknown size; small ones on the page, where a worker's
// start-up would cost more than the reading. Without workers, everything is read on the page, and still works.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IN_PAGE_MAX_CHARS, openInWorker, readsInWorker } from './openInWorker';

describe('readsInWorker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends big files and files of unknown size to a worker, and keeps small ones on the page', () => {
    vi.stubGlobal('Worker', class {});
    expect(readsInWorker(IN_PAGE_MAX_CHARS)).toBe(false);
    expect(readsInWorker(IN_PAGE_MAX_CHARS + 1)).toBe(true);
    expect(readsInWorker(null)).toBe(true);
  });

  it('reads everything on the page where there are no workers', async () => {
    expect(readsInWorker(null)).toBe(false);
    const text = JSON.stringify({ elements: { nodes: [{ data: { id: 'a' } }, { data: { id: 'b' } }], edges: [{ data: { source: 'a', target: 'b' } }] } });
    const opened = await openInWorker({ kind: 'file', text, fileName: 'tiny.cyjs' });
    expect([opened.dataset.entities.length, opened.dataset.relations.length]).toEqual([2, 1]);
  });
});
