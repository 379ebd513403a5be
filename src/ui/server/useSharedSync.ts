// Keeps a shared investigation on screen in step with the server: every change of the story's records made here
// (an edit, a merge, a paste, an undo) goes to the server as operations; other people's changes come in and are put
// into the story. An undo takes back only the user's own changes: a record someone else changed since stays as they
// left it, and the notice says so.
import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { Action, ExplorerState } from '../../state/explorer';
import { recordChanges, recordKey, withRecords, type RecordChange } from '../../model/edit/recordChanges';
import type { Dataset } from '../../model/schema';
import { teamClient } from '../../io/server/teamClient';
import type { ChangeEvent } from '../../io/server/teamWire';
import { SharedSync, type Conflict, type SyncState } from '../../state/shared/sharedSync';
import { indexedDbOutbox } from '../../state/shared/outboxStore';

export interface SharedSyncView {
  state: SyncState | null;
  conflict: Conflict | null;
  settle(conflict: Conflict, chosen: Map<string, unknown>): void;
  /** Bumped with every change that lands (the history lists read again). */
  revision: number;
}

function listen(url: string, onEvent: (event: ChangeEvent) => void, onTrouble: () => void, onOpen: () => void) {
  const source = new EventSource(url);
  source.onopen = onOpen;
  source.onmessage = (message) => {
    try {
      onEvent(JSON.parse(message.data as string) as ChangeEvent);
    } catch {
      // Not a change this app reads: ignored.
    }
  };
  // EventSource tries again by itself (sending the last event id), so only the state is reported.
  source.onerror = onTrouble;
  return source;
}

const names = (changes: readonly RecordChange[]) =>
  changes
    .map((c) => (c.record && 'label' in c.record ? c.record.label : c.id))
    .slice(0, 3)
    .join(', ');

export function useSharedSync(state: ExplorerState, dispatch: Dispatch<Action>): SharedSyncView {
  const shared = state.story?.shared ?? null;
  const [syncState, setSyncState] = useState<SyncState | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [revision, setRevision] = useState(0);
  const sync = useRef<SharedSync | null>(null);
  /** The records as the server and this tab last agreed (after this tab's sends and others' changes). */
  const agreed = useRef<Dataset | null>(null);
  const latest = useRef(state);
  latest.current = state;
  const jumps = useRef(state.viewJumps);
  /** The version each record object on screen stands for (absent: 0, as imported): what a form's edit is based on. */
  const versionOf = useRef(new WeakMap<object, number>());

  useEffect(() => {
    if (!shared) return;
    agreed.current = latest.current.story?.dataset ?? null;
    const engine = new SharedSync(shared.id, teamClient(), indexedDbOutbox, {
      apply(changes, message) {
        const story = latest.current.story;
        if (!story?.shared) return;
        for (const change of changes) if (change.record) versionOf.current.set(change.record, change.version);
        const dataset = withRecords(story.dataset, changes);
        agreed.current = dataset;
        dispatch({ type: 'remoteChanged', dataset, message });
        setRevision((r) => r + 1);
      },
      state: (next) => {
        setSyncState(next);
        setRevision((r) => r + 1);
      },
      conflict: setConflict,
      refused: (message) => dispatch({ type: 'notify', notice: { kind: 'warning', message } }),
      listen,
    });
    sync.current = engine;
    void engine.start();
    return () => {
      engine.stop();
      sync.current = null;
      setSyncState(null);
      setConflict(null);
    };
    // One engine per investigation: the story object changes with every edit, its shared id does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shared?.id, dispatch]);

  const dataset = state.story?.shared ? state.story.dataset : null;
  useEffect(() => {
    const engine = sync.current;
    const before = agreed.current;
    const travelled = state.viewJumps !== jumps.current;
    jumps.current = state.viewJumps;
    if (!engine || !dataset || !before || dataset === before) return;
    const changes = recordChanges(before, dataset);
    const message = state.notice && 'message' in state.notice ? state.notice.message : 'An edit.';
    if (!travelled) {
      agreed.current = dataset;
      const bases = staleBases(state.story?.editBasis, before, changes, versionOf.current);
      remember(engine.edited(changes, message, bases), versionOf.current);
      return;
    }
    // An undo or a redo: the user's own records go back; others' stay as they are now on the server.
    const { own, others } = engine.undoable(changes);
    remember(engine.edited(own, own.length ? `Undo: ${names(own)}.` : message), versionOf.current);
    if (others.length === 0) {
      agreed.current = dataset;
      return;
    }
    const patched = withRecords(
      dataset,
      others.map((c) => current(before, c)),
    );
    agreed.current = patched;
    dispatch({
      type: 'remoteChanged',
      dataset: patched,
      message: `Undo left ${names(others)} as someone else changed it since.`,
    });
    // Runs once per change of the records; the notice and the jump count are read as they are at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset]);

  return {
    state: syncState,
    conflict,
    revision,
    settle(settled, chosen) {
      setConflict(null);
      sync.current?.settle(settled, chosen as Map<string, never>);
    },
  };
}

/**
 * For an edit made in a form that opened before someone else's change to the same record landed: the version the
 * form showed, so the server sees the edit as based on it and refuses it as a conflict rather than overwrite.
 */
function staleBases(
  basis: Dataset | undefined,
  before: Dataset,
  changes: readonly RecordChange[],
  versionOf: WeakMap<object, number>,
): Map<string, number> | undefined {
  if (!basis) return undefined;
  const bases = new Map<string, number>();
  for (const change of changes) {
    const shown = current(basis, change).record;
    const latest = current(before, change).record;
    if (shown && shown !== latest) bases.set(recordKey(change.kind, change.id), versionOf.get(shown) ?? 0);
  }
  return bases;
}

function remember(ops: readonly { base: number; record: object | null }[], versionOf: WeakMap<object, number>): void {
  for (const op of ops) if (op.record) versionOf.set(op.record, op.base + 1);
}

/** The record as it is in `dataset` (null: not there), for a change that would have touched it. */
function current(dataset: Dataset, change: RecordChange): RecordChange {
  const list =
    change.kind === 'source' ? dataset.sources : change.kind === 'entity' ? dataset.entities : dataset.relations;
  return { kind: change.kind, id: change.id, record: list.find((r) => r.id === change.id) ?? null };
}
