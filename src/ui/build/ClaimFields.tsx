// A claim's fields, shared by the claim editor and the first claim of a new relation: the source quoted, the quote
// (with its word count against the limit), status, the chain it came through, hedged, version and note.
import type { Story } from '../../state/explorer';
import type { ClaimForm, ViaChoice } from '../../model/edit/forms';
import { MAX_QUOTE_WORDS, wordCount } from '../../model/schema';
import { CLAIM_STATUSES, CLAIM_STATUS_IDS, type ClaimStatus } from '../../model/vocabulary';
import { fullSourceName, shortSourceName } from '../sourceLabel';
import { CheckField, SelectField, TextField } from './fields';

interface Props {
  story: Story;
  form: ClaimForm;
  onChange: (form: ClaimForm) => void;
  invalid: { field: string | undefined; messageId: string };
  /** Only the source, quote and status (a new relation's first claim); the rest can be edited after. */
  brief?: boolean;
}

const STATUS_OPTIONS = CLAIM_STATUS_IDS.map((s) => [s, CLAIM_STATUSES[s].label] as const);
const VIA_OPTIONS: (readonly [ViaChoice, string])[] = [
  ['cites', 'what the article cites'],
  ['own', 'the article’s own words'],
  ['list', 'the sources listed below'],
];

/** A source's name and headline, cut to fit a select's width. */
const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

export function ClaimFields({ story, form, onChange, invalid, brief }: Props) {
  const set =
    <K extends keyof ClaimForm>(key: K) =>
    (value: ClaimForm[K]) =>
      onChange({ ...form, [key]: value });
  const index = story.graph.getAttribute('sourceIndex');
  const sources = story.dataset.sources.map((s) => [s.id, clip(fullSourceName(s, s.id))] as const);
  const sourceOptions = form.source ? sources : [['', 'Pick a source…'] as const, ...sources];
  const words = wordCount(form.quote);
  const addable = sources.filter(([id]) => id !== form.source && !form.via.includes(id));
  return (
    <>
      <SelectField
        label="Source"
        name="source"
        value={form.source}
        onChange={set('source')}
        options={sourceOptions}
        invalid={invalid}
        testId="claim-source-input"
      />
      <TextField
        label="Quote"
        name="quote"
        value={form.quote}
        onChange={set('quote')}
        invalid={invalid}
        multiline
        required
        testId="claim-quote-input"
        hint={`The source’s exact words: ${words} of at most ${MAX_QUOTE_WORDS} words.`}
      />
      <SelectField
        label="Status"
        name="status"
        value={form.status}
        onChange={(s) => set('status')(s as ClaimStatus)}
        options={STATUS_OPTIONS}
        invalid={invalid}
        hint={CLAIM_STATUSES[form.status].description}
        testId="claim-status-input"
      />
      {!brief && (
        <>
          <CheckField
            label="Hedged: the quote says possibly, reportedly…"
            name="hedged"
            checked={form.hedged}
            onChange={set('hedged')}
            invalid={invalid}
          />
          <SelectField
            label="Came through"
            name="via"
            value={form.viaChoice}
            onChange={(v) => set('viaChoice')(v as ViaChoice)}
            options={VIA_OPTIONS}
            invalid={invalid}
          />
          {form.viaChoice === 'list' && (
            <fieldset className="edit-rows">
              <legend>Chain, nearest first</legend>
              {form.via.length === 0 && <p className="hint">No source listed yet.</p>}
              <ol className="via-list">
                {form.via.map((id, i) => (
                  <li key={id}>
                    {shortSourceName(index.byId.get(id), id)}{' '}
                    <button
                      type="button"
                      className="link"
                      aria-label={`Remove ${shortSourceName(index.byId.get(id), id)} from the chain`}
                      onClick={() => set('via')(form.via.filter((_, j) => j !== i))}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ol>
              {addable.length > 0 && (
                <SelectField
                  label="Add to the chain"
                  name="via-add"
                  value=""
                  onChange={(id) => id && set('via')([...form.via, id])}
                  options={[['', 'Pick a source…'], ...addable]}
                />
              )}
            </fieldset>
          )}
          <TextField
            label="Version (on a disputed relation)"
            name="version"
            value={form.version}
            onChange={set('version')}
            invalid={invalid}
          />
          <TextField label="Note" name="note" value={form.note} onChange={set('note')} invalid={invalid} multiline />
        </>
      )}
    </>
  );
}
