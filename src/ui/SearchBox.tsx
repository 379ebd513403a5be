// Find an entity by name or alias; picking a match selects it and brings it to the centre.
// Follows the ARIA combobox pattern so it works from the keyboard.
import { useId, useMemo, useState, type Dispatch, type KeyboardEvent } from 'react';
import type { Action, Story } from '../state/explorer';
import type { Visibility } from '../model/filters';
import { fold, searchEntities, searchIndexOf } from '../model/search';
import { nodeKey } from '../model/graph';
import { stylesOf } from './typeStyles';

interface Props {
  story: Story;
  visibility: Visibility;
  dispatch: Dispatch<Action>;
}

export function SearchBox({ story, visibility, dispatch }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const styles = stylesOf(story);
  // The index is built on the first query, not when a graph opens: folding and sorting 50k names would delay drawing.
  const matches = useMemo(() => (fold(query) === '' ? [] : searchEntities(searchIndexOf(story.dataset.entities), query, 8)), [story, query]);

  function pick(index: number) {
    const match = matches[index];
    if (!match) return;
    const key = nodeKey(match.entity.id);
    if (!visibility.nodes.has(key)) {
      // Searching for something the filters hide should still find it: clear the filters first.
      dispatch({ type: 'resetFilters' });
    }
    dispatch({ type: 'select', selection: { kind: 'entity', id: key }, center: true });
    setQuery(match.entity.label);
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
    <div className="search">
      <input
        type="search"
        placeholder="Search names and aliases"
        aria-label="Search entities"
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
        data-testid="search-input"
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
