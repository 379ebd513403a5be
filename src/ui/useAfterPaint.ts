// A value that catches up with its source only once the browser has painted a frame. React's useDeferredValue
// renders the deferred work in a task that can still run before the next frame, so a big graph's first drawing
// would wait for it; waiting for an animation frame and then a task lets that frame reach the screen first.
import { useEffect, useState } from 'react';

export function useAfterPaint<T>(value: T, initial: T): T {
  const [shown, setShown] = useState<{ value: T }>({ value: initial });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown({ value }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return shown.value;
}
