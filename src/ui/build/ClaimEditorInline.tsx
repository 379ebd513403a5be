// One claim edited where it is listed, in the relation's evidence: Save applies one checked edit (a quote over the
// word limit, an unknown chain or a missing version is refused, naming the field); Cancel or Escape leaves it.
import { useState, type Dispatch, type FormEvent } from 'react';
import type { Action, Story } from '../../state/explorer';
import type { Claim } from '../../model/schema';
import { claimForm, claimFromForm, type ClaimForm } from '../../model/edit/forms';
import { putClaim } from '../../model/edit/records';
import { EditError } from './fields';
import { ClaimFields } from './ClaimFields';
import { useEditForm } from './useEditForm';
import './editors.css';

interface Props {
  story: Story;
  relationId: string;
  /** The claim's place among the relation's claims (all of them, whatever a time window shows). */
  index: number;
  claim: Claim;
  dispatch: Dispatch<Action>;
  onClose: () => void;
}

export function ClaimEditorInline({ story, relationId, index, claim, dispatch, onClose }: Props) {
  const [form, setForm] = useState<ClaimForm>(() => claimForm(claim));
  const edit = useEditForm(dispatch, onClose, story.dataset);

  function save(e: FormEvent) {
    e.preventDefault();
    if (edit.apply(putClaim(story.dataset, relationId, index, claimFromForm(form, claim)))) onClose();
  }

  return (
    <form
      ref={edit.formRef}
      className="record-editor claim-inline"
      data-testid="claim-inline-editor"
      aria-label={`Edit claim ${index + 1}`}
      onSubmit={save}
      onKeyDown={edit.onKeyDown}
      noValidate
    >
      <ClaimFields story={story} form={form} onChange={setForm} invalid={edit.invalid} />
      <EditError id={edit.messageId} error={edit.error} />
      <div className="edit-buttons">
        <button type="submit" data-testid="editor-save">
          Save
        </button>
        <button type="button" onClick={onClose} data-testid="editor-cancel">
          Cancel
        </button>
      </div>
    </form>
  );
}
