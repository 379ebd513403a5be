// The accounts the browser tests sign in with on the test server (e2eServer.ts makes them at its start).
export const E2E_USERS = {
  alice: { username: 'alice', password: 'alice e2e password' },
  bob: { username: 'bob', password: 'bob e2e password' },
  rita: { username: 'rita', password: 'rita e2e password' },
} as const;

/** The copy of the story the team tests edit (not public; Alice owns it, Bob edits it, Rita reads it). */
export const E2E_TEAM_TITLE = 'Team copy of the story';
