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
