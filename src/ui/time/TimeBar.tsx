// The time bar under the graph (data-testid="timebar"): a histogram of dated relations (or, "known by", of claims by
// the day their article could first have appeared), a brush and date inputs that set the time window, two modes,
// undated relations shown or hidden, and playback. The window lives in the filters (state: setTime), so counts,
// captions, links and undo follow it. The axis opens where most dated items are (model/timeAxis.ts), counting those
// outside it; the controls used most sit on one row (it fits 1280 pixels wide), the rest behind "More".
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import type { TimeFilter, TimeMode } from '../../model/timeFilter';
import { axisItems, timeHistogram, type StackBy } from '../../model/timeHistogram';
import { focusSpan, outside, padded, wholeSpan } from '../../model/timeAxis';
import { readDayInput } from '../../model/dayInput';
import { isoDay } from '../../model/time';
import { MODALITIES, type Modality } from '../../model/vocabulary';
import { CATEGORY_PALETTE } from '../../appearance/appearance';
import { stylesOf } from '../typeStyles';
import type { Axis, DaySpan } from './brushMath';
import { TimeBrush } from './TimeBrush';
import { usePlayback, type PlayKind } from './usePlayback';
import { TimeSummary, articleMarks } from './TimeSummary';
import { DateSource } from './DateSource';
import { DateField } from './DateField';
import { useAfterPaintWork } from '../useAfterPaint';
import { prepareTimeIndexInSlices } from '../../model/timeFilter';
import { prepareDateLikeAttributesInSlices } from '../../model/attributeDates';
import './timebar.css';
import type { Positions } from '../../state/history';

interface Props {
  story: Story;
  time: TimeFilter | undefined;
  dispatch: Dispatch<Action>;
  /** Counts undo, redo and restored views (state.viewJumps): a run ends when it changes. */
  viewJumps: number;
  /** Where the nodes are drawn now (a graph re-dated from an attribute opens in the same place). */
  positions: () => Positions | undefined;
}

const BIN_DAYS = { day: 1, week: 7, month: 30, year: 365 } as const;
const SPEEDS = [0.5, 1, 2, 4];
const LEGEND_ENTRIES = 8;

/** A big graph's time index and date-like attributes take a moment (sorting 400k dates): made in slices. */
async function prepareTime(story: Story): Promise<void> {
  await prepareTimeIndexInSlices(story.graph);
  await prepareDateLikeAttributesInSlices(story.dataset.relations);
}

export function TimeBar(props: Props) {
  // They follow the first drawing; the page keeps answering meanwhile.
  const story = useAfterPaintWork(props.story, prepareTime)?.value;
  if (!story || story !== props.story)
    return (
      <section className="timebar" data-testid="timebar" aria-label="Time">
        <p className="hint">Reading dates…</p>
      </section>
    );
  return <TimeBarBody {...props} />;
}

