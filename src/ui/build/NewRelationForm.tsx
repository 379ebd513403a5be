// A new relation between two entities picked by search, with its type, whether it happened (modality) and its
// first claim: the source quoted and the quote. A story with sources needs a claim on every relation, so the
// schema refuses one without; a graph without sources (an imported one) may leave it out.
import { useState, type Dispatch, type FormEvent } from 'react';
import type { Action, Story } from '../../state/explorer';
import type { Relation } from '../../model/schema';
import { claimForm, claimFromForm, type ClaimForm } from '../../model/edit/forms';
import { freshId, putRelation } from '../../model/edit/records';
import type { Modality } from '../../model/vocabulary';
import { EditError, SelectField } from './fields';
import { EndPicker } from './EndPicker';
import { ClaimFields } from './ClaimFields';
import { MODALITY_OPTIONS, relationTypeOptions } from './RelationEditor';
import { useEditForm } from './useEditForm';

interface Props {
  story: Story;
  dispatch: Dispatch<Action>;
  /** Called with the new relation's id after a save, or nothing after a cancel. */
  onClose: (savedId?: string) => void;
}

export function NewRelationForm({ story, dispatch, onClose }: Props) {
  const [source, setSource] = useState('');
  const [target, setTarget] = useState('');
  const [type, setType] = useState('requested_aid');
  const [modality, setModality] = useState<Modality>('happened');
  const [claim, setClaim] = useState<ClaimForm>(() => claimForm(undefined));
  const edit = useEditForm(dispatch, () => onClose());
  const hasSources = story.dataset.sources.length > 0;

  function save(e: FormEvent) {
    e.preventDefault();
    if (!source) return void edit.apply({ ok: false, error: 'from: pick the entity the relation goes from' });
    if (!target) return void edit.apply({ ok: false, error: 'to: pick the entity the relation goes to' });
    if (hasSources && !claim.source)
      return void edit.apply({ ok: false, error: 'source: pick the source the first claim quotes' });
    const taken = new Set(story.dataset.relations.map((r) => r.id));
    const relation: Relation = {
      id: freshId(`${source}-${type}-${target}`, taken),
      type,
      source,
      target,
      modality,
      disputed: false,
      directed: true,
      claims: claim.source || claim.quote.trim() ? [claimFromForm(claim)] : [],
    };
    if (edit.apply(putRelation(story.dataset, relation))) onClose(relation.id);
  }

  return (
    <form
      ref={edit.formRef}
      className="record-editor"
      data-testid="new-relation-editor"
      aria-label="New relation"
      onSubmit={save}
      onKeyDown={edit.onKeyDown}
      noValidate
    >
      <EndPicker
        story={story}
        label="From"
        name="from"
        value={source}
        onChange={setSource}
        invalid={edit.invalid}
        testId="new-relation-from"
      />
      <SelectField
        label="Type"
        name="type"
        value={type}
        onChange={setType}
        options={relationTypeOptions(story)}
        invalid={edit.invalid}
        testId="new-relation-type"
      />
      <EndPicker
        story={story}
        label="To"
        name="to"
        value={target}
        onChange={setTarget}
        invalid={edit.invalid}
        testId="new-relation-to"
      />
      <SelectField
        label="Happened or not (modality)"
        name="modality"
        value={modality}
        onChange={(m) => setModality(m as Modality)}
        options={MODALITY_OPTIONS}
        invalid={edit.invalid}
      />
      <fieldset className="edit-rows">
        <legend>First claim</legend>
        <ClaimFields story={story} form={claim} onChange={setClaim} invalid={edit.invalid} brief />
      </fieldset>
      <EditError id={edit.messageId} error={edit.error} />
      <div className="edit-buttons">
        <button type="submit" data-testid="editor-save">
          Add relation
        </button>
        <button type="button" onClick={() => onClose()} data-testid="editor-cancel">
          Cancel
        </button>
      </div>
    </form>
  );
}
