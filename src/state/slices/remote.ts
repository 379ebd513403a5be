// A server investigation loaded a part at a time: what a search, an expand or a path brought is added to the
// story on screen, as an edit is (the drawing keeps its place and new entities appear beside what they link to).
// Each addition is one step of undo.
import type { Dataset } from '../../model/schema';
import { nodeKey } from '../../model/graph';
import { afterEdit } from './loading';
import { sliceReducer, type Handlers } from './slice';

export type RemoteAction =
  | {
      type: 'fetched';
      dataset: Dataset;
      /** Each loaded entity's relations in the whole investigation, by entity id. */
      degrees: ReadonlyMap<string, number>;
      /** What was added, in words ("Added 12 neighbours of …"). */
      message: string;
      /** An entity (by id) to select and bring to the centre: the one a search picked. */
      select?: string;
    }
  /**
   * Records changed by someone else on a shared investigation (or the user's own, as a conflict was settled) put
   * into the story: not a step of this user's undo, which takes back only their own changes.
   */
  | { type: 'remoteChanged'; dataset: Dataset; message: string };

export const REMOTE: Handlers<RemoteAction> = {
  fetched(state, action) {
    const remote = state.story?.remote;
    if (!remote) return state;
    const next = afterEdit(state, action.dataset, { ...remote, degrees: action.degrees });
    const key = action.select === undefined ? null : nodeKey(action.select);
    // What a search picked is selected and brought to the centre; after an expand or a path the view shows what
    // came (GraphCanvas fits it), so the selection from before is not centred again.
    const selected =
      key !== null && next.story!.graph.hasNode(key)
        ? { ...next, selection: { kind: 'entity' as const, id: key }, centreOnSelection: true }
        : { ...next, centreOnSelection: false };
    return { ...selected, notice: { kind: 'restored', message: action.message } };
  },
  remoteChanged(state, action) {
    if (!state.story?.shared) return state;
    return { ...afterEdit(state, action.dataset), notice: { kind: 'restored', message: action.message } };
  },
};

export const remoteReducer = sliceReducer(REMOTE);
