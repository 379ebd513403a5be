// Keeps the investigation on screen saved in the browser: every change (an edit, an undo, opening another) is
// written at once, and a reload opens the last investigation again. A failed save says so and offers the project
// export, so no work is lost with the browser's storage.
import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { Action, ExplorerState } from '../../state/explorer';
import {
  STORY_ID,
  deleteInvestigation,
  rememberOpen,
  saveInvestigation,
  type InvestigationRef,
} from '../../state/investigations';
import { isPublished } from './published';
import { STORE_ON_OPEN_MAX_ENTITIES } from '../../model/thresholds';

/** Saves the open investigation after each change; returns a number that grows with every finished save. */
export function useInvestigationSaving(state: ExplorerState, dispatch: Dispatch<Action>): number {
  const [saved, setSaved] = useState(0);
  const failedBefore = useRef(false);
  const story = state.story;
  useEffect(() => {
    const ref: InvestigationRef | undefined = story?.investigation;
    if (!story || !ref) return;
    let cancelled = false;
    const done = () => {
      if (cancelled) return;
      failedBefore.current = false;
      setSaved((n) => n + 1);
    };
    const failed = (error: unknown) => {
      if (cancelled || failedBefore.current) return;
      failedBefore.current = true;
      dispatch({
        type: 'notify',
        notice: {
          kind: 'warning',
          message: `Your changes could not be saved in this browser (${(error as Error).message}). Export the project to keep them.`,
          offerExport: true,
        },
      });
    };
    // The published story unchanged (opened, or undone back to): nothing of the user's to keep.
    if (ref.id === STORY_ID && isPublished(story.dataset)) {
      // Nothing of the user's is at stake here, so a browser without storage is not worth a message.
      void deleteInvestigation(STORY_ID)
        .then(() => rememberOpen(STORY_ID))
        .then(done, () => undefined);
      return () => void (cancelled = true);
    }
    const big = ref.kind === 'imported' && !story.editOf && story.dataset.entities.length > STORE_ON_OPEN_MAX_ENTITIES;
    if (big) return;
    // Shortly after, so a burst of steps (a held undo key) writes once.
    const timer = setTimeout(() => {
      void saveInvestigation(ref, story.dataset)
        .then(() => rememberOpen(ref.id))
        .then(done, failed);
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [story, dispatch]);
  return saved;
}
