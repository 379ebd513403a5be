// The time bar's drawing: the histogram, and a brush over it. Drag on the bars to pick a range, drag the range to
// move it, drag its edges to resize it; each edge and the range are sliders for the keyboard (see brushMath.ts).
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type SVGProps } from 'react';
import type { Histogram } from '../../model/timeHistogram';
import { isoDay } from '../../model/time';
import { axisTicks } from '../../model/timeAxis';
import { dayAt, dragMove, keyMove, xOf, type Axis, type BrushPart, type DaySpan } from './brushMath';

const HEIGHT = 52;
const MARKS = 10;
/** The row of tick labels under the marks. */
const TICKS = 13;
/** About how wide a character of a tick label is (11px type), to keep the last label inside the drawing. */
const CHAR_PX = 6.8;

interface Props {
  histogram: Histogram;
  axis: Axis;
  /** The window; null: time does not filter (the brush shows the whole axis, lightly). */
  span: DaySpan | null;
  colourOf: (category: string) => string;
  labelOf: (category: string) => string;
  /** Days the articles could first have appeared ("known by"), marked under the bars. */
  marks: { day: number; label: string }[];
  /** "known by": only the window's end counts, so only the end is drawn and can be moved. */
  endOnly: boolean;
  /** `settled` false while a drag or held key goes on; true once, when it ends. */
  onChange: (span: DaySpan, settled: boolean) => void;
}

