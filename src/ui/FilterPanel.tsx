// Filters for whatever graph is loaded: the data model's facets (country, types, sources, claim status)
// and the attributes an imported graph carries. Each value shows how many items in the whole graph have it, and
// under a time window how many of those are in it.
import { useEffect, useMemo, useState, type Dispatch, type ReactNode } from 'react';
import { timeView } from '../model/timeFilter';
import type { Action, Story } from '../state/explorer';
import { computeVisibility, isFiltered, NO_FILTERS, setContext, setRange, type Filters } from '../model/filters';
import {
  countsWithin,
  describeFacets,
  describeFacetsInSlices,
  FIXED_FACETS,
  NO_VALUE,
  type CategoricalFacet,
  type Facet,
  type RangeFacet,
} from '../model/facets';
import { BUILD_IN_SLICES_FROM_ELEMENTS } from '../model/thresholds';
import { CLAIM_STATUSES, MODALITIES, countryName, type ClaimStatus, type Modality } from '../model/vocabulary';
import { CorroborationFilter } from './CorroborationFilter';
import { stylesOf } from './typeStyles';
import { RangeFilter } from './RangeFilter';
import { useAfterPaint } from './useAfterPaint';
import { Explain } from './Explain';
import { sourceInFull } from './sourceLabel';
import { earliestDays } from '../model/publication';
import './filterLists.css';
import './filters.css';

/** How long the time window must rest before the lists count what is in it. */
const WINDOW_REST_MS = 200;

interface Props {
  story: Story;
  filters: Filters;
  dispatch: Dispatch<Action>;
}

export function FilterPanel(props: Props) {
  // A big graph's facets take a while to count and lay out (~40 ms at 10k nodes): they follow its first drawing
  // on screen instead of delaying it. Until then the panel keeps the previous graph's filters, or says what it is doing.
  const story = useAfterPaint<Story | null>(props.story, null);
  const described = useDescribedFacets(story);
  if (!described) return <p className="hint">Counting values…</p>;
  return <FacetFilters {...props} story={described.story} facets={described.facets} />;
}

/**
 * The story's facets: counted at once for a graph of ordinary size, in slices for a big one (at 200,000 entities
 * the counting takes about half a second), meanwhile keeping the facets of the story before.
 */
function useDescribedFacets(story: Story | null): { story: Story; facets: Facet[] } | null {
  const small = story !== null && story.graph.order + story.graph.size < BUILD_IN_SLICES_FROM_ELEMENTS;
  const direct = useMemo(
    () => (story && small ? { story, facets: describeFacets(story.graph) } : null),
    [story, small],
  );
  const [sliced, setSliced] = useState<{ story: Story; facets: Facet[] } | null>(null);
  useEffect(() => {
    if (!story || small) return;
    let current = true;
    void describeFacetsInSlices(story.graph).then((facets) => {
      if (current) setSliced({ story, facets });
    });
    return () => {
      current = false;
    };
  }, [story, small]);
  return direct ?? sliced;
}

