// The history of a shared investigation: for the selected entity, relation or source, every change with who made
// it and when, each version restorable (the restore is a new change, so it too can be taken back); and for the whole
// investigation, the activity list.
import { useEffect, useState, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import type { Selection } from '../../model/selection';
import { withRecords, type AnyRecord, type RecordKind } from '../../model/edit/recordChanges';
import { teamClient } from '../../io/server/teamClient';
import { SharedPeople } from './SharedPeople';
import type { HistoryItem } from '../../io/server/teamWire';

const when = (at: string) => new Date(at).toLocaleString();
const RECORD_PAGE = 50;
const ACTIVITY_PAGE = 200;
const nameOf = (record: AnyRecord | null, id: string) =>
  record && 'label' in record ? record.label : record && 'title' in record ? record.title : id;

function useHistory(inv: string, record: { kind: RecordKind; id: string } | null, revision: number) {
  const [items, setItems] = useState<HistoryItem[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const kind = record?.kind;
  const id = record?.id;
  useEffect(() => {
    let live = true;
    teamClient()
      .history(inv, kind && id ? { kind, id } : undefined, kind ? RECORD_PAGE : ACTIVITY_PAGE)
      .then(
        (answer) => live && (setItems(answer.items), setProblem(null)),
        (error: unknown) => live && setProblem(`The history could not be read: ${(error as Error).message}`),
      );
    return () => void (live = false);
  }, [inv, kind, id, revision]);
  return { items, problem };
}

/** The selection as a record of the dataset (an entity's graph key is not always its id). */
export function recordOfSelection(story: Story, selection: Selection | null): { kind: RecordKind; id: string } | null {
  if (!selection) return null;
  if (selection.kind === 'entity') {
    return story.graph.hasNode(selection.id)
      ? { kind: 'entity', id: story.graph.getNodeAttribute(selection.id, 'id') }
      : null;
  }
  return { kind: selection.kind, id: selection.id };
}

interface RecordHistoryProps {
  story: Story;
  record: { kind: RecordKind; id: string };
  revision: number;
  dispatch: Dispatch<Action>;
}

export function RecordHistory({ story, record, revision, dispatch }: RecordHistoryProps) {
  const { items, problem } = useHistory(story.shared!.id, record, revision);
  const restore = (version: AnyRecord | null, label: string) => {
    const dataset = withRecords(story.dataset, [{ ...record, record: version }]);
    dispatch({ type: 'edited', dataset, message: `Restored ${nameOf(version, record.id)} as it was ${label}.` });
  };
  return (
    <section className="record-history" data-testid="history" aria-labelledby="record-history-title">
      <h3 id="record-history-title">History</h3>
      {problem && <p role="alert">{problem}</p>}
      {items?.length === 0 && <p className="hint">Not changed since it was imported.</p>}
      <ol>
        {(items ?? []).map((item, index) => (
          <li key={item.version} data-testid="history-item">
            <span>
              {item.by} · {when(item.at)} · {item.message}
            </span>{' '}
            {index > 0 && (
              <button type="button" onClick={() => restore(item.after, `${item.by} left it (version ${item.version})`)}>
                Restore <span className="visually-hidden">version {item.version}</span>
              </button>
            )}
            {index === (items?.length ?? 0) - 1 && item.before && (
              <button type="button" onClick={() => restore(item.before, 'first imported')}>
                Restore as imported
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The investigation's changes, newest first, one line per change (a merge is one, with every record it touched).
 * Each can be taken back as a new change: its records return to how they were before it (a merge is split again).
 */
export function ActivityList({
  story,
  revision,
  dispatch,
}: {
  story: Story;
  revision: number;
  dispatch: Dispatch<Action>;
}) {
  const { items, problem } = useHistory(story.shared!.id, null, revision);
  const changes: HistoryItem[][] = [];
  for (const item of items ?? []) {
    const last = changes[changes.length - 1];
    if (last?.[0]?.seq === item.seq) last.push(item);
    else changes.push([item]);
  }
  // A full page may end inside a change: that last one is not offered to take back, lest half of it return.
  const cut = (items?.length ?? 0) === ACTIVITY_PAGE ? changes[changes.length - 1] : undefined;
  const takeBack = (change: HistoryItem[]) => {
    const dataset = withRecords(
      story.dataset,
      change.map((item) => ({ kind: item.kind, id: item.id, record: item.before })),
    );
    dispatch({ type: 'edited', dataset, message: `Took back “${change[0]!.message}” (${change[0]!.by}).` });
  };
  return (
    <section className="activity-list" data-testid="activity" aria-labelledby="activity-title">
      <h3 id="activity-title">Activity on {story.shared!.title}</h3>
      {problem && <p role="alert">{problem}</p>}
      {items?.length === 0 && <p className="hint">No change yet.</p>}
      <ol>
        {changes.map((change) => (
          <li key={change[0]!.seq} data-testid="activity-item">
            {change[0]!.by} · {when(change[0]!.at)} · {change[0]!.message} (
            {change.map((item) => `${item.kind} ${nameOf(item.after ?? item.before, item.id)}`).join(', ')}){' '}
            {change !== cut && (
              <button type="button" onClick={() => takeBack(change)}>
                Take back <span className="visually-hidden">{change[0]!.message}</span>
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Under the details of a shared investigation: the selected record's history, or who may use it and its activity. */
export function SharedDetails(props: {
  story: Story;
  selection: Selection | null;
  revision: number;
  dispatch: Dispatch<Action>;
}) {
  const { story, selection, revision, dispatch } = props;
  const record = recordOfSelection(story, selection);
  if (record) return <RecordHistory story={story} record={record} revision={revision} dispatch={dispatch} />;
  return (
    <>
      <SharedPeople inv={story.shared!.id} />
      <ActivityList story={story} revision={revision} dispatch={dispatch} />
    </>
  );
}
