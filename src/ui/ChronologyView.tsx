// The Chronology: the story's dated relations in time order, a timeline to read and to print. Items the time
// window or the filters keep out of the graph are dimmed and say which; the selected relation is marked and kept
// in view. Ordering and grouping are model/chronology.ts; this draws them.
import { useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { Action, ExplorerState, Story } from '../state/explorer';
import { chronology, type ChronologyItem, type ChronologyStatus } from '../model/chronology';
import { timeLabel } from '../model/timeFilter';
import { MODALITIES } from '../model/vocabulary';
import { EvidenceSummary } from './EvidenceSummary';
import { ViewHead } from './SourcesView';
import './chronology.css';
import './evidence.css';

interface Props {
  story: Story;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
}

/** An imported graph can date tens of thousands of relations: list this many, and more on request. */
const LISTED = 300;

const STATUS_NOTES: Record<Exclude<ChronologyStatus, 'shown'>, string> = {
  'outside-window': 'Outside the time window',
  filtered: 'Hidden by the filters',
};

export function ChronologyView({ story, state, dispatch }: Props) {
  const { graph, dataset } = story;
  const time = state.filters.time;
  const shownEdges = state.visibility.edges;
  const list = useMemo(() => chronology(graph, shownEdges, time), [graph, shownEdges, time]);
  const { groups, undated } = list;
  const dated = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const selectedId = state.selection?.kind === 'relation' ? state.selection.id : null;
  // A relation chosen in the graph is listed and shown even when it lies past the listed part or among the undated.
  const [limit, listMore] = useListed(dated.findIndex((item) => item.id === selectedId));
  const undatedAt = undated.findIndex((item) => item.id === selectedId);
  const [undatedLimit, listMoreUndated] = useListed(undatedAt);
  const [undatedOpen, setUndatedOpen] = useState(false);
  const undatedShown = undatedOpen || undatedAt >= 0;
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (selectedId === null) return;
    listRef.current
      ?.querySelector(`[data-relation-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  // Every relation the graph does not show is dimmed here, dated or not.
  const dimmed = graph.size - shownEdges.size;
  const renderItem = (item: ChronologyItem) => (
    <ChronologyEntry
      key={item.id}
      story={story}
      item={item}
      status={list.statusOf(item.id)}
      selected={item.id === selectedId}
      dispatch={dispatch}
    />
  );
  let left = limit;
  return (
    <section className="evidence-view chronology-view" aria-label="Chronology">
      <ViewHead title="Chronology" count={dated.length} dispatch={dispatch} />
      <p className="print-only chronology-title">{dataset.title}</p>
      <p className="muted chronology-intro">
        Dated relations in time order, grouped by the year or month they start in
        {list.undated.length > 0 ? '; undated ones at the end' : ''}. {time ? `Time window: ${timeLabel(time)}. ` : ''}
        {dimmed > 0 && (
          <span data-testid="chronology-dimmed">
            Dimmed ({dimmed}): outside the time window or hidden by the filters, as each says.
          </span>
        )}
      </p>
      <button
        type="button"
        className="no-print"
        onClick={() => window.print()}
        title="Print the chronology as a timeline"
      >
        Print
      </button>
      <ol className="chronology" data-testid="chronology" ref={listRef}>
        {groups.map((group) => {
          if (left <= 0) return null;
          const items = group.items.slice(0, left);
          left -= items.length;
          return (
            <li key={group.key} className="chronology-group">
              <h3>{group.heading}</h3>
              <ol>{items.map(renderItem)}</ol>
            </li>
          );
        })}
        <MoreItems limit={limit} total={dated.length} onMore={listMore} />
        {undated.length > 0 && (
          <li className="chronology-group undated">
            <h3>
              <button
                type="button"
                className="link"
                aria-expanded={undatedShown}
                onClick={() => setUndatedOpen(!undatedShown)}
              >
                Undated ({undated.length})
              </button>
            </h3>
            {/* Collapsed on screen only: a printed timeline lists them too. */}
            <ol className={undatedShown ? undefined : 'collapsed'}>
              {undated.slice(0, undatedLimit).map(renderItem)}
              {undatedShown && <MoreItems limit={undatedLimit} total={undated.length} onMore={listMoreUndated} />}
            </ol>
          </li>
        )}
      </ol>
    </section>
  );
}

/** How many items to list: LISTED more on each request, and always far enough to include the one at `needed`. */
function useListed(needed: number): [number, () => void] {
  const [listed, setListed] = useState(LISTED);
  const limit = Math.max(listed, needed + 1);
  return [limit, () => setListed(limit + LISTED)];
}

function MoreItems({ limit, total, onMore }: { limit: number; total: number; onMore: () => void }) {
  if (limit >= total) return null;
  const rest = total - limit;
  return (
    <li className="no-print chronology-more">
      <button type="button" onClick={onMore}>
        Show {Math.min(LISTED, rest).toLocaleString('en')} more ({rest.toLocaleString('en')} not listed)
      </button>
    </li>
  );
}

interface EntryProps {
  story: Story;
  item: ChronologyItem;
  status: ChronologyStatus;
  selected: boolean;
  dispatch: Dispatch<Action>;
}

function ChronologyEntry({ story, item, status, selected, dispatch }: EntryProps) {
  const { graph } = story;
  const relation = graph.getEdgeAttributes(item.id);
  const modality = relation.modality;
  const done = modality === 'happened';
  const selectSource = (id: string) => dispatch({ type: 'select', selection: { kind: 'source', id } });
  return (
    <li
      className={`chronology-item${status === 'shown' ? '' : ' dimmed'}${selected ? ' selected' : ''}`}
      data-testid="chronology-item"
      data-relation-id={item.id}
      data-status={status}
    >
      <button
        type="button"
        className="chronology-entry"
        aria-current={selected ? 'true' : undefined}
        onClick={() => dispatch({ type: 'select', selection: { kind: 'relation', id: item.id }, centre: true })}
      >
        {item.when && <span className="chronology-when">{item.when}</span>}
        <span className="chronology-reading">{item.reading}</span>
        {!done && <span className={`tag modality-tag modality-${modality}`}>{MODALITIES[modality].label}</span>}
        {relation.disputed && <span className="tag disputed">Disputed</span>}
      </button>
      {item.worded && <p className="chronology-wording">In the articles: “{item.label}”</p>}
      {!done && (
        <p className="chronology-modality">
          {MODALITIES[modality].label}: {MODALITIES[modality].description.toLowerCase()}
        </p>
      )}
      {status !== 'shown' && <p className="chronology-status">{STATUS_NOTES[status]}</p>}
      <EvidenceSummary
        evidence={graph.getAttribute('evidence')(relation)}
        index={graph.getAttribute('sourceIndex')}
        disputed={relation.disputed}
        onSelectSource={selectSource}
      />
    </li>
  );
}
