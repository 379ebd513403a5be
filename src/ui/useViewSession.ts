// The view outlives the page: the address bar always holds it (so a copied link reproduces it), and the browser's
// storage keeps the user's arrangement of each dataset (positions, pins, the last view, saved views). On opening a
// dataset, what the link carries wins over the last view; storage problems are reported and nothing in memory is lost.
import { useCallback, useEffect, useRef, useState, type Dispatch, type RefObject } from 'react';
import type { Action, ExplorerState, Story } from '../state/explorer';
import type { GraphView } from '../view/graphView';
import type { Framing } from '../appearance/camera';
import { datasetHashInSteps, legacyDatasetHashInSteps } from '../model/datasetHash';
import { LEGACY_HASH_MAX_ENTITIES } from '../model/thresholds';
import { betweenSlices } from '../model/timeSlices';
import { decodeView, encodeView, VIEW_KEYS, type DecodedView } from '../state/urlState';
import { loadWork, saveWork, type LoadedWork } from '../state/persistence';

const SAVE_DELAY_MS = 400;
/** The shortest time between two address changes (a brush would otherwise navigate at every step). */
const ADDRESS_MS = 250;

export interface ViewSession {
  /** The dataset's content hash (empty before a dataset is shown). */
  hash: string;
  /** Called by the view when its camera comes to rest. */
  onCamera: (framing: Framing) => void;
  /** The link to the current view (what the address bar holds). */
  link: () => string;
  /** The current view as link parameters, without the dataset's address (for saved views). */
  viewParams: () => string;
  /** A link to the view these parameters describe (a saved view's link). */
  linkWith: (params: string) => string;
  /** Applies link parameters (a saved view) as a step the user can undo. */
  applyParams: (params: string, animate: boolean) => void;
}

/** The notice for a link or saved view that could not be restored in full (undefined when it could). */
function problemsNotice(decoded: DecodedView, what: 'link' | 'saved view') {
  const stale = decoded.stale
    ? [`The data has changed since this ${what} was made; the view is restored as far as it can be.`]
    : [];
  const details = [...stale, ...decoded.problems];
  if (details.length === 0) return undefined;
  const message = `Some of this ${what}'s view could not be restored.`;
  // A stale link alone says so in one line; with problems, the stale line heads their list.
  if (decoded.problems.length === 0) return { kind: 'warning' as const, message: details[0]! };
  return { kind: 'warning' as const, message, details };
}

// Between slices, as the other after-load work: a click's answer goes first.
const nextTurn = betweenSlices;

/**
 * Work stored and links made before the hash sorted keys (2026-12) carry the hash as it was made then. When nothing
 * is stored under today's hash, or the link's differs, the story is hashed that way too: the work stored under it
 * comes back (and is saved under today's from then on), and a link bearing it counts as made on this data.
 */
async function withLegacyHash(
  story: Story,
  hash: string,
  linkParams: URLSearchParams,
  loaded: LoadedWork,
): Promise<LoadedWork> {
  const linkHash = linkParams.get('h');
  const wanted = loaded.kind === 'none' || (linkHash !== null && linkHash !== hash);
  if (!wanted || story.dataset.entities.length > LEGACY_HASH_MAX_ENTITIES) return loaded;
  const legacy = await legacyDatasetHashInSteps(story.dataset, nextTurn);
  if (linkHash === legacy) linkParams.set('h', hash);
  return loaded.kind === 'none' && legacy !== hash ? loadWork(legacy) : loaded;
}

