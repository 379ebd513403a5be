// Every field of a relation, in place of its details: type, ends, date (read as the time bar reads it, with the
// days it covers shown as it is typed), its wording, details, modality, dispute, direction, label and id. The claims
// are edited one by one in the evidence list below (ClaimEditorInline).
import { useState, type Dispatch, type FormEvent } from 'react';
import type { Action, Story } from '../../state/explorer';
import type { Relation } from '../../model/schema';
import { readDateField, relationForm, relationFromForm, typeChoices, type RelationForm } from '../../model/edit/forms';
import { putRelation } from '../../model/edit/records';
import { MODALITIES, MODALITY_IDS, type Modality } from '../../model/vocabulary';
import { stylesOf } from '../typeStyles';
import { CheckField, EditError, SelectField, TextField } from './fields';
import { EndPicker } from './EndPicker';
import { useEditForm } from './useEditForm';
import './editors.css';

interface Props {
  story: Story;
  relation: Relation;
  dispatch: Dispatch<Action>;
  /** Called after a save (with the relation's id as saved) or a cancel (with nothing). */
  onClose: (savedId?: string) => void;
}

export const MODALITY_OPTIONS = MODALITY_IDS.map((m) => [m, MODALITIES[m].label] as const);

export function relationTypeOptions(story: Story, current?: string) {
  const styles = stylesOf(story);
  const declared = Object.keys(story.dataset.vocabulary?.relationTypes ?? {});
  return typeChoices('relation', declared, current).map((t) => [t, styles.relation(t).label] as const);
}

export function RelationEditor({ story, relation, dispatch, onClose }: Props) {
  const [form, setForm] = useState<RelationForm>(() => relationForm(relation));
  const edit = useEditForm(dispatch, () => onClose(), story.dataset);
  const set =
    <K extends keyof RelationForm>(key: K) =>
    (value: RelationForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const reading = readDateField(form.date, relation.date);

  function save(e: FormEvent) {
    e.preventDefault();
    const read = relationFromForm(form, relation);
    if (!read.ok) return void edit.apply(read);
    if (edit.apply(putRelation(story.dataset, read.value, relation.id))) onClose(read.value.id);
  }

  return (
    <form
      ref={edit.formRef}
      className="record-editor"
      data-testid="relation-editor"
      aria-label="Edit relation"
      onSubmit={save}
      onKeyDown={edit.onKeyDown}
      noValidate
    >
      <p className="kind">Editing relation</p>
      <EndPicker
        story={story}
        label="From"
        name="source"
        value={form.source}
        onChange={set('source')}
        invalid={edit.invalid}
        testId="relation-source-input"
      />
      <SelectField
        label="Type"
        name="type"
        value={form.type}
        onChange={set('type')}
        options={relationTypeOptions(story, relation.type)}
        invalid={edit.invalid}
        testId="relation-type-input"
      />
      <EndPicker
        story={story}
        label="To"
        name="target"
        value={form.target}
        onChange={set('target')}
        invalid={edit.invalid}
        testId="relation-target-input"
      />
      <SelectField
        label="Happened or not (modality)"
        name="modality"
        value={form.modality}
        onChange={(m) => set('modality')(m as Modality)}
        options={MODALITY_OPTIONS}
        invalid={edit.invalid}
        hint={MODALITIES[form.modality].description}
        testId="relation-modality-input"
      />
      <TextField
        label="Date"
        name="date"
        value={form.date}
        onChange={set('date')}
        invalid={edit.invalid}
        testId="relation-date-input"
        hint={
          <>
            <span data-testid="relation-date-reading">
              {reading.ok ? reading.reading : reading.error.replace(/^date: /, '')}
            </span>
            <br />
            An ISO date, month or year (2025-10-26, 2025-10, 2025), a span (2025-10-11/2025-10-20) or words (mid-October
            2025).
          </>
        }
      />
      <TextField
        label="Date as the articles word it"
        name="dateText"
        value={form.dateText}
        onChange={set('dateText')}
        invalid={edit.invalid}
      />
      <TextField
        label="Details"
        name="details"
        value={form.details}
        onChange={set('details')}
        invalid={edit.invalid}
        multiline
      />
      <CheckField
        label="Disputed: the sources disagree"
        name="disputed"
        checked={form.disputed}
        onChange={set('disputed')}
        invalid={edit.invalid}
      />
      <TextField
        label="What the sources disagree on"
        name="discrepancy"
        value={form.discrepancy}
        onChange={set('discrepancy')}
        invalid={edit.invalid}
        multiline
        required={form.disputed}
      />
      <CheckField
        label="Directed (from → to)"
        name="directed"
        checked={form.directed}
        onChange={set('directed')}
        invalid={edit.invalid}
      />
      <TextField label="Label" name="label" value={form.label} onChange={set('label')} invalid={edit.invalid} />
      <TextField label="Id" name="id" value={form.id} onChange={set('id')} invalid={edit.invalid} />
      <EditError id={edit.messageId} error={edit.error} />
      <div className="edit-buttons">
        <button type="submit" data-testid="editor-save">
          Save
        </button>
        <button type="button" onClick={() => onClose()} data-testid="editor-cancel">
          Cancel
        </button>
      </div>
    </form>
  );
}