function FacetFilters({ story, filters, dispatch, facets }: Props & { facets: Facet[] }) {
  // Under a time window each value also says how many of its items are in it (under "known by", counting only the
  // claims out by then). Counted once the window rests, so a brush or playback is not held up by the lists.
  const [time, setTime] = useState(filters.time);
  useEffect(() => {
    const timer = setTimeout(() => setTime(filters.time), WINDOW_REST_MS);
    return () => clearTimeout(timer);
  }, [filters.time]);
  const inWindow = useMemo(() => {
    if (!time) return undefined;
    const within = computeVisibility(story.graph, { ...NO_FILTERS, time });
    // Only "known by" cuts relations down to their known claims: "happened" needs no second pass over the window.
    const asKnown = time.mode === 'known-by' ? timeView(story.graph, time).asKnown : undefined;
    return countsWithin(story.graph, facets, within, asKnown);
  }, [story, facets, time]);
  const styles = stylesOf(story);
  const sourceNames = useMemo(() => new Map(story.dataset.sources.map((s) => [s.id, s.outlet ?? s.title])), [story]);
  // A source's list entry names it briefly; its tooltip names it in full, with outlet and date.
  const sourcesInFull = useMemo(() => {
    const earliest = earliestDays(story.dataset.sources);
    return new Map(story.dataset.sources.map((s) => [s.id, sourceInFull(s, earliest.get(s.id))]));
  }, [story]);
  const hasClaims = story.dataset.sources.length > 0;

  function labelOf(facetId: string, value: string): string {
    if (value === NO_VALUE) return facetId === FIXED_FACETS.country ? '(no country)' : '(none)';
    switch (facetId) {
      case FIXED_FACETS.country:
        return countryName(value);
      case FIXED_FACETS.entityType:
        return styles.entity(value).label;
      case FIXED_FACETS.relationType:
        return styles.relation(value).label;
      case FIXED_FACETS.source:
        return sourceNames.get(value) ?? value;
      case FIXED_FACETS.status:
        return CLAIM_STATUSES[value as ClaimStatus]?.label ?? value;
      case FIXED_FACETS.modality:
        return MODALITIES[value as Modality]?.label ?? value;
      default:
        return value;
    }
  }

  /** What a value's tooltip names before its count: a source in full. */
  function fullNameOf(facetId: string, value: string): string | undefined {
    return facetId === FIXED_FACETS.source ? sourcesInFull.get(value) : undefined;
  }

  /** The plain-words explanation of a value whose name is a term (a claim status, happened or not). */
  function explanationOf(facetId: string, value: string): { term: string; text: string } | undefined {
    if (facetId === FIXED_FACETS.status && Object.hasOwn(CLAIM_STATUSES, value)) {
      const status = CLAIM_STATUSES[value as ClaimStatus];
      return { term: status.label, text: status.description };
    }
    if (facetId === FIXED_FACETS.modality && Object.hasOwn(MODALITIES, value)) {
      const modality = MODALITIES[value as Modality];
      return { term: modality.label, text: modality.description };
    }
    return undefined;
  }

  return (
    <div className="filters">
      <div className="filters-head">
        <h2>Filters</h2>
        <button
          type="button"
          onClick={() => dispatch({ type: 'resetFilters' })}
          disabled={!isFiltered(filters)}
          data-testid="reset-filters"
        >
          Reset
        </button>
      </div>
      <p className="hint">Tick values to show only those; nothing ticked shows all.</p>
      {facets.map((facet) =>
        facet.kind === 'categorical' ? (
          <FacetList
            key={facet.id}
            facet={facet}
            picked={filters.picks.get(facet.id) ?? []}
            inWindow={inWindow ? (inWindow.get(facet.id) ?? new Map()) : undefined}
            labelOf={(v) => labelOf(facet.id, v)}
            fullNameOf={(v) => fullNameOf(facet.id, v)}
            explanationOf={(v) => explanationOf(facet.id, v)}
            onToggle={(value) => dispatch({ type: 'togglePick', facet: facet.id, value })}
            extra={
              facet.target === 'entity' ? (
                <ContextOption facet={facet.id} title={facet.title} filters={filters} dispatch={dispatch} />
              ) : undefined
            }
          />
        ) : (
          <RangeFilter
            key={facet.id}
            facet={facet as RangeFacet}
            range={filters.ranges.get(facet.id) ?? null}
            onChange={(range) => dispatch({ type: 'setFilters', filters: setRange(filters, facet.id, range) })}
          />
        ),
      )}
      <section className="facet">
        <h3>Links</h3>
        {hasClaims && <CorroborationFilter story={story} filters={filters} dispatch={dispatch} />}
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

/**
 * The option that shows, faded, whom the entities this filter keeps link to among those it hides. Always offered
 * for country (where it is on by default); for other entity filters once something is picked in them.
 */
function ContextOption({ facet, title, filters, dispatch }: ContextOptionProps) {
  const country = facet === FIXED_FACETS.country;
  if (!country && !(filters.picks.get(facet) ?? []).length) return null;
  return (
    <label className="check context-option">
      <input
        type="checkbox"
        checked={filters.contextFacets.includes(facet)}
        onChange={(e) => dispatch({ type: 'setFilters', filters: setContext(filters, facet, e.target.checked) })}
        data-testid={country ? 'country-context' : `context-${facet}`}
        // Several of these may show at once: the name says which filter each belongs to.
        aria-label={`Also show, faded, whom they link to elsewhere (${title})`}
      />
      Also show, faded, whom they link to elsewhere
    </label>
  );
}

interface ContextOptionProps {
  facet: string;
  /** The filter's heading, for the option's accessible name. */
  title: string;
  filters: Filters;
  dispatch: Dispatch<Action>;
}

interface FacetListProps {
  facet: CategoricalFacet;
  picked: readonly string[];
  labelOf: (value: string) => string;
  /** The value named in full, for its tooltip, where the list's name is short (a source: outlet, date, headline). */
  fullNameOf: (value: string) => string | undefined;
  /** A "?" beside the value, for values whose names are terms to explain. */
  explanationOf: (value: string) => { term: string; text: string } | undefined;
  onToggle: (value: string) => void;
  /** An option shown under the list (the faded context, for entity filters). */
  extra?: ReactNode;
  /** Under a time window: how many items of each value are in it. */
  inWindow?: ReadonlyMap<string, number>;
}

/** How many values a list shows before "Show all". */
const COLLAPSED_VALUES = 12;

function FacetList({ facet, picked, labelOf, fullNameOf, explanationOf, onToggle, extra, inWindow }: FacetListProps) {
  const [expanded, setExpanded] = useState(false);
  const unit = facet.target === 'entity' ? 'entities' : 'relations';
  const entries = [...facet.counts]
    .map(([value, count]) => ({ value, count, label: labelOf(value) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  // Long lists (an imported graph may have hundreds of types) show the most common values first; ticked ones stay.
  const shown = expanded ? entries : entries.filter((e, i) => i < COLLAPSED_VALUES || picked.includes(e.value));
  return (
    <section className="facet" data-testid={`facet-${facet.id}`}>
      <h3>
        {facet.title}
        {picked.length > 0 && <span className="badge">{picked.length}</span>}
      </h3>
      <ul>
        {shown.map((e) => {
          const count = inWindow
            ? `${inWindow.get(e.value) ?? 0} of ${e.count} ${unit} in the time window`
            : `${e.count} ${unit}`;
          const fullName = fullNameOf(e.value);
          const explanation = explanationOf(e.value);
          return (
            <li key={e.value} className="facet-value">
              <label
                className="check"
                title={fullName ? `${fullName} — ${count}` : explanation ? `${explanation.text} — ${count}` : count}
              >
                <input type="checkbox" checked={picked.includes(e.value)} onChange={() => onToggle(e.value)} />
                <span className="facet-label">{e.label}</span>
                <span className="count" data-value={e.value}>
                  {inWindow ? `${inWindow.get(e.value) ?? 0} of ${e.count}` : e.count}
                </span>
              </label>
              {/* Beside the label, not in it: the "?" stays out of the checkbox's name and does not tick it. */}
              {explanation && <Explain term={explanation.term} text={explanation.text} />}
            </li>
          );
        })}
      </ul>
      {entries.length > COLLAPSED_VALUES && (
        <button type="button" className="link more" onClick={() => setExpanded((x) => !x)} aria-expanded={expanded}>
          {expanded ? 'Show fewer' : `Show all ${entries.length}`}
        </button>
      )}
      {extra}
    </section>
  );
}
