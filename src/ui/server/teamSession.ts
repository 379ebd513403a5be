// Who is signed in to the graph server, shared by every part of the page that asks (the sign-in box, the list of
// investigations, the shared-investigation sync): asked once, told again after a sign-in or a sign-out.
import { useSyncExternalStore } from 'react';
import type { SessionResponse } from '../../io/server/teamWire';
import { teamClient } from '../../io/server/teamClient';

let current: SessionResponse | null = null;
let asked: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: SessionResponse): void {
  current = next;
  for (const listener of listeners) listener();
}

export function refreshSession(): Promise<void> {
  asked = teamClient()
    .session()
    .then(set, () => set({ user: null }));
  return asked;
}

export const sessionChanged = (next: SessionResponse) => set(next);

/** The session (null until the server has answered). */
export function useTeamSession(): SessionResponse | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      if (!asked) void refreshSession();
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