export function TimeBrush({ histogram, axis, span, colourOf, labelOf, marks, endOnly, onChange }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useWidth(svgRef);
  const drag = useRef<{ part: BrushPart; start: DaySpan; grabbed: number; latest: DaySpan } | null>(null);
  const given = span ?? { from: axis.start, to: axis.end };
  const shown = endOnly ? { from: Math.min(axis.start, given.to), to: given.to } : given;
  const x = (day: number) => xOf(day, width, axis);
  const dayOf = (event: PointerEvent) => {
    const box = svgRef.current!.getBoundingClientRect();
    return dayAt(event.clientX - box.left, box.width, axis);
  };

  const begin = (part: BrushPart | 'new') => (event: PointerEvent<SVGElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    const day = dayOf(event);
    svgRef.current!.setPointerCapture(event.pointerId);
    const start = part === 'new' ? { from: day, to: day } : shown;
    drag.current = { part: part === 'new' ? 'to' : part, start, grabbed: day, latest: start };
    if (part === 'new') onChange(start, false);
  };
  const move = (event: PointerEvent) => {
    const current = drag.current;
    if (!current) return;
    const day = dayOf(event);
    // A new range grows from where the press began, either way.
    const next =
      current.start.from === current.start.to && current.part === 'to' && day < current.grabbed
        ? { from: day, to: current.grabbed }
        : dragMove(current.part, current.start, current.grabbed, day, axis);
    current.latest = next;
    onChange(next, false);
  };
  const end = (event: PointerEvent) => {
    if (!drag.current) return;
    move(event);
    const settled = drag.current.latest;
    drag.current = null;
    onChange(settled, true);
  };
  // A cancelled gesture (the pointer taken away) puts the window back where it began.
  const cancel = () => {
    if (!drag.current) return;
    const start = span ?? drag.current.start;
    drag.current = null;
    onChange(start, true);
  };

  // A held key moves the window step by step, recorded as one step when the key is let go.
  const keyed = useRef<DaySpan | null>(null);
  const onKey = (part: BrushPart) => (event: KeyboardEvent) => {
    const next = keyMove(event.key, event.shiftKey, part, keyed.current ?? shown, axis);
    if (!next) return;
    event.preventDefault();
    keyed.current = next;
    onChange(next, false);
  };
  const keyDone = () => {
    if (!keyed.current) return;
    const settled = keyed.current;
    keyed.current = null;
    onChange(settled, true);
  };
  const slider = (part: BrushPart, label: string, value: number, text: string) => {
    const [min, max] =
      part === 'window'
        ? [axis.start, axis.end - (shown.to - shown.from)]
        : part === 'from'
          ? [axis.start, shown.to]
          : [shown.from, axis.end];
    return {
      role: 'slider',
      tabIndex: 0,
      'aria-label': label,
      'aria-valuemin': min,
      'aria-valuemax': Math.max(min, max),
      'aria-valuenow': Math.min(Math.max(min, max), Math.max(min, value)),
      'aria-valuetext': text,
      'data-testid': `time-brush-${part}`,
      onKeyDown: onKey(part),
      onKeyUp: keyDone,
      onBlur: keyDone,
      onPointerDown: begin(part),
    };
  };

  const barTop = (count: number) => HEIGHT - (histogram.max ? (count / histogram.max) * (HEIGHT - 6) : 0);
  const left = x(shown.from);
  const right = x(shown.to + 1);
  return (
    <svg
      ref={svgRef}
      className="time-brush"
      width="100%"
      height={HEIGHT + MARKS + TICKS}
      onPointerDown={begin('new')}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={cancel}
      aria-label={`Histogram of ${histogram.bins.reduce((n, b) => n + b.total, 0)} dated items by ${histogram.unit}`}
      role="group"
    >
      <g className="time-ticks" data-testid="time-ticks" aria-hidden="true">
        {axisTicks(axis, width).map((tick) => {
          const at = x(tick.day);
          return (
            <g key={tick.day} className={tick.major ? 'time-tick major' : 'time-tick'}>
              <line x1={at} x2={at} y1={0} y2={HEIGHT + 4} />
              {at + 3 + tick.label.length * CHAR_PX <= width && (
                <text x={at + 3} y={HEIGHT + MARKS + TICKS - 2}>
                  {tick.label}
                </text>
              )}
            </g>
          );
        })}
      </g>
      {histogram.bins.map((bin) => {
        let top = HEIGHT;
        const inWindow = bin.end >= shown.from && bin.start <= shown.to;
        return (
          <g key={bin.start} opacity={span && !inWindow ? 0.3 : 1}>
            <title>{`${isoDay(bin.start)}${bin.end > bin.start ? ` to ${isoDay(bin.end)}` : ''}: ${bin.total}`}</title>
            {histogram.categories.map((category) => {
              const count = bin.counts.get(category) ?? 0;
              if (!count) return null;
              const y = barTop(count) - (HEIGHT - top);
              const h = top - y;
              top = y;
              return (
                <rect
                  key={category}
                  x={x(bin.start) + 0.5}
                  y={y}
                  width={Math.max(1, x(bin.end + 1) - x(bin.start) - 1)}
                  height={h}
                  fill={colourOf(category)}
                >
                  <title>{`${labelOf(category)}: ${count}`}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
      {marks.map((mark) => (
        <path
          key={`${mark.day}-${mark.label}`}
          className="time-mark"
          d={`M${x(mark.day + 0.5)},${HEIGHT + 1} l4,8 h-8 z`}
        >
          <title>{mark.label}</title>
        </path>
      ))}
      {endOnly ? (
        <rect className="time-window all" x={left} y={0} width={Math.max(2, right - left)} height={HEIGHT} />
      ) : (
        <>
          <rect
            className={span ? 'time-window' : 'time-window all'}
            x={left}
            y={0}
            width={Math.max(2, right - left)}
            height={HEIGHT}
            {...slider('window', 'Time window', shown.from, `${isoDay(shown.from)} to ${isoDay(shown.to)}`)}
          />
          {handle(left, slider('from', 'Start of the time window', shown.from, isoDay(shown.from)))}
        </>
      )}
      {handle(right, slider('to', endOnly ? 'Known by' : 'End of the time window', shown.to, isoDay(shown.to)))}
    </svg>
  );
}

/** An edge of the window: a thin bar centred on `x`, grabbed by the pointer and focused by Tab. */
function handle(x: number, props: SVGProps<SVGRectElement>) {
  return <rect className="time-handle" x={x - 3} y={0} width={6} height={HEIGHT} {...props} />;
}

function useWidth(ref: React.RefObject<Element | null>): number {
  const [width, setWidth] = useState(600);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
