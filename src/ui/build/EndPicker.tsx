// One end of a relation, picked by searching entities (names and aliases, accents optional): the current pick is
// shown beside the search box, so a keyboard user hears what is chosen before changing it.
import { useId } from 'react';
import type { Story } from '../../state/explorer';
import { EntityCombobox } from '../EntityCombobox';

interface Props {
  story: Story;
  label: string;
  /** The picked entity's id ('' for none yet). */
  value: string;
  onChange: (id: string) => void;
  /** The record field it stands for (source, target), marked when a refused save names it. */
  name: string;
  invalid?: { field: string | undefined; messageId: string };
  testId: string;
}

export function EndPicker({ story, label, value, onChange, name, invalid, testId }: Props) {
  const id = useId();
  const picked = story.dataset.entities.find((e) => e.id === value);
  const bad = invalid?.field === name;
  return (
    <div className={`edit-field end-picker${bad ? ' invalid' : ''}`} data-field={name} tabIndex={-1}>
      <span className="end-label" id={id}>
        {label}:{' '}
        <output data-testid={`${testId}-picked`} aria-live="polite">
          {picked ? picked.label : 'none picked'}
        </output>
      </span>
      <EntityCombobox
        story={story}
        label={`${label}: search an entity`}
        placeholder="Search by name…"
        testId={testId}
        className="search end-search"
        onPick={(entity) => {
          onChange(entity.id);
          return '';
        }}
      />
    </div>
  );
}
