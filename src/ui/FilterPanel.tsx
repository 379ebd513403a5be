// Facet filters: country, entity type, relation type, source and claim status, plus corroboration.
// Each value shows how many entities (or relations) in the whole story carry it.
import { useMemo, type Dispatch } from 'react';
import type { Action, Story } from '../state/explorer';
import { facetCounts, isFiltered, NO_COUNTRY, type Facet, type Filters } from '../model/filters';
import { CLAIM_STATUSES, countryName, entityTypeInfo, relationTypeInfo, type ClaimStatus } from '../model/vocabulary';

interface Props {
  story: Story;
  filters: Filters;
  dispatch: Dispatch<Action>;
}

export function FilterPanel({ story, filters, dispatch }: Props) {
  const counts = useMemo(() => facetCounts(story.graph), [story]);
  const sourceTitles = new Map(story.dataset.sources.map((s) => [s.id, s.outlet ?? s.title]));
  const maxSources = Math.max(1, story.dataset.sources.length);

  const facet = (name: Facet, title: string, values: Map<string, number>, labelOf: (v: string) => string, unit: string) => (
    <FacetList
      facet={name}
      title={title}
      unit={unit}
      entries={[...values].map(([value, count]) => ({ value, count, label: labelOf(value) }))}
      picked={filters[name]}
      onToggle={(value) => dispatch({ type: 'toggleFacet', facet: name, value })}
    />
  );

  return (
    <div className="filters">
      <div className="filters-head">
        <h2>Filters</h2>
        <button type="button" onClick={() => dispatch({ type: 'resetFilters' })} disabled={!isFiltered(filters)} data-testid="reset-filters">
          Reset
        </button>
      </div>
      <p className="hint">Tick values to show only those; nothing ticked shows all.</p>
      {facet('countries', 'Country', counts.countries, (c) => (c === NO_COUNTRY ? '(no country)' : countryName(c)), 'entities')}
      {facet('entityTypes', 'Entity type', counts.entityTypes, (t) => entityTypeInfo(t).label, 'entities')}
      {facet('relationTypes', 'Relation type', counts.relationTypes, (t) => relationTypeInfo(t).label, 'relations')}
      {facet('sources', 'Source article', counts.sources, (s) => sourceTitles.get(s) ?? s, 'relations')}
      {facet('statuses', 'Claim status', counts.statuses, (s) => CLAIM_STATUSES[s as ClaimStatus]?.label ?? s, 'relations')}
      <section className="facet">
        <h3>Corroboration</h3>
        <label>
          At least{' '}
          <select
            value={filters.minSources}
            onChange={(e) => dispatch({ type: 'setFilters', filters: { ...filters, minSources: Number(e.target.value) } })}
            data-testid="min-sources"
          >
            {Array.from({ length: maxSources }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>{' '}
          source{filters.minSources > 1 ? 's' : ''} per relation
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.hideOrphans}
            onChange={(e) => dispatch({ type: 'setFilters', filters: { ...filters, hideOrphans: e.target.checked } })}
          />
          Hide entities left without visible relations
        </label>
      </section>
    </div>
  );
}

interface FacetListProps {
  facet: Facet;
  title: string;
  unit: string;
  entries: { value: string; label: string; count: number }[];
  picked: readonly string[];
  onToggle: (value: string) => void;
}

function FacetList({ facet, title, unit, entries, picked, onToggle }: FacetListProps) {
  const sorted = [...entries].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return (
    <section className="facet" data-testid={`facet-${facet}`}>
      <h3>
        {title}
        {picked.length > 0 && <span className="badge">{picked.length}</span>}
      </h3>
      <ul>
        {sorted.map((e) => (
          <li key={e.value}>
            <label className="check" title={`${e.count} ${unit}`}>
              <input type="checkbox" checked={picked.includes(e.value)} onChange={() => onToggle(e.value)} data-value={e.value} />
              <span className="facet-label">{e.label}</span>
              <span className="count">{e.count}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
