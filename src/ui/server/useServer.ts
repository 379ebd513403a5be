// Whether a graph server serves this page: asked once (GET /api/health on the page's own origin). Under the
// development server or any static host nothing answers as the API does, and nothing server-related shows.
import { useEffect, useState } from 'react';
import type { HealthResponse } from '../../io/server/wire';
import { serverClient } from '../../state/graphSource/explore';

let asked: Promise<HealthResponse | null> | null = null;

export function useServedBy(): HealthResponse | null {
  const [health, setHealth] = useState<HealthResponse | null>(null);
  useEffect(() => {
    let live = true;
    asked ??= serverClient()
      .health()
      .catch(() => null);
    void asked.then((answer) => live && setHealth(answer));
    return () => void (live = false);
  }, []);
  return health;
}
