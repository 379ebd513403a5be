// The corroboration filter: relations backed by at least N independent origins (the default), or N articles.
// Origins are what count: five articles repeating one set of documents are one origin.
import { useMemo, type Dispatch } from 'react';
import type { Action, Story } from '../state/explorer';
import type { Filters } from '../model/filters';
import { corroborationOf, type Corroboration } from '../model/evidence';
import './filters.css';

interface Props {
  story: Story;
  filters: Filters;
  dispatch: Dispatch<Action>;
}

const UNITS: Record<Corroboration, string> = { origins: 'independent origins', articles: 'articles' };

export function CorroborationFilter({ story, filters, dispatch }: Props) {
  const by = filters.corroborateBy;
  const highestOf = useMemo(() => {
    const evidence = story.graph.getAttribute('evidence');
    const max: Record<Corroboration, number> = { origins: 0, articles: 0 };
    story.graph.forEachEdge((_key, relation) => {
      for (const measure of ['origins', 'articles'] as const)
        max[measure] = Math.max(max[measure], corroborationOf(evidence(relation), measure));
    });
    return max;
  }, [story]);
  const highest = highestOf[by];
  const set = (next: Partial<Filters>) => dispatch({ type: 'setFilters', filters: { ...filters, ...next } });
  // Switching what is counted keeps the threshold where the new count allows it.
  const switchTo = (measure: Corroboration) =>
    set({ corroborateBy: measure, minCorroboration: Math.min(filters.minCorroboration, highestOf[measure]) });
  return (
    <fieldset className="corroboration" data-testid="corroboration-filter">
      <legend>Corroboration</legend>
      <label>
        At least{' '}
        <select
          value={filters.minCorroboration}
          onChange={(e) => set({ minCorroboration: Number(e.target.value) })}
          data-testid="min-sources"
          aria-label={`Minimum number of ${UNITS[by]} per relation`}
        >
          <option value={0}>any</option>
          {Array.from({ length: highest }, (_, i) => (
            <option key={i + 1} value={i + 1}>
              {i + 1}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        <span className="visually-hidden">Count</span>
        <select
          value={by}
          onChange={(e) => switchTo(e.target.value as Corroboration)}
          data-testid="corroborate-by"
          aria-label="What corroboration counts"
        >
          <option value="origins">{UNITS.origins}</option>
          <option value="articles">{UNITS.articles}</option>
        </select>
      </label>
      <p className="hint">
        {by === 'origins'
          ? 'Independent origins: the distinct sources the claims finally rest on. Articles repeating one report count once.'
          : 'Articles: how many articles quote the relation, even when they repeat one another.'}
      </p>
    </fieldset>
  );
}