export function useViewSession(
  state: ExplorerState,
  dispatch: Dispatch<Action>,
  viewRef: RefObject<GraphView | null>,
): ViewSession {
  const { story } = state;
  // Hashed in slices: a big graph's content would otherwise hold the page for a third of a second.
  const [hashed, setHashed] = useState<{ story: Story; hash: string } | null>(null);
  const hashes = useRef(new WeakMap<Story, string>());
  useEffect(() => {
    if (!story) return;
    const known = hashes.current.get(story);
    if (known) {
      setHashed({ story, hash: known });
      return;
    }
    let current = true;
    void datasetHashInSteps(story.dataset, nextTurn).then((hash) => {
      hashes.current.set(story, hash);
      if (current) setHashed({ story, hash });
    });
    return () => {
      current = false;
    };
  }, [story]);
  const hash = hashed?.story === story ? hashed.hash : '';
  const [camera, setCamera] = useState<Framing | null>(null);
  /** Stories whose stored work and link have been applied (undoing back to one must not apply them again). */
  const restored = useRef(new WeakSet<Story>());
  /** Stories whose stored work has been read: only those are saved (saving sooner would overwrite it). */
  const [readyStories] = useState(() => new WeakSet<Story>());
  const [readyTick, setReadyTick] = useState(0);
  /** The story opened from the address's `data=` parameter, whose link keeps that parameter. */
  const fromDataParam = useRef<Story | null>(null);
  const startParams = useRef(new URLSearchParams(window.location.search));

  // A dataset shown for the first time: bring back its stored work, then the view the link (or the last visit) had.
  useEffect(() => {
    if (!story || !hash || restored.current.has(story)) return;
    restored.current.add(story);
    // An edit of the graph on screen: the view on screen is the one to keep, not one stored for another version.
    if (story.editOf) {
      readyStories.add(story);
      setReadyTick((n) => n + 1);
      return;
    }
    const initial = startParams.current;
    if (initial.has('data') && state.origin && !fromDataParam.current) fromDataParam.current = story;
    let cancelled = false;
    void loadWork(hash)
      .then((loaded) => withLegacyHash(story, hash, initial, loaded))
      .then((loaded) => {
        if (cancelled) return;
        if (loaded.kind === 'damaged')
          dispatch({
            type: 'notify',
            notice: {
              kind: 'warning',
              message: `The arrangement saved for this graph could not be read (${loaded.reason}), so it was set aside. The graph is shown as in its file.`,
            },
          });
        const work = loaded.kind === 'found' ? loaded.work : null;
        if (work && (work.positions.size > 0 || work.pinned.length > 0))
          dispatch({ type: 'restorePlacement', positions: work.positions, pinned: work.pinned });
        if (work && work.savedViews.length > 0) {
          const fromFile = story.dataset.views ?? [];
          const stored = new Set(work.savedViews.map((v) => v.id));
          dispatch({
            type: 'setSavedViews',
            views: [...fromFile.filter((v) => !stored.has(v.id)), ...work.savedViews],
          });
        }
        // The address's view is used once, for the first dataset shown; later datasets start from their last view.
        const linked = initial.size > 0 && VIEW_KEYS.some((key) => initial.has(key)) ? initial : null;
        startParams.current = new URLSearchParams();
        const params = linked ?? (work?.view ? new URLSearchParams(work.view) : null);
        if (params) {
          const decoded = decodeView(params, story.graph, hash);
          const notice = linked ? problemsNotice(decoded, 'link') : undefined;
          dispatch({ type: 'restoreView', patch: decoded.patch, record: false, notice });
        }
        readyStories.add(story);
        setReadyTick((n) => n + 1);
      });
    return () => {
      cancelled = true;
    };
  }, [story, hash, dispatch, state.origin, readyStories]);

  const viewParams = useCallback((): URLSearchParams => {
    const { filters, layout, selection, appearance, ego, path } = state;
    return encodeView({ hash, filters, layout, selection, camera, appearance, ego, path });
  }, [state, hash, camera]);

  const linkWith = useCallback(
    (view: string): string => {
      const params = new URLSearchParams(window.location.search);
      for (const key of VIEW_KEYS) params.delete(key);
      if (story !== fromDataParam.current) params.delete('data');
      for (const [key, value] of new URLSearchParams(view)) params.set(key, value);
      return `${window.location.origin}${window.location.pathname}?${params.toString()}`;
    },
    [story],
  );
  const link = useCallback((): string => linkWith(viewParams().toString()), [linkWith, viewParams]);

  // The address bar follows the view (replaceState: no history entry per click).
  const ready = story !== null && hash !== '' && readyStories.has(story) && readyTick > 0;
  // A brush or playback changes the view many times a second, and each address change costs the browser a
  // same-document navigation: the address follows at most every ADDRESS_MS, and always ends on the last view.
  const addressWritten = useRef(-Infinity);
  useEffect(() => {
    if (!ready) return;
    const write = () => {
      const next = link();
      if (next === window.location.href) return;
      addressWritten.current = performance.now();
      try {
        window.history.replaceState(window.history.state, '', next);
      } catch {
        // Some browsers refuse very frequent address changes; the next change writes it again.
      }
    };
    const wait = addressWritten.current + ADDRESS_MS - performance.now();
    if (wait <= 0) return write();
    const timer = setTimeout(write, wait);
    return () => clearTimeout(timer);
  }, [ready, link]);

  // Back on a graph shown earlier (undo or redo of opening another): its saved views and arrangement return.
  const memory = useRef(new WeakMap<Story, { savedViews: ExplorerState['savedViews']; arranged: boolean }>());
  const lastStory = useRef<Story | null>(null);
  useEffect(() => {
    if (!story) return;
    if (story !== lastStory.current) {
      lastStory.current = story;
      const kept = memory.current.get(story);
      if (kept) {
        dispatch({ type: 'resumeWork', ...kept });
        return;
      }
    }
    memory.current.set(story, { savedViews: state.savedViews, arranged: state.arranged });
  }, [story, state.savedViews, state.arranged, dispatch]);

  // Saved soon after each change, so closing the tab loses at most the last moment.
  const [layoutEnded, setLayoutEnded] = useState(0);
  useEffect(
    () => viewRef.current?.onLayoutProgress((p) => !p.running && setLayoutEnded((n) => n + 1)),
    [viewRef, story],
  );
  const failedBefore = useRef(false);
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      const positions = state.arranged ? (viewRef.current?.positions() ?? new Map()) : new Map();
      const work = {
        positions,
        pinned: [...state.pinned],
        view: viewParams().toString(),
        savedViews: [...state.savedViews],
      };
      saveWork(hash, work).then(
        () => (failedBefore.current = false),
        (error: unknown) => {
          if (failedBefore.current) return;
          failedBefore.current = true;
          dispatch({
            type: 'notify',
            notice: {
              kind: 'warning',
              message: `Your arrangement could not be saved in this browser (${(error as Error).message}). Nothing on screen is lost; export the project to keep it.`,
              offerExport: true,
            },
          });
        },
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [
    ready,
    hash,
    state.arranged,
    state.pinned,
    state.savedViews,
    state.placement,
    state.history,
    viewParams,
    layoutEnded,
    viewRef,
    dispatch,
  ]);

  const applyParams = useCallback(
    (params: string, animate: boolean) => {
      if (!story) return;
      const decoded = decodeView(new URLSearchParams(params), story.graph, hash);
      dispatch({
        type: 'restoreView',
        patch: decoded.patch,
        animate,
        // Where the nodes are now, should the view's layout move them (so undo can put them back).
        before:
          decoded.patch.layout && decoded.patch.layout !== state.layout ? viewRef.current?.positions() : undefined,
        notice: problemsNotice(decoded, 'saved view') ?? null,
      });
    },
    [story, hash, dispatch, state.layout, viewRef],
  );

  return { hash, onCamera: setCamera, link, linkWith, viewParams: () => viewParams().toString(), applyParams };
}
