// Loads the bundled story on demand: its text and the schema that checks it (zod) are code a page opened on another
// graph never needs. startEarly.ts starts this at once when the story is the first thing to show.
import type { Dataset } from '../model/schema';
import type * as BundledStory from './bundledStory';

let loading: Promise<typeof BundledStory> | null = null;

export function loadStoryModule(): Promise<typeof BundledStory> {
  loading ??= import('./bundledStory').catch((error: unknown) => {
    loading = null; // A later attempt tries again.
    throw error;
  });
  return loading;
}

/** The bundled story, validated (see bundledStory.ts). */
export async function loadStory(): Promise<Dataset> {
  return (await loadStoryModule()).loadBundledStory();
}
