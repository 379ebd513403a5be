// Which files are read in a worker: big ones and those of unknown size; small ones on the page, where a worker's
// start-up would cost more than the reading. Without workers, everything is read on the page, and still works.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  IN_PAGE_MAX_CHARS,
  QUICK_IN_PAGE_MAX_CHARS,
  openInWorker,
  readsInWorker,
  wantsWorkerEarly,
} from './openInWorker';

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
    const text = JSON.stringify({
      elements: {
        nodes: [{ data: { id: 'a' } }, { data: { id: 'b' } }],
        edges: [{ data: { source: 'a', target: 'b' } }],
      },
    });
    const opened = await openInWorker({ kind: 'file', text, fileName: 'tiny.cyjs' });
    expect([opened.dataset.entities.length, opened.dataset.relations.length]).toEqual([2, 1]);
  });

  it('starts a worker early only for files the page will not read itself', () => {
    vi.stubGlobal('Worker', class {});
    expect(wantsWorkerEarly(IN_PAGE_MAX_CHARS)).toBe(false);
    expect(wantsWorkerEarly(QUICK_IN_PAGE_MAX_CHARS)).toBe(false);
    expect(wantsWorkerEarly(QUICK_IN_PAGE_MAX_CHARS + 1)).toBe(true);
    expect(wantsWorkerEarly(null)).toBe(true);
  });

  /** A Cytoscape JSON text of 3,000 nodes and 3,000 edges: past the small-file limit, within the quick one. */
  function cytoscapeText(extra: Record<string, unknown> = {}): string {
    const nodes = Array.from({ length: 3000 }, (_, i) => ({
      data: { id: `n${i}`, label: `Node number ${i}`, country: 'VE', ...extra },
    }));
    const edges = Array.from({ length: 3000 }, (_, i) => ({ data: { source: `n${i}`, target: `n${(i * 7) % 3000}` } }));
    return JSON.stringify({ elements: { nodes, edges } });
  }

  it('reads a plain Cytoscape file of medium size on the page, without starting a worker', async () => {
    const started = vi.fn();
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          started();
        }
      },
    );
    const text = cytoscapeText();
    expect(text.length).toBeGreaterThan(IN_PAGE_MAX_CHARS);
    const opened = await openInWorker({ kind: 'file', text, fileName: 'medium.cyjs' });
    expect([opened.dataset.entities.length, opened.dataset.relations.length]).toEqual([3000, 3000]);
    expect(opened.dataset.entities[0]).toMatchObject({ id: 'n0', label: 'Node number 0', country: 'VE' });
    expect(started).not.toHaveBeenCalled();
  });

  it('hands a medium file the one-pass route cannot take to a worker', () => {
    const started = vi.fn();
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          started();
        }
        addEventListener() {}
        postMessage() {}
      },
    );
    // Nested values need the general path (kept as JSON text, with a warning).
    void openInWorker({ kind: 'file', text: cytoscapeText({ tags: ['a', 'b'] }), fileName: 'nested.cyjs' });
    expect(started).toHaveBeenCalledTimes(1);
  });
});
