// A source's details offer its text in the reader and the editor for every field.
import { useState, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import { LazySourceEditor as SourceEditor } from './lazyBuild';
import { openReader } from './readerStore';

interface Props {
  story: Story;
  id: string;
  dispatch: Dispatch<Action>;
}

export function SourceBuildActions({ story, id, dispatch }: Props) {
  const [editing, setEditing] = useState(false);
  const hasText = story.dataset.sources.find((s) => s.id === id)?.text !== undefined;
  return (
    <div className="source-build-actions">
      <button type="button" onClick={() => openReader(dispatch, id)} data-testid="open-reader">
        {hasText ? 'Read the text' : 'Show its quotes'}
      </button>{' '}
      <button type="button" onClick={() => setEditing(true)} data-testid="edit-source-details">
        Edit source
      </button>
      {editing && <SourceEditor story={story} dispatch={dispatch} sourceId={id} onClose={() => setEditing(false)} />}
    </div>
  );
}
