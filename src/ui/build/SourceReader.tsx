// The source reader (left sidebar): a source's stored text with the quotes already used highlighted (each opens its
// claim) and the names of known entities marked; the names found in it, and new ones to add; quotes that no longer
// match an edited text. Select words, then "Claim from selection" makes a claim of them. A source with no stored
// text shows its quotes.
import { useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import type { Claim } from '../../model/schema';
import { flatten, locateQuote } from '../../model/quoteAnchor';
import { findMentions } from '../../model/mentions';
import { relationReading } from '../../model/describeView';
import { keyHint } from '../keys/appKeys';
import { fullSourceName } from '../sourceLabel';
import { ReaderText, type QuoteRange } from './ReaderText';
import { MentionsPanel } from './MentionsPanel';
import { ClaimEditor } from './ClaimEditor';
import { SourceEditor } from './SourceEditor';
import { chooseReaderSource, useReading } from './readerStore';
import { selectionIn, type TextSelection } from './textSelection';
import './reader.css';
import '../filters.css';
import '../evidence.css';

interface Props {
  story: Story;
  dispatch: Dispatch<Action>;
}

interface UsedQuote {
  relationId: string;
  claimIndex: number;
  claim: Claim;
  quote: string;
  reading: string;
}

export function SourceReader({ story, dispatch }: Props) {
  const reading = useReading();
  const { sources, relations, entities } = story.dataset;
  const source =
    sources.find((s) => s.id === reading.sourceId) ?? sources.find((s) => s.text !== undefined) ?? sources[0];
  const text = source?.text;
  const textRef = useRef<HTMLDivElement>(null);
  const [claimFrom, setClaimFrom] = useState<TextSelection | null>(null);
  const [editing, setEditing] = useState(false);
  const lastSelection = useRef<TextSelection | null>(null);

  // What was last selected in the text: pressing the button may move focus, and with it some browsers' selection.
  useEffect(() => {
    const onChange = () => {
      const root = textRef.current;
      const picked = root && selectionIn(root);
      if (picked) lastSelection.current = picked;
      // A click in the text (a selection collapsed there) forgets the last one: the button must never offer words
      // the user is no longer looking at.
      const now = document.getSelection();
      if (!picked && root && now?.isCollapsed && now.anchorNode && root.contains(now.anchorNode))
        lastSelection.current = null;
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);
  useEffect(() => {
    lastSelection.current = null;
  }, [source?.id, text]);

  const used = useMemo((): UsedQuote[] => {
    if (!source) return [];
    const list: UsedQuote[] = [];
    for (const r of relations)
      r.claims.forEach((c, claimIndex) => {
        if (c.source === source.id && story.graph.hasEdge(r.id))
          list.push({
            relationId: r.id,
            claimIndex,
            claim: c,
            quote: c.quote,
            reading: relationReading(story.graph, r.id, ' '),
          });
      });
    return list;
  }, [source, relations, story.graph]);

  const { located, unanchored } = useMemo(() => {
    const found: QuoteRange[] = [];
    const lost: UsedQuote[] = [];
    if (text === undefined) return { located: found, unanchored: lost };
    const flat = flatten(text);
    for (const q of used) {
      const at = locateQuote(text, q.claim.quote, q.claim.anchor, flat);
      if (at) found.push({ ...at, relationId: q.relationId, claimIndex: q.claimIndex, reading: q.reading });
      else lost.push(q);
    }
    return { located: found, unanchored: lost };
  }, [text, used]);

  const mentions = useMemo(() => (text ? findMentions(text, entities) : []), [text, entities]);
  const names = useMemo(() => new Map(entities.map((e) => [e.id, e.label])), [entities]);
  const entityName = (id: string) => names.get(id) ?? id;
  const openClaim = (relationId: string) =>
    dispatch({ type: 'select', selection: { kind: 'relation', id: relationId }, centre: true });

  return (
    <section className="evidence-view source-reader" data-testid="source-reader" aria-label="Source reader">
      <div className="filters-head">
        <h2>Source reader</h2>
        <button
          type="button"
          onClick={() => dispatch({ type: 'showPanel', panel: 'filters' })}
          {...keyHint('f', 'Back to the filters')}
        >
          Back to filters
        </button>
      </div>
      {!source ? (
        <p className="muted">This investigation has no sources yet: add one with “Add source”.</p>
      ) : (
        <>
          <label className="reader-pick">
            Source{' '}
            <select value={source.id} onChange={(e) => chooseReaderSource(e.target.value)}>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {fullSourceName(s, s.id)}
                  {s.text === undefined ? ' (no text)' : ''}
                </option>
              ))}
            </select>
          </label>
          <div className="reader-actions">
            <button
              type="button"
              className="primary"
              data-testid="claim-from-selection"
              title="Select words in the text first; or type the quote in the form that opens"
              onClick={() => {
                const picked = (textRef.current && selectionIn(textRef.current)) ?? lastSelection.current;
                setClaimFrom(picked ?? { quote: '', start: undefined });
              }}
            >
              Claim from selection
            </button>
            <button type="button" onClick={() => setEditing(true)} data-testid="edit-source">
              Edit source
            </button>
          </div>
          {unanchored.length > 0 && (
            <div className="unanchored" data-testid="unanchored-quotes" role="note">
              <h3>Unanchored quotes ({unanchored.length})</h3>
              <p className="hint">
                These quotes are no longer in the text as they were, with the words around them. They were not moved:
                fix the quote or the text.
              </p>
              <QuoteList quotes={unanchored} onOpen={openClaim} />
            </div>
          )}
          {text !== undefined && (
            <MentionsPanel story={story} text={text} mentions={mentions} open={reading.justAdded} dispatch={dispatch} />
          )}
          {text === undefined ? (
            <div data-testid="reader-quotes">
              <p className="hint">No text is stored for this source. Its quotes:</p>
              {used.length === 0 ? <p className="muted">None yet.</p> : <QuoteList quotes={used} onOpen={openClaim} />}
            </div>
          ) : (
            <ReaderText
              ref={textRef}
              text={text}
              quotes={located}
              mentions={mentions}
              entityName={entityName}
              onOpenClaim={(q) => openClaim(q.relationId)}
            />
          )}
        </>
      )}
      {claimFrom && source && (
        <ClaimEditor
          story={story}
          dispatch={dispatch}
          source={source}
          initial={claimFrom}
          onClose={() => {
            // A claim saved or given up: its words are not offered again.
            lastSelection.current = null;
            setClaimFrom(null);
          }}
        />
      )}
      {editing && source && (
        <SourceEditor story={story} dispatch={dispatch} sourceId={source.id} onClose={() => setEditing(false)} />
      )}
    </section>
  );
}

function QuoteList({ quotes, onOpen }: { quotes: readonly UsedQuote[]; onOpen: (relationId: string) => void }) {
  return (
    <ul className="reader-quote-list">
      {quotes.map((q) => (
        <li key={`${q.relationId}:${q.claimIndex}`}>
          <blockquote>“{q.quote}”</blockquote>
          <button type="button" className="link" onClick={() => onOpen(q.relationId)}>
            {q.reading}
          </button>
        </li>
      ))}
    </ul>
  );
}
