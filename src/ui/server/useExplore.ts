// The app's ways into the graph source: expanding an entity, adding a search result, and following a path. For a
// graph held whole they stay what they were (the ego view, paths over what is loaded); for an investigation loaded
// a part at a time they ask the server and add what comes back, as one step of undo each.
import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { Action, ExplorerState, Story } from '../../state/explorer';
import type { EntityHit, NeighbourChoice } from '../../state/graphSource/graphSource';
import { EXPAND_ASK_ABOVE } from '../../state/graphSource/graphSource';
import { count, fetchedStep, leftOutIn, leftOutOf, linkedIds, sourceFor } from '../../state/graphSource/explore';
import type { Additions } from '../../state/graphSource/additions';
import { isAborted } from '../../io/server/client';
import { validateDataset } from '../../io/validate';
import { nodeKey } from '../../model/graph';

export interface Explore {
  /** Adds an entity's neighbours (by graph key): the ego view, the server, or first the expand dialog. */
  expand(key: string): void;
  /** Adds the neighbours the expand dialog chose; resolves to how many came and how many relations stay out. */
  addNeighbours(key: string, choice: NeighbourChoice): Promise<NeighboursAdded | null>;
  /** Adds a search result to the drawing (if not there yet), selected unless `select` is false; returns its name. */
  addEntity(hit: EntityHit, select?: boolean): string;
  /** The entity (graph key) whose neighbours the expand dialog is choosing, or null. */
  asking: string | null;
  closeDialog(): void;
  /** A path asked of the server and not answered yet, or what it said when it found none. */
  path: { pending: boolean; reason: string | null };
}

export interface NeighboursAdded {
  entities: number;
  /** The entity's relations still not loaded (its "+N"). */
  left: number;
}

export function useExplore(state: ExplorerState, dispatch: Dispatch<Action>): Explore {
  const story = state.story;
  const storyRef = useRef(story);
  storyRef.current = story;
  const [asking, setAsking] = useState<string | null>(null);

  /** Adds an answer to the story on screen now (the user may have added more while it came); returns the step. */
  // A step dispatched but not yet drawn: a second answer arriving before the next render builds on it, not on the
  // story it was made from (each step carries the whole dataset).
  const unrendered = useRef<{ base: Story; story: Story } | null>(null);
  const add = useCallback(
    (
      asked: string,
      additions: Additions,
      describe: (entities: number, relations: number) => string,
      select?: string,
    ) => {
      const shown = storyRef.current;
      // The investigation asked about may have been closed while the answer came.
      if (shown?.remote?.investigation.id !== asked) return null;
      const current = unrendered.current?.base === shown ? unrendered.current.story : shown;
      // Every answer is checked as a file is (io/validate.ts), before anything is drawn.
      const step = fetchedStep(current, additions, validateDataset, describe, select);
      if (step === null) return null;
      if ('problem' in step) {
        dispatch({ type: 'notify', notice: { kind: 'warning', message: step.problem } });
        return null;
      }
      dispatch(step.action);
      const { dataset, degrees } = step.action;
      unrendered.current = { base: shown, story: { ...current, dataset, remote: { ...shown.remote, degrees } } };
      return step.action;
    },
    [dispatch],
  );

  const fail = useCallback(
    (what: string) => (error: unknown) => {
      dispatch({ type: 'busy', busy: null });
      if (isAborted(error)) return;
      dispatch({ type: 'notify', notice: { kind: 'warning', message: `${what}: ${(error as Error).message}` } });
    },
    [dispatch],
  );

  const addNeighbours = useCallback(
    async (key: string, choice: NeighbourChoice): Promise<NeighboursAdded | null> => {
      const current = storyRef.current;
      if (!current?.graph.hasNode(key)) return null;
      const { id, label } = current.graph.getNodeAttributes(key);
      dispatch({
        type: 'busy',
        busy: { message: `Asking the server for the neighbours of ${label}…`, fraction: null },
      });
      try {
        const answer = await sourceFor(current).neighbours([id], linkedIds(current.graph, key), choice);
        dispatch({ type: 'busy', busy: null });
        let added = 0;
        let left = 0;
        // What stays out is what the badge shows: the entity's relations on the server less those now loaded.
        const step = add(current.remote!.investigation.id, answer, (entities) => {
          added = entities;
          return `Added ${count(entities, 'neighbour')} of ${label}.`;
        });
        left = step ? leftOutIn(step.dataset, step.degrees, id) : leftOutOf(current, key);
        if (step && left > 0)
          dispatch({
            type: 'notify',
            notice: {
              kind: 'restored',
              message: `Added ${count(added, 'neighbour')} of ${label}; ${count(left, 'more relation stays', 'more relations stay')} on the server (“+${left.toLocaleString('en')}” on it).`,
            },
          });
        return { entities: added, left };
      } catch (error) {
        fail(`The neighbours of ${label} could not be added`)(error);
        return null;
      }
    },
    [add, dispatch, fail],
  );

  const expand = useCallback(
    (key: string) => {
      const current = storyRef.current;
      if (!current) return;
      if (!sourceFor(current).partial) return dispatch({ type: 'expandEgo', id: key });
      if (!current.graph.hasNode(key)) return;
      const left = leftOutOf(current, key);
      if (left === 0) {
        const label = current.graph.getNodeAttribute(key, 'label');
        return dispatch({
          type: 'notify',
          notice: { kind: 'restored', message: `Every relation of ${label} is loaded.` },
        });
      }
      if (left > EXPAND_ASK_ABOVE) return setAsking(key);
      void addNeighbours(key, { limit: EXPAND_ASK_ABOVE });
    },
    [addNeighbours, dispatch],
  );

  const addEntity = useCallback(
    (hit: EntityHit, select = true) => {
      const current = storyRef.current;
      if (!current) return hit.entity.label;
      const key = nodeKey(hit.entity.id);
      if (!current.graph.hasNode(key) && current.remote)
        add(
          current.remote.investigation.id,
          { entities: [{ ...hit.entity, degree: hit.degree }], relations: [], sources: [] },
          () => `Added ${hit.entity.label}: double-click it, or press Enter on the drawing, to add its neighbours.`,
          select ? hit.entity.id : undefined,
        );
      else if (select) dispatch({ type: 'select', selection: { kind: 'entity', id: key }, centre: true });
      return hit.entity.label;
    },
    [add, dispatch],
  );

  const path = useServerPath(state, add, fail);
  const closeDialog = useCallback(() => setAsking(null), []);
  return { expand, addNeighbours, addEntity, asking, closeDialog, path };
}

