// Adds a source, or changes one: what it is, when it appeared, whom it cites, and its full text (pasted or read
// from a file). The edit is checked as a whole (model/edit/sources.ts); a problem is shown beside the form, naming
// the field, and the form keeps what was typed.
import { useEffect, useRef, useState, type Dispatch, type FormEvent } from 'react';
import type { Action, Story } from '../../state/explorer';
import type { Source } from '../../model/schema';
import { NOT_GIVEN, SOURCE_KINDS, SOURCE_KIND_IDS, type SourceKind } from '../../model/vocabulary';
import { addSource, editSource, type SourceDraft } from '../../model/edit/sources';
import { checkSourceText } from '../../io/sourceText';
import { useReturnFocus } from '../keys/useReturnFocus';
import { CitesPicker } from './CitesPicker';
import { SourceTextField } from './SourceTextField';
import { openReader } from './readerStore';
import './sourceEditor.css';
import '../dialogs.css';

interface Props {
  story: Story;
  dispatch: Dispatch<Action>;
  /** The source to change; absent: a new one. */
  sourceId?: string;
  onClose: () => void;
}

interface Form {
  kind: SourceKind;
  title: string;
  outlet: string;
  author: string;
  published: string;
  notGiven: boolean;
  notBefore: string;
  url: string;
  cites: string[];
  note: string;
  text: string;
}

function formOf(source: Source | undefined): Form {
  return {
    kind: source?.kind ?? 'article',
    title: source?.title ?? '',
    outlet: source?.outlet ?? '',
    author: source?.author ?? '',
    published: source && source.published !== NOT_GIVEN ? source.published : '',
    notGiven: source?.published === NOT_GIVEN,
    notBefore: source?.notBefore ?? '',
    url: source?.url ?? '',
    cites: source?.cites ?? [],
    note: source?.note ?? '',
    text: source?.text ?? '',
  };
}

/** The draft the form describes: blank optional fields are left out; fields the form does not show are kept. */
function draftOf(form: Form, before: Source | undefined): SourceDraft {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const kept: Partial<Source> = { ...before };
  delete kept.id;
  const draft: SourceDraft = {
    ...kept,
    kind: form.kind,
    title: form.title.trim(),
    outlet: optional(form.outlet),
    author: optional(form.author),
    published: form.notGiven ? NOT_GIVEN : form.published.trim(),
    notBefore: form.notGiven ? optional(form.notBefore) : undefined,
    url: optional(form.url),
    cites: form.cites,
    note: optional(form.note),
    text: form.text.trim() ? form.text : undefined,
  };
  for (const key of Object.keys(draft) as (keyof SourceDraft)[]) if (draft[key] === undefined) delete draft[key];
  return draft;
}

function isWebAddress(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

export function SourceEditor({ story, dispatch, sourceId, onClose }: Props) {
  useReturnFocus();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const before = sourceId === undefined ? undefined : story.dataset.sources.find((s) => s.id === sourceId);
  const [form, setForm] = useState<Form>(() => formOf(before));
  const [error, setError] = useState<string | null>(null);
  const change = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.title.trim()) return setError('Title: a source needs a title.');
    if (!form.notGiven && !form.published.trim())
      return setError('Published: give the date (2025-10-26, 2025-10 or 2025), or tick “not given”.');
    if (form.url.trim() && !isWebAddress(form.url.trim()))
      return setError('Address (URL): use a full web address starting with http:// or https://, or leave it empty.');
    const text = checkSourceText(form.text);
    if (!text.ok) return setError(`Full text: ${text.error}`);
    const draft = draftOf(form, before);
    if (before) {
      const result = editSource(story.dataset, before.id, draft);
      if (!result.ok) return setError(result.error);
      dispatch({ type: 'edited', dataset: result.dataset, message: result.message });
    } else {
      const result = addSource(story.dataset, draft);
      if (!result.ok) return setError(result.error);
      dispatch({ type: 'edited', dataset: result.dataset, message: result.message });
      openReader(dispatch, result.id, true);
    }
    onClose();
  }

  const title = before ? `Edit source: ${before.title}` : 'Add source';
  return (
    <dialog
      ref={dialog}
      className="modal source-editor"
      aria-labelledby="source-editor-title"
      data-testid="source-editor"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id="source-editor-title">{title}</h2>
        <div className="source-editor-grid">
          <label>
            Kind
            <select value={form.kind} onChange={(e) => change({ kind: e.target.value as SourceKind })}>
              {SOURCE_KIND_IDS.map((k) => (
                <option key={k} value={k}>
                  {SOURCE_KINDS[k]}
                </option>
              ))}
            </select>
          </label>
          <label className="wide">
            Title
            <input
              value={form.title}
              onChange={(e) => change({ title: e.target.value })}
              autoFocus
              data-testid="source-title"
            />
          </label>
          <label>
            Outlet
            <input value={form.outlet} onChange={(e) => change({ outlet: e.target.value })} />
          </label>
          <label>
            Author
            <input value={form.author} onChange={(e) => change({ author: e.target.value })} />
          </label>
          <label>
            Published
            <input
              value={form.published}
              disabled={form.notGiven}
              placeholder="2025-10-26, 2025-10 or 2025"
              onChange={(e) => change({ published: e.target.value })}
              data-testid="source-published"
            />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={form.notGiven} onChange={(e) => change({ notGiven: e.target.checked })} />
            Not given
          </label>
          {form.notGiven && (
            <label>
              Earliest possible day
              <input
                value={form.notBefore}
                placeholder="YYYY-MM-DD"
                onChange={(e) => change({ notBefore: e.target.value })}
              />
            </label>
          )}
          <label className="wide">
            Address (URL)
            <input type="url" value={form.url} onChange={(e) => change({ url: e.target.value })} />
          </label>
        </div>
        <CitesPicker
          sources={story.dataset.sources.filter((s) => s.id !== before?.id)}
          value={form.cites}
          onChange={(cites) => change({ cites })}
        />
        <label className="block">
          Note (your own words)
          <textarea value={form.note} rows={2} onChange={(e) => change({ note: e.target.value })} />
        </label>
        <SourceTextField value={form.text} onChange={(text) => change({ text })} onError={setError} />
        {error && (
          <p className="error" role="alert" data-testid="source-editor-error">
            {error}
          </p>
        )}
        <div className="popover-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" data-testid="source-save">
            {before ? 'Save changes' : 'Add source'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
