// Playback: steps the time window through the axis, as a window of fixed width or as a range growing from its
// start. Each step is shown but not recorded; stopping (by Pause or at the end) records the whole run as one step.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Axis, DaySpan } from './brushMath';

export type PlayKind = 'window' | 'growing';

/** Milliseconds between steps at 1×. */
const STEP_MS = 600;

interface Options {
  axis: Axis;
  /** Days per step (one histogram bin). */
  step: number;
  kind: PlayKind;
  speed: number;
  span: DaySpan | null;
  onStep: (span: DaySpan) => void;
  onStop: (span: DaySpan) => void;
}

/** Where a run starts: from the current window if it can still move, else from the axis's start. */
export function firstSpan(kind: PlayKind, axis: Axis, step: number, span: DaySpan | null): DaySpan {
  const atEnd = span !== null && span.to >= axis.end;
  if (kind === 'growing') {
    const from = span && !atEnd ? span.from : axis.start;
    return { from, to: span && !atEnd ? span.to : Math.min(axis.end, from + step - 1) };
  }
  if (span && !atEnd && span.to - span.from < axis.end - axis.start) return span;
  const width = Math.max(step, Math.round((axis.end - axis.start + 1) / 10));
  return { from: axis.start, to: Math.min(axis.end, axis.start + width - 1) };
}

/** The next window, or null when the run has reached the axis's end. */
export function nextSpan(kind: PlayKind, axis: Axis, step: number, span: DaySpan): DaySpan | null {
  if (span.to >= axis.end) return null;
  if (kind === 'growing') return { from: span.from, to: Math.min(axis.end, span.to + step) };
  const by = Math.min(step, axis.end - span.to);
  return { from: span.from + by, to: span.to + by };
}

export function usePlayback({ axis, step, kind, speed, span, onStep, onStop }: Options) {
  const [playing, setPlaying] = useState(false);
  const current = useRef<DaySpan | null>(null);
  const latest = useRef({ axis, step, kind, onStep, onStop });
  latest.current = { axis, step, kind, onStep, onStop };

  const stop = useCallback(() => {
    setPlaying(false);
    if (current.current) latest.current.onStop(current.current);
    current.current = null;
  }, []);

  /** Ends the run where it is without recording it: something else (undo, a restored view) changed the window. */
  const cancel = useCallback(() => {
    setPlaying(false);
    current.current = null;
  }, []);

  const play = useCallback(() => {
    const start = firstSpan(kind, axis, step, span);
    current.current = start;
    onStep(start);
    setPlaying(true);
  }, [kind, axis, step, span, onStep]);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const { axis: a, step: s, kind: k } = latest.current;
      const next = current.current && nextSpan(k, a, s, current.current);
      if (!next) {
        stop();
        return;
      }
      current.current = next;
      latest.current.onStep(next);
    }, STEP_MS / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, stop]);

  return { playing, play, pause: stop, cancel };
}
