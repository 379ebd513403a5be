// A numeric attribute filter: keep items whose value lies between two bounds.
import { useState } from 'react';
import type { RangeFacet } from '../model/facets';
import './filters.css';

interface Props {
  facet: RangeFacet;
  range: readonly [number, number] | null;
  onChange: (range: readonly [number, number] | null) => void;
}

export function RangeFilter({ facet, range, onChange }: Props) {
  const [lo, hi] = range ?? [facet.min, facet.max];
  const [error, setError] = useState<string | null>(null);

  function update(which: 0 | 1, text: string) {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) {
      setError('Enter a number');
      return;
    }
    const next: [number, number] = which === 0 ? [value, hi] : [lo, value];
    if (next[0] > next[1]) {
      setError('The lower bound is above the upper bound');
      return;
    }
    setError(null);
    onChange(next[0] <= facet.min && next[1] >= facet.max ? null : next);
  }

  return (
    <section className="facet" data-testid={`facet-${facet.id}`}>
      <h3>
        {facet.title}
        {range && <span className="badge">range</span>}
      </h3>
      <div className="range">
        <input
          type="number"
          aria-label={`${facet.title} from`}
          defaultValue={lo}
          key={`lo-${lo}`}
          step="any"
          onBlur={(e) => update(0, e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && update(0, e.currentTarget.value)}
        />
        <span>to</span>
        <input
          type="number"
          aria-label={`${facet.title} to`}
          defaultValue={hi}
          key={`hi-${hi}`}
          step="any"
          onBlur={(e) => update(1, e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && update(1, e.currentTarget.value)}
        />
      </div>
      <p className="hint">
        {facet.min} – {facet.max}
        {range && (
          <>
            {' '}
            <button type="button" className="link" onClick={() => onChange(null)}>
              clear
            </button>
          </>
        )}
      </p>
      {error && <p className="error">{error}</p>}
    </section>
  );
}
