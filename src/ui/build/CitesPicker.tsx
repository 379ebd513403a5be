// What a source cites: other sources, picked by name. The chosen ones are listed first with a way to remove each;
// the rest are found by typing part of a name (outlet, author or title, accents optional).
import { useId, useMemo, useState } from 'react';
import type { Source } from '../../model/schema';
import { fold } from '../../model/search';
import { fullSourceName, shortSourceName } from '../sourceLabel';

/** Offered at once, before the list asks for a narrower query. */
const SHOWN = 30;

interface Props {
  sources: readonly Source[];
  value: readonly string[];
  onChange: (cites: string[]) => void;
}

export function CitesPicker({ sources, value, onChange }: Props) {
  const [query, setQuery] = useState('');
  const filterId = useId();
  const byId = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const matches = useMemo(() => {
    const q = fold(query);
    return sources.filter((s) => !value.includes(s.id) && (!q || fold(fullSourceName(s, s.id)).includes(q)));
  }, [sources, value, query]);
  return (
    <fieldset className="cites-picker" data-testid="source-cites">
      <legend>What it cites</legend>
      {value.length === 0 ? (
        <p className="muted">Nothing: it is an origin, or add the sources it credits.</p>
      ) : (
        <ul className="chosen">
          {value.map((id) => (
            <li key={id}>
              {shortSourceName(byId.get(id), id)}{' '}
              <button
                type="button"
                className="link"
                aria-label={`Remove ${fullSourceName(byId.get(id), id)}`}
                onClick={() => onChange(value.filter((v) => v !== id))}
              >
                remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={filterId}>Find a source to add</label>{' '}
      <input id={filterId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul className="offered">
        {matches.slice(0, SHOWN).map((s) => (
          <li key={s.id}>
            <button type="button" className="link" onClick={() => onChange([...value, s.id])}>
              Cite {fullSourceName(s, s.id)}
            </button>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN && <p className="muted">{matches.length - SHOWN} more: type part of a name.</p>}
    </fieldset>
  );
}
