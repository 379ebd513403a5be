// The fields every record editor is made of: a label tied to its control, and the control marked invalid (and
// described by the error) when a refused save names its field. Values are React state; nothing is set as HTML.
import { useId, type ReactNode } from 'react';

interface Common {
  label: string;
  /** The record's field name, as an edit's error names it (label, country, quote…). */
  name: string;
  /** The field a refused save named, and the id of the message saying why. */
  invalid?: { field: string | undefined; messageId: string };
  hint?: ReactNode;
  testId?: string;
}

function invalidProps(name: string, invalid: Common['invalid'], hintId: string | undefined) {
  const bad = invalid?.field === name;
  const describedBy = [bad ? invalid!.messageId : undefined, hintId].filter(Boolean).join(' ');
  return {
    'aria-invalid': bad || undefined,
    'aria-describedby': describedBy || undefined,
    'data-field': name,
  };
}

export function TextField({
  label,
  name,
  value,
  onChange,
  invalid,
  hint,
  testId,
  multiline,
  required,
}: Common & { value: string; onChange: (value: string) => void; multiline?: boolean; required?: boolean }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const shared = {
    id,
    name,
    value,
    'data-testid': testId,
    'aria-required': required || undefined,
    ...invalidProps(name, invalid, hintId),
  };
  return (
    <div className="edit-field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden> *</span>}
      </label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...shared} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

export function SelectField({
  label,
  name,
  value,
  onChange,
  options,
  invalid,
  hint,
  testId,
}: Common & { value: string; onChange: (value: string) => void; options: readonly (readonly [string, string])[] }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="edit-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
        {...invalidProps(name, invalid, hintId)}
      >
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

export function CheckField({
  label,
  name,
  checked,
  onChange,
  invalid,
  testId,
}: Common & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="edit-field edit-check">
      <label>
        <input
          type="checkbox"
          name={name}
          checked={checked}
          data-testid={testId}
          onChange={(e) => onChange(e.target.checked)}
          {...invalidProps(name, invalid, undefined)}
        />{' '}
        {label}
      </label>
    </div>
  );
}

/** The refusal of a save, next to the form: it names the field, and the form keeps what was typed. */
export function EditError({ id, error }: { id: string; error: string | null }) {
  return (
    // Always in the page, so that a screen reader announces the text when it appears.
    <p id={id} role="alert" className="edit-error" data-testid="edit-error">
      {error}
    </p>
  );
}