/** A path between two loaded entities is asked of the server, over all of it, once per question; what it passes
 * through is added, and the path is then found in the drawing as any other. */
function useServerPath(
  state: ExplorerState,
  add: (asked: string, additions: Additions, describe: (entities: number, relations: number) => string) => unknown,
  fail: (what: string) => (error: unknown) => void,
): Explore['path'] {
  const { story, path } = state;
  const remote = story?.remote ?? null;
  const [answered, setAnswered] = useState<{ key: string; reason: string | null } | null>(null);
  const question =
    remote && story && path
      ? {
          from: story.graph.hasNode(path.from) ? story.graph.getNodeAttribute(path.from, 'id') : null,
          to: story.graph.hasNode(path.to) ? story.graph.getNodeAttribute(path.to, 'id') : null,
          directed: path.directed,
          rules: path.rules,
        }
      : null;
  const key = question ? JSON.stringify([remote!.investigation.id, question]) : null;
  const storyOf = useRef<Story | null>(null);
  storyOf.current = story;
  useEffect(() => {
    if (!key || !question?.from || !question.to || answered?.key === key) return;
    const current = storyOf.current!;
    const abort = new AbortController();
    const ask = { ...question, from: question.from, to: question.to };
    sourceFor(current)
      .paths(ask, abort.signal)
      .then(
        (answer) => {
          if (abort.signal.aborted) return;
          setAnswered({ key, reason: answer.found ? null : (answer.reason ?? 'The server found no path.') });
          if (answer.found)
            add(current.remote!.investigation.id, answer, (entities, relations) =>
              entities + relations > 0
                ? `Added the path's ${count(entities, 'entity', 'entities')} and ${count(relations, 'relation')} from the server.`
                : 'The path was loaded already.',
            );
        },
        (error: unknown) => {
          if (abort.signal.aborted) return;
          setAnswered({ key, reason: `The server could not search for a path (${(error as Error).message}).` });
          fail('The path could not be searched on the server')(error);
        },
      );
    return () => abort.abort();
    // The question is in `key`; the rest is read when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!key) return { pending: false, reason: null };
  return answered?.key === key ? { pending: false, reason: answered.reason } : { pending: true, reason: null };
}
