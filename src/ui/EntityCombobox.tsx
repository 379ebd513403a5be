// A text box that finds entities by name or alias (accents optional) and offers the matches as a list, following
// the ARIA combobox pattern so it works from the keyboard. The top search and "Path to…" both use it.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Story } from '../state/explorer';
import type { Entity } from '../model/schema';
import { fold, searchEntities, searchIndexOf } from '../model/search';
import { stylesOf } from './typeStyles';

interface Props {
  story: Story;
  /** Called with the picked entity; returns the text to leave in the box. */
  onPick: (entity: Entity) => string;
  placeholder: string;
  label: string;
  testId: string;
  className?: string;
  /** A key that reaches the box from anywhere on the page (ui/keys/appKeys.ts). */
  keyShortcut?: string;
}

export function EntityCombobox({
  story,
  onPick,
  placeholder,
  label,
  testId,
  className = 'search',
  keyShortcut,
}: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const styles = stylesOf(story);
  // The index is built on the first query, not when a graph opens: folding and sorting 50k names would delay drawing.
  const matches = useMemo(
    () => (fold(query) === '' ? [] : searchEntities(searchIndexOf(story.dataset.entities), query, 8)),
    [story, query],
  );

  function pick(index: number) {
    const match = matches[index];
    if (!match) return;
    setQuery(onPick(match.entity));
    setOpen(false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  const showList = open && query.trim().length > 0;
  return (
    <div className={className}>
      <input
        type="search"
        placeholder={placeholder}
        aria-label={label}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && matches[active] ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid={testId}
        aria-keyshortcuts={keyShortcut}
        title={keyShortcut && `${label} (${keyShortcut})`}
      />
      {showList && (
        <ul className="search-results" id={listId} role="listbox" aria-label="Matches">
          {matches.length === 0 && <li className="empty">No entity matches “{query}”</li>}
          {matches.map((m, i) => (
            <li
              key={m.entity.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // mousedown, not click: it fires before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
            >
              <span className="swatch" style={{ background: styles.entity(m.entity.type).color }} />
              {m.entity.label}
              {m.matched !== m.entity.label && <span className="muted"> ({m.matched})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