function TimeBarBody({ story, time, viewJumps, dispatch, positions }: Props) {
  const { graph } = story;
  const [settings, setSettings] = useState<{ mode: TimeMode; showUndated: boolean }>({
    mode: 'happened',
    showUndated: false,
  });
  const mode = time?.mode ?? settings.mode;
  const showUndated = time?.showUndated ?? settings.showUndated;
  // The axis shown: null for the one the bar opens on (where most dated items are, or the whole span).
  const [zoom, setZoom] = useState<Axis | null>(null);
  const [more, setMore] = useState(false);
  const [stackBy, setStackBy] = useState<StackBy>('status');
  const [playKind, setPlayKind] = useState<PlayKind>('window');
  const [speed, setSpeed] = useState(1);
  const [error, setError] = useState<{ message: string; field?: 'from' | 'to' } | null>(null);
  useEffect(() => setZoom(null), [graph, mode]);

  // The whole span, and the part of it where most dated items are (if they crowd into part of it). A mode with
  // nothing dated (no article dates, say) borrows the other's axis.
  const { fullAxis, focus, items } = useMemo(() => {
    let items = axisItems(graph, mode);
    if (!wholeSpan(items)) items = axisItems(graph, mode === 'happened' ? 'known-by' : 'happened');
    const whole = wholeSpan(items);
    const crowd = focusSpan(items);
    return { fullAxis: whole && padded(whole), focus: crowd && padded(crowd), items };
  }, [graph, mode]);
  // A window wholly outside the focus (from a link, say, or typed) is shown on the whole span.
  const apart = focus && time && (time.to < focus.start || time.from > focus.end);
  const axis = zoom ?? (apart ? fullAxis : (focus ?? fullAxis));
  // Items wholly before or after the axis shown (none when it is the whole span).
  const beyond = useMemo(() => (axis && focus ? outside(items, axis) : { before: 0, after: 0 }), [items, axis, focus]);
  const histogram = useMemo(() => axis && timeHistogram(graph, axis, mode, stackBy), [graph, axis, mode, stackBy]);

  // A drag, a held key, typing or a run dispatches unrecorded windows (at most one per frame); its end is recorded
  // as one step, back to the view before it began (state: timeGesture).
  const frame = useRef(0);
  // The window as last asked for: a second date typed before the first has reached the state builds on it.
  const latest = useRef(time);
  // The window before a date being typed was first shown (null: nothing shown yet), to go back to if it is refused.
  const typedFrom = useRef<TimeFilter | undefined | null>(null);

  // A brush drag moves the window many times a frame: one state change per frame is enough. A day typed is one
  // change, shown at once (`now`), so nothing typed waits on a frame that may come late.
  const apply = useCallback(
    (next: TimeFilter | null, settled: boolean, now = false) => {
      setError(null);
      latest.current = next ?? undefined;
      cancelAnimationFrame(frame.current);
      if (settled) dispatch({ type: 'setTime', time: next });
      else if (now) dispatch({ type: 'setTime', time: next, record: false });
      else frame.current = requestAnimationFrame(() => dispatch({ type: 'setTime', time: next, record: false }));
    },
    [dispatch],
  );
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  const knownBy = mode === 'known-by';
  const playback = usePlayback({
    axis: axis ?? { start: 0, end: 0 },
    step: histogram ? BIN_DAYS[histogram.unit] : 1,
    // Known by, only the end counts: a moving window would show what a growing range shows.
    kind: knownBy ? 'growing' : playKind,
    speed,
    span: time ? { from: time.from, to: time.to } : null,
    onStep: (span) => apply({ ...span, mode, showUndated }, false),
    onStop: (span) => apply({ ...span, mode, showUndated }, true),
  });
  useEffect(() => {
    latest.current = time;
  }, [time]);
  // Undo, redo or a restored view during a run ends it unrecorded: that change is the user's, and the run must not
  // carry on from it. (Told by a counter, not by comparing windows: a run's own step may reach the state a frame
  // after the next one is asked for.)
  const { playing, cancel } = playback;
  const jumps = useRef(viewJumps);
  useEffect(() => {
    if (viewJumps === jumps.current) return;
    jumps.current = viewJumps;
    if (playing) {
      cancelAnimationFrame(frame.current);
      cancel();
    }
  }, [viewJumps, playing, cancel]);
  // Whatever the user does to the window stops a run first (which records the run as its own step).
  const byUser = (next: TimeFilter | null, settled: boolean, now = false) => {
    if (playback.playing) playback.pause();
    apply(next, settled, now);
  };
  const spanChanged = (span: DaySpan, settled: boolean) => byUser({ ...span, mode, showUndated }, settled);

  const styles = stylesOf(story);
  const labelOf = (category: string) =>
    stackBy === 'type' ? styles.relation(category).label : (MODALITIES[category as Modality]?.label ?? category);
  const colourOf = (category: string) => {
    const i = histogram?.categories.indexOf(category) ?? 0;
    return CATEGORY_PALETTE[Math.max(0, i) % CATEGORY_PALETTE.length]!;
  };
  const marks = useMemo(() => (mode === 'known-by' ? articleMarks(story) : []), [story, mode]);

  function setDate(which: 'from' | 'to', value: string, settled: boolean) {
    // An end left open reaches the whole span, not just the part the bar shows.
    const whole = fullAxis;
    if (!whole) return;
    const time = latest.current;
    // A day shown while typing is taken back if what is finally typed is refused.
    const before = typedFrom.current;
    if (settled) typedFrom.current = null;
    else if (before === null) typedFrom.current = time;
    const refuse = (message: string) => {
      if (before !== null) byUser(before ?? null, true);
      setError({ message: `${message}; the window stays as it was.`, field: which });
    };
    if (value === '') {
      // A cleared end has no limit; with neither end limited, time does not filter.
      if (!time) return;
      const open = which === 'from' ? time.to >= whole.end : time.from <= whole.start;
      const cleared =
        which === 'from' ? { from: Math.min(whole.start, time.to) } : { to: Math.max(whole.end, time.from) };
      byUser(open ? null : { ...time, ...cleared }, true);
      return;
    }
    const read = readDayInput(value);
    if (!read.ok) return refuse(read.reason);
    const { day } = read;
    const from = which === 'from' ? day : (time?.from ?? Math.min(whole.start, day));
    const to = which === 'to' ? day : (time?.to ?? Math.max(whole.end, day));
    if (from > to) {
      // While typing, a start after the end is not shown; once settled, it is refused.
      if (settled) refuse(`The start (${isoDay(from)}) is after the end (${isoDay(to)})`);
      return;
    }
    byUser({ from, to, mode, showUndated }, settled, true);
  }

  /** Escape in a date field: the window as it was before typing began. */
  function cancelTyping() {
    const before = typedFrom.current;
    typedFrom.current = null;
    if (before !== null) byUser(before ?? null, true);
  }

  function setMode(next: TimeMode) {
    const time = latest.current;
    setSettings((s) => ({ ...s, mode: next }));
    if (time) byUser({ ...time, mode: next }, true);
  }

  function setUndated(next: boolean) {
    const time = latest.current;
    setSettings((s) => ({ ...s, showUndated: next }));
    if (time) byUser({ ...time, showUndated: next }, true);
  }

  if (!axis || !histogram) {
    return (
      <section className="timebar" data-testid="timebar" aria-label="Time">
        <p className="hint">
          Nothing in this graph has a date, so there is no time to filter by.{' '}
          {time && (
            <>
              A time window (from a link, say) still hides every relation:{' '}
              <button type="button" data-testid="time-clear" onClick={() => apply(null, true)}>
                All time
              </button>{' '}
            </>
          )}
          <DateSource story={story} dispatch={dispatch} positions={positions} />
        </p>
      </section>
    );
  }
  const hidden = histogram.categories.length - LEGEND_ENTRIES;
  const errorId = error ? 'time-error' : undefined;
  const noun = mode === 'happened' ? 'relation' : 'claim';
  const count = (n: number, which: string) => `${n} ${which} ${n === 1 ? noun : `${noun}s`}`;
  return (
    <section className="timebar" data-testid="timebar" aria-label="Time">
      <div className="timebar-controls timebar-row">
        <select
          data-testid="time-mode"
          aria-label="Show"
          title="Show what happened in the window, or what was known by its end"
          value={mode}
          onChange={(e) => setMode(e.target.value as TimeMode)}
        >
          <option value="happened">happened</option>
          <option value="known-by">known by</option>
        </select>
        <DateField
          testId="time-from"
          label="from"
          value={time ? isoDay(time.from) : ''}
          onInput={(v, settled) => setDate('from', v, settled)}
          onCancel={cancelTyping}
          errorId={error?.field === 'from' ? errorId : undefined}
          hint={knownBy ? 'Known by counts what was out by the end date; the start does not change it' : undefined}
        />
        <DateField
          testId="time-to"
          label={knownBy ? 'known by' : 'to'}
          value={time ? isoDay(time.to) : ''}
          onInput={(v, settled) => setDate('to', v, settled)}
          onCancel={cancelTyping}
          errorId={error?.field === 'to' ? errorId : undefined}
        />
        <label
          className="check"
          title={
            mode === 'happened' ? 'Also show relations with no date' : 'Also count claims of articles that give no date'
          }
        >
          <input
            type="checkbox"
            data-testid="time-undated"
            checked={showUndated}
            onChange={(e) => setUndated(e.target.checked)}
          />
          Undated
        </label>
        <button type="button" data-testid="time-clear" disabled={!time} onClick={() => byUser(null, true)}>
          All time
        </button>
        <button
          type="button"
          data-testid="time-play"
          aria-pressed={playback.playing}
          onClick={playback.playing ? playback.pause : playback.play}
        >
          {playback.playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          data-testid="time-more"
          aria-expanded={more}
          aria-controls="time-more-controls"
          onClick={() => setMore((m) => !m)}
        >
          More {more ? '▴' : '▾'}
        </button>
      </div>
      {more && (
        <div className="timebar-controls timebar-more" id="time-more-controls" data-testid="time-more-controls">
          <span className="timebar-play">
            <label>
              Play as{' '}
              <select
                data-testid="time-play-kind"
                disabled={knownBy}
                title={knownBy ? 'Known by plays as a growing range: only the end counts' : undefined}
                value={knownBy ? 'growing' : playKind}
                onChange={(e) => setPlayKind(e.target.value as PlayKind)}
              >
                <option value="window">moving window</option>
                <option value="growing">growing range</option>
              </select>
            </label>
            <label>
              speed{' '}
              <select data-testid="time-speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
                {SPEEDS.map((s) => (
                  <option key={s} value={s}>
                    {s}×
                  </option>
                ))}
              </select>
            </label>
          </span>
          <label>
            Bars by{' '}
            <select data-testid="time-stack" value={stackBy} onChange={(e) => setStackBy(e.target.value as StackBy)}>
              <option value="status">status</option>
              <option value="type">relation type</option>
            </select>
          </label>
          <button
            type="button"
            data-testid="time-zoom"
            disabled={!time}
            onClick={() => time && setZoom(zoomedAxis(time, histogram.unit))}
          >
            Zoom to window
          </button>
          <button
            type="button"
            data-testid="time-unzoom"
            disabled={axis === fullAxis}
            onClick={() => setZoom(fullAxis ?? null)}
          >
            Whole span
          </button>
          <DateSource story={story} dispatch={dispatch} positions={positions} />
        </div>
      )}
      {error && (
        <p className="error" role="alert" id="time-error" data-testid="time-error">
          {error.message}
        </p>
      )}
      <div className="timebar-axis">
        <span className="muted timebar-end" data-testid="time-axis-start">
          {isoDay(axis.start)}
        </span>
        <TimeBrush
          histogram={histogram}
          axis={axis}
          span={time ? { from: time.from, to: time.to } : null}
          colourOf={colourOf}
          labelOf={labelOf}
          marks={marks}
          endOnly={knownBy}
          onChange={spanChanged}
        />
        <span className="muted timebar-end" data-testid="time-axis-end">
          {isoDay(axis.end)}
        </span>
      </div>
      <div className="timebar-legend">
        {beyond.before > 0 && (
          <button
            type="button"
            className="link"
            data-testid="time-earlier"
            title="Show the whole span"
            onClick={() => setZoom(fullAxis ?? null)}
          >
            ◂ {count(beyond.before, 'earlier')}
          </button>
        )}
        {focus && zoom !== null && (
          <button
            type="button"
            className="link"
            data-testid="time-focus"
            title={`Back to where most dated ${noun}s are`}
            onClick={() => setZoom(null)}
          >
            ▸◂ Where most are
          </button>
        )}
        {beyond.after > 0 && (
          <button
            type="button"
            className="link"
            data-testid="time-later"
            title="Show the whole span"
            onClick={() => setZoom(fullAxis ?? null)}
          >
            {count(beyond.after, 'later')} ▸
          </button>
        )}
        <span className="muted">
          Bars: {mode === 'happened' ? 'dated relations' : 'claims, on their article’s earliest day'} per{' '}
          {histogram.unit}
        </span>
        {histogram.categories.slice(0, LEGEND_ENTRIES).map((category) => (
          <span key={category} className="timebar-key">
            <span className="swatch" style={{ background: colourOf(category) }} aria-hidden="true" />
            {labelOf(category)}
          </span>
        ))}
        {hidden > 0 && <span className="muted">and {hidden} more</span>}
        <TimeSummary story={story} time={time} />
      </div>
    </section>
  );
}

/** The window with a bin either side, so zooming in keeps some context. */
function zoomedAxis(time: TimeFilter, unit: keyof typeof BIN_DAYS): Axis {
  return { start: time.from - BIN_DAYS[unit], end: time.to + BIN_DAYS[unit] };
}
