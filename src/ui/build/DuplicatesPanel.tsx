// The "Possible duplicates" panel: pairs of entities whose names match once case, accents and word order are set
// aside, or nearly match. "Same" opens the merge dialog with the pair, keeping the better-connected one's id and
// name; "Not the same" is remembered in the investigation, so the pair is not offered again. The panel also appends
// another graph to this one.
import { useMemo, useState, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import { nodeKey } from '../../model/graph';
import { markNotTheSame, possibleDuplicates, type DuplicatePair } from '../../model/duplicates';
import { MergeDialog } from './MergeDialog';
import { AppendGraph } from './AppendGraph';
import './merge.css';
import '../evidence.css';

interface Props {
  story: Story;
  dispatch: Dispatch<Action>;
}

/** How many pairs the list shows at first: a big imported graph can have thousands. */
const SHOWN = 100;

export function DuplicatesPanel({ story, dispatch }: Props) {
  const pairs = useMemo(() => possibleDuplicates(story.dataset), [story.dataset]);
  const [merging, setMerging] = useState<{ ids: string[]; keepId: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const degree = (id: string) => (story.graph.hasNode(nodeKey(id)) ? story.graph.degree(nodeKey(id)) : 0);

  function same(pair: DuplicatePair) {
    // The better-connected one is most likely the record others already point to.
    const [kept, other] = degree(pair.b.id) > degree(pair.a.id) ? [pair.b, pair.a] : [pair.a, pair.b];
    setMerging({ ids: [kept.id, other.id], keepId: kept.id });
  }

  function notSame(pair: DuplicatePair) {
    const result = markNotTheSame(story.dataset, pair.a.id, pair.b.id);
    if (result.ok) {
      setError(null);
      dispatch({ type: 'edited', dataset: result.dataset, message: result.message });
    } else setError(result.error);
  }

  const shown = showAll ? pairs : pairs.slice(0, SHOWN);
  return (
    <section className="evidence-view" data-testid="possible-duplicates" aria-label="Possible duplicates">
      <h2>Possible duplicates</h2>
      <AppendGraph story={story} dispatch={dispatch} />
      <p className="muted">
        Entities whose names or aliases are the same once case, accents, punctuation and word order are set aside, or
        differ by a letter or two. Nothing changes until you choose.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {pairs.length === 0 ? (
        <p data-testid="no-duplicates">No possible duplicates.</p>
      ) : (
        <p>
          {pairs.length === 1 ? '1 pair' : `${pairs.length.toLocaleString('en')} pairs`}
          {pairs.length >= 500 && ' (the closest 500)'}
        </p>
      )}
      <ul className="duplicate-list">
        {shown.map((pair) => (
          <li key={`${pair.a.id}\u0000${pair.b.id}`} data-testid="duplicate-pair">
            <strong>{pair.a.label}</strong> and <strong>{pair.b.label}</strong>
            <p className="why">{whyText(pair)}</p>
            <div className="duplicate-actions">
              <button type="button" onClick={() => same(pair)}>
                Same
              </button>
              <button type="button" onClick={() => notSame(pair)}>
                Not the same
              </button>
            </div>
          </li>
        ))}
      </ul>
      {pairs.length > SHOWN && (
        <button type="button" className="link more" aria-expanded={showAll} onClick={() => setShowAll((all) => !all)}>
          {showAll ? `Show the first ${SHOWN}` : `Show all ${pairs.length.toLocaleString('en')}`}
        </button>
      )}
      {merging && (
        <MergeDialog
          story={story}
          ids={merging.ids}
          keepId={merging.keepId}
          dispatch={dispatch}
          onClose={() => setMerging(null)}
        />
      )}
    </section>
  );
}

function whyText(pair: DuplicatePair): string {
  const [x, y] = pair.names;
  const names = x === y ? `“${x}”` : `“${x}” and “${y}”`;
  const how =
    pair.reason === 'same name'
      ? `${names}: the same name, ignoring case, accents and word order`
      : `${names}: similar names (${Math.round(pair.similarity * 100)}% alike)`;
  return pair.sameType ? how : `${how}; of different types (${pair.a.type}, ${pair.b.type})`;
}
