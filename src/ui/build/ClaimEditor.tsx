// Makes a claim from a quote: who (subject) did what (relation type, modality) to whom (object), as the quote says
// it, with its status, hedging, date, chain and note. Saving adds it to the relation with the same ends and type,
// or creates that relation; new entities picked with "Create entity" are added in the same step (one undo).
import { useCallback, useEffect, useRef, useState, type Dispatch, type FormEvent } from 'react';
import type { Action, Story } from '../../state/explorer';
import type { Dataset, Source } from '../../model/schema';
import {
  CLAIM_STATUSES,
  CLAIM_STATUS_IDS,
  MODALITIES,
  MODALITY_IDS,
  type ClaimStatus,
  type Modality,
} from '../../model/vocabulary';
import { addClaimFromQuote, relationTypeId } from '../../model/edit/claimFromQuote';
import { freshId, putEntity } from '../../model/edit/records';
import type { Passage } from '../../model/quoteAnchor';
import { useReturnFocus } from '../keys/useReturnFocus';
import { ClaimEntityPicker, type EntityChoice } from './ClaimEntityPicker';
import { ClaimTypeFields, NEW_TYPE } from './ClaimTypeFields';
import { ChainSelect, chainValue } from './ChainSelect';
import { readClaimDate } from './claimDate';
import type { TextSelection } from './textSelection';
import '../dialogs.css';

interface Props {
  story: Story;
  dispatch: Dispatch<Action>;
  source: Source;
  initial: TextSelection;
  onClose: () => void;
}

/** The entity id a choice stands for, adding a new entity to the dataset first when it is one. */
function withEnd(
  dataset: Dataset,
  choice: EntityChoice | null,
  field: string,
): { ok: true; dataset: Dataset; id: string } | { ok: false; error: string } {
  if (!choice) return { ok: false, error: `${field}: pick an entity, or create one` };
  if (choice.kind === 'entity') return { ok: true, dataset, id: choice.id };
  const id = freshId(choice.name, new Set(dataset.entities.map((e) => e.id)));
  const added = putEntity(dataset, { id, type: choice.type, label: choice.name, aliases: [] });
  return added.ok ? { ok: true, dataset: added.dataset, id } : { ok: false, error: `${field}: ${added.error}` };
}

