// The names found in a source's text: entities already known (with how often each is named; a name selects its
// entity), and new names that the compromise library takes for people, places or organisations. A new name becomes
// an entity, or an alias of a chosen entity, only when the editor clicks for it.
import { useMemo, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import { countMentions, type Mention } from '../../model/mentions';
import { NameSuggestions } from './NameSuggestions';

interface Props {
  story: Story;
  text: string;
  mentions: readonly Mention[];
  /** Open at first (a source just added); otherwise closed until asked for. */
  open: boolean;
  dispatch: Dispatch<Action>;
}

export function MentionsPanel({ story, text, mentions, open, dispatch }: Props) {
  const counts = useMemo(() => countMentions(mentions, story.dataset.entities), [mentions, story]);
  return (
    <details className="mentions" open={open} data-testid="mentions">
      <summary>
        Names in this text <span className="count">{counts.length} known</span>
      </summary>
      {counts.length === 0 ? (
        <p className="muted">No entity’s name or alias appears in it.</p>
      ) : (
        <ul className="mention-counts" data-testid="known-mentions">
          {counts.map(({ entity, count, names }) => (
            <li key={entity.id}>
              <button
                type="button"
                className="link"
                onClick={() => dispatch({ type: 'select', selection: { kind: 'entity', id: entity.id }, centre: true })}
              >
                {entity.label}
              </button>{' '}
              <span className="count">{count === 1 ? 'once' : `${count} times`}</span>
              {names.some((n) => n !== entity.label) && (
                <span className="muted"> as {names.map((n) => `“${n}”`).join(', ')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <NameSuggestions story={story} text={text} dispatch={dispatch} auto={open} />
    </details>
  );
}
