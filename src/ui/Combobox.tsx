// A text box that offers what a query finds as a list, optionally in groups under headings, following the ARIA
// combobox pattern so it works from the keyboard: ↑/↓ move through every option across groups, Enter picks.
// The top search (entities, sources, relations) and "Path to…" (entities only) both use it.
import { useEffect, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { fold } from '../model/search';
import './combobox.css';

export interface ComboOption {
  key: string;
  content: ReactNode;
  /** Acts on the option; returns the text to leave in the box. */
  pick: () => string;
}

export interface ComboGroup {
  /** The heading, which also names the group for assistive technology; without one the options stand alone. */
  heading?: string;
  options: ComboOption[];
}

interface Props {
  /** What a query finds; called again only when the query or this function changes. */
  search: (query: string) => ComboGroup[];
  /** Said when a query finds nothing: "No matches for “xyz”". */
  empty: (query: string) => string;
  placeholder: string;
  label: string;
  testId: string;
  className?: string;
  /** A key that reaches the box from anywhere on the page (ui/keys/appKeys.ts). */
  keyShortcut?: string;
  /** Told of every change of the text (a search that asks a server starts here, and hands its results to `search`). */
  onQueryChange?: (query: string) => void;
}

export function Combobox({
  search,
  empty,
  placeholder,
  label,
  testId,
  className = 'search',
  keyShortcut,
  onQueryChange,
}: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const groups = useMemo(() => (fold(query) === '' ? [] : search(query)), [search, query]);
  const options = useMemo(() => groups.flatMap((g) => g.options), [groups]);
  const optionId = (index: number) => `${listId}-${index}`;

  const showList = open && query.trim().length > 0;
  const expanded = showList && options.length > 0;

  // A long list scrolls; keep the option the arrows reached in sight.
  useEffect(() => {
    if (expanded) document.getElementById(`${listId}-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [expanded, active, listId]);

  function pick(index: number) {
    const option = options[index];
    if (!option) return;
    setQuery(option.pick());
    setOpen(false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
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

  let index = 0;
  const renderOption = (option: ComboOption) => {
    const i = index++;
    return (
      <li
        key={option.key}
        id={optionId(i)}
        role="option"
        aria-selected={i === active}
        className={i === active ? 'active' : undefined}
        // mousedown, not click: it fires before the input's blur closes the list.
        onMouseDown={(e) => {
          e.preventDefault();
          pick(i);
        }}
      >
        {option.content}
      </li>
    );
  };

  return (
    <div className={className}>
      <input
        type="search"
        placeholder={placeholder}
        aria-label={label}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && options[active] ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          onQueryChange?.(e.target.value);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid={testId}
        aria-keyshortcuts={keyShortcut}
        title={keyShortcut && `${label} (${keyShortcut})`}
      />
      {showList && !expanded && (
        <p className="search-results empty" role="status">
          {empty(query.trim())}
        </p>
      )}
      {expanded && (
        // A press on a heading or the scroll bar must not take the focus from the box.
        <div
          className="search-results"
          id={listId}
          role="listbox"
          aria-label="Matches"
          onMouseDown={(e) => e.preventDefault()}
        >
          {groups.map((group, g) => {
            if (group.options.length === 0) return null;
            if (!group.heading)
              return (
                <ul key={g} className="search-group" role="presentation">
                  {group.options.map(renderOption)}
                </ul>
              );
            const headingId = `${listId}-group-${g}`;
            return (
              <ul key={g} className="search-group" role="group" aria-labelledby={headingId}>
                <li className="search-group-heading" id={headingId} role="presentation">
                  {group.heading}
                </li>
                {group.options.map(renderOption)}
              </ul>
            );
          })}
        </div>
      )}
    </div>
  );
}
