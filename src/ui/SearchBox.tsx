// Find an entity by name or alias; picking a match selects it and brings it to the centre.
import type { Dispatch } from 'react';
import type { Action, Story } from '../state/explorer';
import type { Visibility } from '../model/filters';
import { nodeKey } from '../model/graph';
import { EntityCombobox } from './EntityCombobox';

interface Props {
  story: Story;
  visibility: Visibility;
  dispatch: Dispatch<Action>;
}

export function SearchBox({ story, visibility, dispatch }: Props) {
  return (
    <EntityCombobox
      story={story}
      placeholder="Search names and aliases"
      label="Search entities"
      testId="search-input"
      keyShortcut="/"
      onPick={(entity) => {
        const key = nodeKey(entity.id);
        // Searching for something the filters (or the ego view) hide should still find it: show everything first.
        if (!visibility.nodes.has(key)) {
          dispatch({ type: 'resetFilters' });
          dispatch({ type: 'setEgo', hops: 0, direction: 'both' });
        }
        dispatch({ type: 'select', selection: { kind: 'entity', id: key }, center: true });
        return entity.label;
      }}
    />
  );
}
