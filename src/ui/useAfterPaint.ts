// A value that catches up with its source only once the browser has painted a frame. React's useDeferredValue
// renders the deferred work in a task that can still run before the next frame, so a big graph's first drawing
// would wait for it; waiting for a painted frame lets that drawing reach the screen first.
import { useEffect, useState } from 'react';
import { onAfterPaint } from './afterPaint';

export function useAfterPaint<T>(value: T, initial: T): T {
  const [shown, setShown] = useState<{ value: T }>({ value: initial });
  useEffect(() => onAfterPaint(() => setShown({ value })), [value]);
  return shown.value;
}

/**
 * What `work` makes of a value, started once the browser has painted a frame (work on a big graph, made in
 * slices, then never delays its first drawing): null until the first is made, then the latest made, with the value
 * it was made for. `work` should be a stable function (module-level).
 */
export function useAfterPaintWork<T, R>(value: T, work: (value: T) => Promise<R>): { value: T; result: R } | null {
  const [made, setMade] = useState<{ value: T; result: R } | null>(null);
  useEffect(() => {
    let current = true;
    const cancel = onAfterPaint(() => {
      void work(value).then((result) => {
        if (current) setMade({ value, result });
      });
    });
    return () => {
      current = false;
      cancel();
    };
  }, [value, work]);
  return made;
}
