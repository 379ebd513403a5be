// The relation type of a claim: the vocabulary's types, the investigation's own, or a new one named here.
import type { Story } from '../../state/explorer';
import { RELATION_TYPES, RELATION_TYPE_IDS } from '../../model/vocabulary';

export const NEW_TYPE = '\u0000new';

interface Props {
  story: Story;
  type: string;
  onType: (type: string) => void;
  newType: string;
  onNewType: (label: string) => void;
}

export function ClaimTypeFields({ story, type, onType, newType, onNewType }: Props) {
  const own = Object.entries(story.dataset.vocabulary?.relationTypes ?? {}).filter(
    ([id]) => !Object.hasOwn(RELATION_TYPES, id),
  );
  return (
    <>
      <label>
        Relation type
        <select value={type} onChange={(e) => onType(e.target.value)} data-testid="claim-relation-type">
          <option value="">Choose a type…</option>
          <optgroup label="Vocabulary">
            {RELATION_TYPE_IDS.map((id) => (
              <option key={id} value={id}>
                {RELATION_TYPES[id].label}
              </option>
            ))}
          </optgroup>
          {own.length > 0 && (
            <optgroup label="This investigation’s types">
              {own.map(([id, t]) => (
                <option key={id} value={id}>
                  {t.label || id}
                </option>
              ))}
            </optgroup>
          )}
          <option value={NEW_TYPE}>New type…</option>
        </select>
      </label>
      {type === NEW_TYPE && (
        <label>
          Name of the new type (reads subject → object)
          <input
            value={newType}
            placeholder="e.g. trained pilots for"
            onChange={(e) => onNewType(e.target.value)}
            data-testid="claim-new-type"
          />
        </label>
      )}
    </>
  );
}
