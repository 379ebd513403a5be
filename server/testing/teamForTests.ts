// A signed-in client for the API tests: an administrator account made straight in the team tables, and an API token
// for it, so the graph tests run as someone who owns what they import.
import type { Store } from '../store/types';
import { openTeam, type Team } from '../team/team';

export interface TestTeam {
  team: Team;
  /** The Authorization header of the administrator "tester". */
  auth: { authorization: string };
}

/** `databaseUrl`: the PostgreSQL store's database; absent: a throwaway SQLite team in memory. */
export async function openTestTeam(store: Store, databaseUrl?: string): Promise<TestTeam> {
  const team = await openTeam({ dataDir: ':memory:', ...(databaseUrl && { databaseUrl }) }, store);
  const id = await team.accounts.createUser('tester', 'tester password', true);
  return { team, auth: { authorization: `Bearer ${await team.accounts.createToken(id, 'tests')}` } };
}
