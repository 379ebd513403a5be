// The "Build" group at the head of the left side: what turns the explorer into the place an investigation is made. Each tool opens its
// own panel or dialog; the buttons only say which is open.
import type { Dispatch } from 'react';
import type { Action, ExplorerState, Panel } from '../../state/explorer';
import { NewRecordButtons } from './NewRecordDialog';
import { AddSourceButton } from './AddSourceButton';
import { TableButton } from './table/TableButton';
import './buildTools.css';

interface Props {
  state: ExplorerState;
  dispatch: Dispatch<Action>;
}

export function BuildTools({ state, dispatch }: Props) {
  const panelButton = (panel: Panel, name: string, title: string, testId: string) => (
    <button
      type="button"
      data-testid={testId}
      aria-pressed={state.panel === panel}
      title={title}
      onClick={() => dispatch({ type: 'showPanel', panel: state.panel === panel ? 'filters' : panel })}
    >
      {name}
    </button>
  );
  return (
    <div className="build-tools" role="group" aria-label="Build">
      {panelButton(
        'investigations',
        'Investigations',
        'Open, start, rename, copy or delete an investigation',
        'investigations-button',
      )}
      {/* Each building tool adds its button here, one line each. */}
      <NewRecordButtons story={state.story} dispatch={dispatch} />
      {panelButton(
        'duplicates',
        'Duplicates',
        'Possible duplicates to merge, and appending another graph',
        'duplicates-button',
      )}
      {panelButton(
        'lint',
        'Evidence lint',
        'What a careful editor would query, each item kept with a note or fixed',
        'lint-button',
      )}
      {state.story && <AddSourceButton story={state.story} dispatch={dispatch} testId="add-source" />}
      {panelButton('reader', 'Reader', 'Read a source’s text, its quotes and the names in it', 'reader-button')}
      <TableButton />
    </div>
  );
}
