// One end of a claim: an entity found by name or alias, or a new one (Create entity "…"), with the type a new one
// will have. The choice is said under the box, so it is clear what the claim will be about.
import { useCallback } from 'react';
import type { Story } from '../../state/explorer';
import { searchEntities, searchIndexOf } from '../../model/search';
import { ENTITY_TYPES, ENTITY_TYPE_IDS } from '../../model/vocabulary';
import { Combobox, type ComboGroup } from '../Combobox';
import { entityOption } from '../EntityCombobox';

export type EntityChoice = { kind: 'entity'; id: string; label: string } | { kind: 'new'; name: string; type: string };

interface Props {
  story: Story;
  label: string;
  testId: string;
  value: EntityChoice | null;
  onChange: (choice: EntityChoice | null) => void;
}

export function ClaimEntityPicker({ story, label, testId, value, onChange }: Props) {
  const search = useCallback(
    (query: string): ComboGroup[] => {
      const name = query.trim();
      const found = searchEntities(searchIndexOf(story.dataset.entities), query, 8);
      const exact = found.some((m) => m.entity.label.toLowerCase() === name.toLowerCase());
      return [
        {
          options: found.map((m) =>
            entityOption(story, m.entity, m.matched, (entity) => {
              onChange({ kind: 'entity', id: entity.id, label: entity.label });
              return entity.label;
            }),
          ),
        },
        {
          options: exact
            ? []
            : [
                {
                  key: `create:${name}`,
                  content: <span className="search-reading">Create entity “{name}”</span>,
                  pick: () => {
                    onChange({ kind: 'new', name, type: 'person' });
                    return name;
                  },
                },
              ],
        },
      ];
    },
    [story, onChange],
  );
  return (
    <div className="claim-end">
      {/* The box's own name is the same word (aria-label): this shows it. */}
      <span className="end-label" aria-hidden="true">
        {label}
      </span>
      <Combobox
        search={search}
        empty={(query) => `No entity matches “${query}”`}
        placeholder="Type a name"
        label={label}
        testId={testId}
        className="search claim-end-box"
      />
      <p className="chosen" aria-live="polite">
        {value === null
          ? 'None chosen yet.'
          : value.kind === 'entity'
            ? `Chosen: ${value.label}`
            : `A new entity: ${value.name}`}
      </p>
      {value?.kind === 'new' && (
        <label>
          Type of the new entity{' '}
          <select value={value.type} onChange={(e) => onChange({ ...value, type: e.target.value })}>
            {ENTITY_TYPE_IDS.map((t) => (
              <option key={t} value={t}>
                {ENTITY_TYPES[t].label}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
