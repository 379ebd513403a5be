// "Add source": opens the source editor for a new source (in the toolbar's Build group and in the Sources view).
import { useState, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import { LazySourceEditor as SourceEditor } from './lazyBuild';

interface Props {
  story: Story;
  dispatch: Dispatch<Action>;
  testId: string;
  label?: string;
}

export function AddSourceButton({ story, dispatch, testId, label = 'Add source' }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        data-testid={testId}
        title="Add a source: an article with its full text, a report, a document"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && <SourceEditor story={story} dispatch={dispatch} onClose={() => setOpen(false)} />}
    </>
  );
}
