// What the app has stored in the browser (IndexedDB) about the datasets it showed, read as a test sees it from
// outside: tests wait for a record to hold a change before they reload, rather than guessing how long saving takes.
import type { Page } from '@playwright/test';

/** One dataset's record as stored (src/state/persistence.ts writes it). */
export interface StoredRecord {
  ids: string[];
  xy: number[];
  pinned: string[];
  savedViews: { name: string }[];
}

/** Every dataset record the app stored; none before it has saved anything. */
export function storedRecords(page: Page): Promise<StoredRecord[]> {
  return page.evaluate(
    () =>
      new Promise<StoredRecord[]>((resolve) => {
        const open = indexedDB.open('story-graph-explorer');
        // Not there yet: do not create it (the app would then find a database without its table).
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('datasets')) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction('datasets').objectStore('datasets').getAll();
          all.onsuccess = () => {
            resolve(all.result as StoredRecord[]);
            db.close();
          };
          all.onerror = () => resolve([]);
        };
      }),
  );
}

/** Where the stored record puts a node, or null when no record holds it. */
export async function storedPosition(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  for (const record of await storedRecords(page)) {
    const i = record.ids.indexOf(id);
    if (i >= 0) return { x: record.xy[2 * i]!, y: record.xy[2 * i + 1]! };
  }
  return null;
}
