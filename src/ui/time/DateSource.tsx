// For an imported graph: take relation dates from an attribute the user picks ("year", "date", or a start and an
// end attribute). Values are read by the same rules as the dataset's own dates; what does not read is listed.
import { useMemo, useState, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import { dateLikeAttributes, datesFromAttribute } from '../../model/attributeDates';
import type { Positions } from '../../state/history';

interface Props {
  story: Story;
  dispatch: Dispatch<Action>;
  /** Where the nodes are drawn now, so the re-dated graph opens in the same place. */
  positions: () => Positions | undefined;
}

/** How many unreadable values the notice lists by name. */
const LISTED = 20;

export function DateSource({ story, dispatch, positions }: Props) {
  const attributes = useMemo(() => dateLikeAttributes(story.dataset.relations), [story]);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  if (attributes.length === 0) return null;

  function apply() {
    if (!start) return;
    const result = datesFromAttribute(story.dataset.relations, start, end || undefined);
    const placed = positions();
    const entities = story.dataset.entities.map((e) => {
      const at = placed?.get(e.id);
      return at ? { ...e, position: { x: at.x, y: at.y } } : e;
    });
    const what = end ? `“${start}” to “${end}”` : `“${start}”`;
    const message = `Dated ${result.dated.toLocaleString('en')} of ${story.dataset.relations.length.toLocaleString('en')} relations from ${what}.`;
    dispatch({
      type: 'redated',
      dataset: { ...story.dataset, entities, relations: result.relations },
      notice:
        result.unread.length === 0
          ? { kind: 'restored', message }
          : {
              kind: 'warning',
              message: `${message} ${
                result.unread.length === 1
                  ? '1 value could not be read as a date and stays undated.'
                  : `${result.unread.length.toLocaleString('en')} values could not be read as dates and stay undated.`
              }`,
              details: result.unread.slice(0, LISTED).map((u) => `${u.id}: ${u.reason}`),
            },
    });
  }

  return (
    <span className="timebar-dates">
      <label>
        Dates from{' '}
        <select data-testid="time-attribute" value={start} onChange={(e) => setStart(e.target.value)}>
          <option value="">(as in the file)</option>
          {attributes.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label>
        to{' '}
        <select data-testid="time-attribute-end" value={end} onChange={(e) => setEnd(e.target.value)}>
          <option value="">(the same)</option>
          {attributes
            .filter((a) => a !== start)
            .map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
        </select>
      </label>
      <button type="button" data-testid="time-attribute-apply" disabled={!start} onClick={apply}>
        Use these dates
      </button>
    </span>
  );
}