/** Relation types that name a request: a claim of one is, by default, of something requested, not done. */
const REQUEST_TYPES = new Set(['requested_aid', 'requested_item']);
export function ClaimEditor({ story, dispatch, source, initial, onClose }: Props) {
  useReturnFocus();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const [quote, setQuote] = useState(initial.quote.replace(/\s+/g, ' ').trim());
  const [near, setNear] = useState(initial.start);
  const [subject, setSubjectState] = useState<EntityChoice | null>(null);
  const [object, setObjectState] = useState<EntityChoice | null>(null);
  const setSubject = useCallback((c: EntityChoice | null) => setSubjectState(c), []);
  const setObject = useCallback((c: EntityChoice | null) => setObjectState(c), []);
  const [type, setType] = useState('');
  const [newType, setNewType] = useState('');
  const [modality, setModality] = useState<Modality>('happened');
  const [modalityChosen, setModalityChosen] = useState(false);
  const [status, setStatus] = useState<ClaimStatus>('reported');
  const [hedged, setHedged] = useState(false);
  const [dateText, setDateText] = useState('');
  const [via, setVia] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [closest, setClosest] = useState<Passage | null>(null);
  const date = readClaimDate(dateText, source);

  function submit(event: FormEvent) {
    event.preventDefault();
    setClosest(null);
    if (!type) return setError('Relation type: choose one, or “New type…”');
    if (date.kind === 'unread') return setError(`Date: ${date.reason}`);
    const start = withEnd(story.dataset, subject, 'Subject');
    if (!start.ok) return setError(start.error);
    const end = withEnd(start.dataset, object, 'Object');
    if (!end.ok) return setError(end.error);
    const creating = type === NEW_TYPE;
    const result = addClaimFromQuote(end.dataset, {
      subject: start.id,
      object: end.id,
      type: creating ? relationTypeId(newType, end.dataset) : type,
      newTypeLabel: creating ? newType : undefined,
      modality,
      near,
      claim: {
        source: source.id,
        quote,
        status,
        ...(hedged ? { hedged: true } : {}),
        ...(chainValue(via) !== undefined ? { via: chainValue(via) } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      ...(date.kind === 'read' ? { date: date.date, dateText: date.dateText } : {}),
    });
    if (!result.ok) {
      setError(result.error);
      setClosest(('closest' in result && result.closest) || null);
      return;
    }
    const added = [subject, object].filter((c) => c?.kind === 'new').length;
    const prefix = added > 0 ? `Added ${added === 1 ? 'a new entity' : '2 new entities'}. ` : '';
    dispatch({ type: 'edited', dataset: result.dataset, message: prefix + result.message });
    onClose();
  }

  return (
    <dialog
      ref={dialog}
      className="modal claim-editor"
      aria-labelledby="claim-editor-title"
      data-testid="claim-editor"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id="claim-editor-title">New claim from {source.outlet ?? source.title}</h2>
        <label className="block">
          Quote (word for word from the source, at most 40 words)
          <textarea
            value={quote}
            rows={3}
            onChange={(e) => {
              setQuote(e.target.value);
              setNear(undefined);
            }}
            data-testid="claim-quote"
          />
        </label>
        {source.text === undefined && (
          <p className="hint">
            This source has no stored text, so the quote cannot be checked or anchored: add its text with “Edit source”
            to have it checked.
          </p>
        )}
        <div className="claim-ends">
          <ClaimEntityPicker
            story={story}
            label="Subject"
            testId="claim-subject"
            value={subject}
            onChange={setSubject}
          />
          <ClaimEntityPicker story={story} label="Object" testId="claim-object" value={object} onChange={setObject} />
        </div>
        <div className="claim-grid">
          <ClaimTypeFields
            story={story}
            type={type}
            onType={(next) => {
              setType(next);
              // A request is not drawn as done: choosing "asked for…" suggests its modality, until the user picks one.
              if (!modalityChosen) setModality(REQUEST_TYPES.has(next) ? 'requested' : 'happened');
            }}
            newType={newType}
            onNewType={setNewType}
          />
          <label>
            Modality
            <select
              value={modality}
              onChange={(e) => {
                setModality(e.target.value as Modality);
                setModalityChosen(true);
              }}
              data-testid="claim-modality"
            >
              {MODALITY_IDS.map((m) => (
                <option key={m} value={m}>
                  {MODALITIES[m].label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Status
            <select
              value={status}
              onChange={(e) => setStatus(e.target.value as ClaimStatus)}
              data-testid="claim-status"
            >
              {CLAIM_STATUS_IDS.map((s) => (
                <option key={s} value={s}>
                  {CLAIM_STATUSES[s].label}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={hedged} onChange={(e) => setHedged(e.target.checked)} />
            Hedged (“possibly”, “reportedly”)
          </label>
          <label>
            Date
            <input
              value={dateText}
              placeholder="2025-10, mid-October 2025, last week"
              onChange={(e) => setDateText(e.target.value)}
              aria-describedby="claim-date-reading"
              data-testid="claim-date"
            />
          </label>
          <p id="claim-date-reading" className="date-reading" data-testid="claim-date-reading" aria-live="polite">
            {date.kind === 'none' ? 'No date.' : date.kind === 'read' ? date.says : `Cannot read it: ${date.reason}`}
          </p>
          <ChainSelect story={story} source={source} value={via} onChange={setVia} />
        </div>
        <label className="block">
          Note (your own words)
          <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && (
          <div className="error" role="alert" data-testid="claim-error">
            <p>{error}</p>
            {closest && (
              <>
                <p>Closest passage in the text:</p>
                <blockquote data-testid="closest-passage">{closest.text}</blockquote>
                <button
                  type="button"
                  onClick={() => {
                    setQuote(closest.text.replace(/\s+/g, ' '));
                    setNear(closest.start);
                    setError(null);
                    setClosest(null);
                  }}
                >
                  Use this passage
                </button>
              </>
            )}
          </div>
        )}
        <div className="popover-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" data-testid="claim-save">
            Save claim
          </button>
        </div>
      </form>
    </dialog>
  );
}
