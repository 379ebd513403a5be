// A text box that finds entities by name or alias (accents optional) and offers the matches as a list; "Path to…"
// uses it to pick the other end of a path, where only an entity will do.
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { Story } from '../state/explorer';
import type { Entity } from '../model/schema';
import { searchEntities, searchIndexOf } from '../model/search';
import { stylesOf } from './typeStyles';
import { Combobox, type ComboGroup, type ComboOption } from './Combobox';

interface Props {
  story: Story;
  /** Called with the picked entity; returns the text to leave in the box. */
  onPick: (entity: Entity) => string;
  placeholder: string;
  label: string;
  testId: string;
  className?: string;
}

export function EntityCombobox({ story, onPick, placeholder, label, testId, className }: Props) {
  // The latest handler, so that a new one each render does not make the list search again.
  const pickRef = useRef(onPick);
  useLayoutEffect(() => {
    pickRef.current = onPick;
  });
  // The index is built on the first query, not when a graph opens: folding and sorting 50k names would delay drawing.
  const search = useCallback(
    (query: string): ComboGroup[] => [
      {
        options: searchEntities(searchIndexOf(story.dataset.entities), query, 8).map((m) =>
          entityOption(story, m.entity, m.matched, (entity) => pickRef.current(entity)),
        ),
      },
    ],
    [story],
  );
  return (
    <Combobox
      search={search}
      empty={(query) => `No entity matches “${query}”`}
      placeholder={placeholder}
      label={label}
      testId={testId}
      className={className}
    />
  );
}

/** An entity as a search offers it: its type's colour, its name, and the alias that matched if not the name. */
export function entityOption(
  story: Story,
  entity: Entity,
  matched: string,
  onPick: (entity: Entity) => string,
): ComboOption {
  return {
    key: `entity:${entity.id}`,
    content: (
      <>
        <span className="swatch" style={{ background: stylesOf(story).entity(entity.type).color }} />
        {/* One span, so that a long name and its alias wrap as one line of text. */}
        <span className="search-reading">
          {entity.label}
          {matched !== entity.label && <span className="muted"> ({matched})</span>}
        </span>
      </>
    ),
    pick: () => onPick(entity),
  };
}
