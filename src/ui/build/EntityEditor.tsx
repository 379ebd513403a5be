// Every field of an entity, in place of its details (or in the "New entity" dialog): id, name, type, aliases,
// country, role, description and free attributes. Save applies one checked edit; Cancel or Escape leaves all as it was.
import { useState, type Dispatch, type FormEvent } from 'react';
import type { Action, Story } from '../../state/explorer';
import type { Entity } from '../../model/schema';
import { entityForm, entityFromForm, typeChoices, type AttributeRow, type EntityForm } from '../../model/edit/forms';
import { freshId, putEntity } from '../../model/edit/records';
import { countryName } from '../../model/vocabulary';
import { stylesOf } from '../typeStyles';
import { EditError, SelectField, TextField } from './fields';
import { useEditForm } from './useEditForm';
import './editors.css';

interface Props {
  story: Story;
  /** The entity to edit; none for a new one. */
  entity?: Entity;
  dispatch: Dispatch<Action>;
  /** Called after a save (with the entity's id as saved) or a cancel (with nothing). */
  onClose: (savedId?: string) => void;
}

export function EntityEditor({ story, entity, dispatch, onClose }: Props) {
  const [form, setForm] = useState<EntityForm>(() => entityForm(entity));
  const edit = useEditForm(dispatch, () => onClose(), story.dataset);
  const set =
    <K extends keyof EntityForm>(key: K) =>
    (value: EntityForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const styles = stylesOf(story);
  const declared = Object.keys(story.dataset.vocabulary?.entityTypes ?? {});
  const types = typeChoices('entity', declared, entity?.type).map((t) => [t, styles.entity(t).label] as const);
  const isNew = entity === undefined;
  const country = form.country.trim().toUpperCase();

  function save(e: FormEvent) {
    e.preventDefault();
    // A new entity's id is made from its name unless one is typed; an existing one keeps its id unless changed.
    const typedId = form.id.trim();
    const id =
      isNew && typedId === ''
        ? freshId(form.label || 'entity', new Set(story.dataset.entities.map((x) => x.id)))
        : typedId;
    const read = entityFromForm({ ...form, id }, entity);
    if (!read.ok) return void edit.apply(read);
    if (edit.apply(putEntity(story.dataset, read.value, entity?.id ?? read.value.id))) onClose(read.value.id);
  }

  const setRow = (i: number, row: Partial<AttributeRow>) =>
    setForm((f) => ({ ...f, attributes: f.attributes.map((r, j) => (j === i ? { ...r, ...row } : r)) }));

  return (
    <form
      ref={edit.formRef}
      className="record-editor"
      data-testid="entity-editor"
      aria-label={isNew ? 'New entity' : `Edit ${entity.label}`}
      onSubmit={save}
      onKeyDown={edit.onKeyDown}
      noValidate
    >
      {!isNew && <p className="kind">Editing entity</p>}
      <TextField
        label="Name"
        name="label"
        value={form.label}
        onChange={set('label')}
        invalid={edit.invalid}
        required
        testId="entity-label-input"
      />
      <SelectField
        label="Type"
        name="type"
        value={form.type}
        onChange={set('type')}
        options={types}
        invalid={edit.invalid}
      />
      <TextField
        label="Also called"
        name="aliases"
        value={form.aliases}
        onChange={set('aliases')}
        invalid={edit.invalid}
        multiline
        hint="One name per line."
      />
      <TextField
        label="Country code"
        name="country"
        value={form.country}
        onChange={set('country')}
        invalid={edit.invalid}
        hint={
          /^[A-Z]{2}$/.test(country) && countryName(country) !== country
            ? countryName(country)
            : 'Two letters (ISO 3166-1), e.g. VE; empty for none.'
        }
      />
      <TextField label="Role" name="role" value={form.role} onChange={set('role')} invalid={edit.invalid} />
      <TextField
        label="Description"
        name="description"
        value={form.description}
        onChange={set('description')}
        invalid={edit.invalid}
        multiline
      />
      <fieldset className="edit-rows" data-field="attributes">
        <legend>Attributes</legend>
        {form.attributes.length === 0 && <p className="hint">None.</p>}
        {form.attributes.map((row, i) => (
          <div className="edit-row" key={i}>
            <input
              type="text"
              aria-label={`Attribute ${i + 1} name`}
              value={row.name}
              onChange={(e) => setRow(i, { name: e.target.value })}
            />
            <input
              type="text"
              aria-label={`Attribute ${i + 1} value`}
              value={row.value}
              onChange={(e) => setRow(i, { value: e.target.value })}
            />
            <button
              type="button"
              className="link"
              aria-label={`Remove attribute ${i + 1}`}
              onClick={() => setForm((f) => ({ ...f, attributes: f.attributes.filter((_, j) => j !== i) }))}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="link"
          onClick={() => setForm((f) => ({ ...f, attributes: [...f.attributes, { name: '', value: '' }] }))}
        >
          Add attribute
        </button>
        <p className="hint">A value of true or false, or a plain number, is stored as such; anything else as text.</p>
      </fieldset>
      <TextField
        label="Id"
        name="id"
        value={form.id}
        onChange={set('id')}
        invalid={edit.invalid}
        hint={isNew ? 'Made from the name when left empty.' : 'Changing it follows into every relation.'}
      />
      <EditError id={edit.messageId} error={edit.error} />
      <div className="edit-buttons">
        <button type="submit" data-testid="editor-save">
          {isNew ? 'Add entity' : 'Save'}
        </button>
        <button type="button" onClick={() => onClose()} data-testid="editor-cancel">
          Cancel
        </button>
      </div>
    </form>
  );
}
