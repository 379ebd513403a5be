// The top search: entities by name or alias, sources by outlet, author or title, and relations by how they read,
// listed under a heading per kind. Picking an entity or a relation selects it and brings it to the centre; picking
// a source selects it as the Sources view does, so the graph shows what rests on it.
import { useCallback, useLayoutEffect, useRef, type Dispatch } from 'react';
import type { Action, Story } from '../state/explorer';
import type { Visibility } from '../model/filters';
import type { Selection } from '../model/selection';
import type { Ranked } from '../model/search';
import { nodeKey } from '../model/graph';
import { relationReading } from '../model/describeView';
import { searchStory } from '../model/storySearch';
import { modalityTag, unhappenedModality } from '../model/entityRelations';
import { Combobox, type ComboGroup } from './Combobox';
import { entityOption } from './EntityCombobox';
import { fullSourceName, sourceKindLabel, sourceLabel } from './sourceLabel';

interface Props {
  story: Story;
  visibility: Visibility;
  dispatch: Dispatch<Action>;
}

/** "Entities (3)", or "Entities (first 8 of 120)" when the list keeps only the best. */
function heading(kind: string, ranked: Ranked<unknown>): string {
  const shown = ranked.matches.length;
  return `${kind} (${shown < ranked.total ? `first ${shown} of ${ranked.total.toLocaleString('en')}` : shown})`;
}

export function SearchBox({ story, visibility, dispatch }: Props) {
  // What is shown when the pick happens, without searching again each time the filters change.
  const visibilityRef = useRef(visibility);
  useLayoutEffect(() => {
    visibilityRef.current = visibility;
  });

  const search = useCallback(
    (query: string): ComboGroup[] => {
      const { graph, dataset } = story;
      const select = (selection: Selection) => {
        // Searching for something the filters (or the ego view) hide should still find it: show everything first.
        const shown = visibilityRef.current;
        const hidden =
          (selection.kind === 'entity' && !shown.nodes.has(selection.id)) ||
          (selection.kind === 'relation' && !shown.edges.has(selection.id));
        if (hidden) {
          dispatch({ type: 'resetFilters' });
          dispatch({ type: 'setEgo', hops: 0, direction: 'both' });
        }
        // A source is not drawn, so there is nothing to centre: the graph highlights what rests on it.
        dispatch({ type: 'select', selection, centre: selection.kind !== 'source' });
      };
      const found = searchStory(graph, dataset.entities, query);
      return [
        {
          heading: heading('Entities', found.entities),
          options: found.entities.matches.map(({ item, matched }) =>
            entityOption(story, item, matched, (entity) => {
              select({ kind: 'entity', id: nodeKey(entity.id) });
              return entity.label;
            }),
          ),
        },
        {
          heading: heading('Sources', found.sources),
          options: found.sources.matches.map(({ item: source }) => ({
            key: `source:${source.id}`,
            content: (
              <span className="search-reading">
                {sourceLabel(source)} <span className="muted">({sourceKindLabel(source.kind)})</span>
              </span>
            ),
            pick: () => {
              select({ kind: 'source', id: source.id });
              return fullSourceName(source, source.id);
            },
          })),
        },
        {
          heading: heading('Relations', found.relations),
          options: found.relations.matches.map(({ item: edge }) => {
            const reading = relationReading(graph, edge, ' ');
            // A reading says "visited": a trip only planned is tagged so, as in the details' relation list.
            const modality = unhappenedModality(graph.getEdgeAttributes(edge));
            return {
              key: `relation:${edge}`,
              content: (
                <span className="search-reading">
                  {reading}
                  {modality && (
                    <>
                      {' '}
                      <span className={`tag modality-tag modality-${modality}`} data-testid="search-modality">
                        {modalityTag(modality)}
                      </span>
                    </>
                  )}
                </span>
              ),
              pick: () => {
                select({ kind: 'relation', id: edge });
                return reading;
              },
            };
          }),
        },
      ];
    },
    [story, dispatch],
  );

  return (
    <Combobox
      search={search}
      empty={(query) => `No matches for “${query}”`}
      placeholder="Search names, sources…"
      label="Search entities, sources and relations"
      testId="search-input"
      keyShortcut="/"
    />
  );
}
