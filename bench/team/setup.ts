// The team the bench signs in: the owner made at the server's first start (its one-time token is read from what the
// server printed), who chooses a password, takes an API token, adds the editors' accounts and makes each an editor
// of the seeded story; then each editor signs in with a password, as someone using the app does.
import type { InvestigationSummary } from '../../src/io/server/wire';
import { TeamClient } from './http';

export interface Team {
  inv: string;
  owner: TeamClient;
  editors: TeamClient[];
}

const OWNER_PASSWORD = 'bench owner password';
const EDITOR_PASSWORD = 'bench editor password';
/** Accounts made and signed in at once: each costs a password hash (scrypt), which is meant to be slow. */
const AT_ONCE = 5;

/** The token main.ts prints indented on its own line after the owner's welcome. */
export function oneTimeTokenIn(log: string): string | undefined {
  return /one-time token[\s\S]*?\n\s*\n\s+(\S+)\s*(\n|$)/.exec(log)?.[1];
}

async function inTurns<T>(count: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += AT_ONCE) {
    const batch = Array.from({ length: Math.min(AT_ONCE, count - start) }, (_, k) => work(start + k));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

export const editorName = (i: number) => `editor-${String(i + 1).padStart(2, '0')}`;

/**
 * The owner's first sign-in on a fresh server, as a person would do it: the one-time token the server printed as
 * the password, then a password of their own, then an API token for scripts (sent as `Authorization: Bearer`).
 */
export async function ownerApiToken(base: string, serverLog: () => string): Promise<string> {
  const token = oneTimeTokenIn(serverLog());
  if (!token) throw new Error(`the server printed no one-time owner token:\n${serverLog().slice(-2_000)}`);
  const first = await TeamClient.signIn(base, 'owner', token);
  await first.must('POST', '/api/session/password', { password: OWNER_PASSWORD });
  return (await first.must<{ token: string }>('POST', '/api/tokens', { label: 'bench' })).token;
}

export async function prepareTeam(base: string, serverLog: () => string, editors: number): Promise<Team> {
  const owner = new TeamClient(base, 'owner', { token: await ownerApiToken(base, serverLog) });
  const list = await owner.must<InvestigationSummary[]>('GET', '/api/investigations');
  const story = list[0];
  if (!story) throw new Error('the server holds no investigation: was the story seeded (SEED_STORY)?');
  const inv = encodeURIComponent(story.id);
  const clients = await inTurns(editors, async (i) => {
    const username = editorName(i);
    await owner.must('POST', '/api/users', { username, password: EDITOR_PASSWORD });
    await owner.must('PUT', `/api/investigations/${inv}/members`, { username, role: 'editor' });
    return TeamClient.signIn(base, username, EDITOR_PASSWORD);
  });
  return { inv: story.id, owner, editors: clients };
}
