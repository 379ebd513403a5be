// What the page opens with when no graph is named in its address: the investigation open last time (the bundled
// story's edited copy, an imported graph, the user's own), or else the bundled story as published.
import type { Dispatch } from 'react';
import type { Action } from '../../state/explorer';
import { loadStory } from '../../io/storyLoader';
import { STORY_ID, lastOpen, loadInvestigation } from '../../state/investigations';
import { markPublished } from './published';

/** Shows the bundled story as published; resolves once it is in the state. */
export function showPublishedStory(dispatch: Dispatch<Action>): Promise<void> {
  return loadStory().then(
    (dataset) => {
      markPublished(dataset);
      dispatch({ type: 'loaded', dataset, investigation: { id: STORY_ID, kind: 'story' } });
    },
    (err: unknown) => dispatch({ type: 'loadFailed', message: (err as Error).message }),
  );
}

export const NOT_STORED = 'That investigation is no longer stored in this browser.';

/** Opens a stored investigation; otherwise resolves with why it could not be (nothing on screen changes). */
export async function showStoredInvestigation(id: string, dispatch: Dispatch<Action>): Promise<string | null> {
  const loaded = await loadInvestigation(id).catch((error: unknown) => ({
    kind: 'damaged' as const,
    reason: `the browser's storage could not be read (${(error as Error).message})`,
  }));
  if (loaded.kind === 'found') {
    const { summary, dataset } = loaded;
    const origin = {
      name: summary.title,
      format: summary.kind === 'story' ? 'your copy of the story' : 'investigation',
    };
    dispatch({ type: 'loaded', dataset, origin, investigation: { id: summary.id, kind: summary.kind } });
    return null;
  }
  return loaded.kind === 'damaged' ? `The stored investigation could not be opened: ${loaded.reason}` : NOT_STORED;
}

/** The last investigation, else the published story (with the reason when the last one could not be read). */
export async function openAtStart(dispatch: Dispatch<Action>): Promise<void> {
  const last = await lastOpen().catch(() => null);
  const failure = last ? await showStoredInvestigation(last, dispatch) : null;
  if (last && failure === null) return;
  await showPublishedStory(dispatch);
  // The story's copy is stored only once changed: its absence is no failure.
  if (failure && !(last === STORY_ID && failure === NOT_STORED))
    dispatch({ type: 'notify', notice: { kind: 'warning', message: failure } });
}
