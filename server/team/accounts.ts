// Accounts, sessions, API tokens and roles per investigation. A session id, a token and the first start's one-time
// token are random secrets kept as digests; passwords as scrypt hashes (secrets.ts).
import type { Member, Role } from '../../src/io/server/teamWire';
import type { TeamDb } from './db';
import { digest, hashPassword, newSecret, verifyPassword } from './secrets';

export interface Viewer {
  userId: number;
  username: string;
  admin: boolean;
  /** How the request proved who it is: a cookie-borne session must also carry its CSRF token on writes. */
  via: 'session' | 'token';
  csrf?: string;
  mustSetPassword?: boolean;
  /**
   * The role on the investigation the request names, read with the sign-in (one statement instead of two on every
   * request to an investigation); requireRole asks again for any other.
   */
  roleOn?: { inv: string; role: Role | null };
}

/** The asker's role on $2, read beside the sign-in; '' (no investigation has that id) when the request names none. */
const ROLE_ON = `LEFT JOIN team_roles r ON r.inv = $2 AND r.user_id = u.id`;
const roleOn = (inv: string | undefined, role: Role | null | undefined) =>
  inv === undefined ? {} : { roleOn: { inv, role: role ?? null } };

const SESSION_DAYS = 14;
const ONE_TIME_HOURS = 24;
const RANK: Record<Role, number> = { reader: 1, editor: 2, owner: 3 };

export const atLeast = (role: Role | null, minimum: Role): boolean => role !== null && RANK[role] >= RANK[minimum];

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const now = () => new Date().toISOString();

export const USERNAME = /^[A-Za-z0-9._-]{1,64}$/;
export const PASSWORD_MIN = 10;

interface UserRow {
  id: number;
  username: string;
  password_hash: string | null;
  admin: boolean | number;
}

/** Who a row's user is, as a viewer says it (both stores give numbers and flags their own way). */
const userOf = (row: Pick<UserRow, 'id' | 'username' | 'admin'>) => ({
  userId: Number(row.id),
  username: row.username,
  admin: Boolean(row.admin),
});

export class Accounts {
  constructor(private readonly db: TeamDb) {}

  async userCount(): Promise<number> {
    const [row] = await this.db.all<{ count: number | string }>('SELECT count(*) AS count FROM team_users');
    return Number(row?.count ?? 0);
  }

  /** The first start: an owner without a password, and a one-time token to sign in once and choose one. */
  async createFirstOwner(username = 'owner'): Promise<{ username: string; oneTimeToken: string } | null> {
    if ((await this.userCount()) > 0) return null;
    const id = await this.createUser(username, null, true);
    const oneTimeToken = newSecret();
    await this.db.run('INSERT INTO team_one_time (digest, user_id, expires) VALUES ($1, $2, $3)', [
      digest(oneTimeToken),
      id,
      new Date(Date.now() + ONE_TIME_HOURS * 3_600_000).toISOString(),
    ]);
    return { username, oneTimeToken };
  }

  /** A new account; its id. Refuses a name in use (409 from the route). */
  async createUser(username: string, password: string | null, admin = false): Promise<number> {
    const hash = password === null ? null : await hashPassword(password);
    const [row] = await this.db.all<{ id: number }>(
      `INSERT INTO team_users (username, password_hash, admin, created) VALUES ($1, $2, $3, $4)
       ON CONFLICT (username) DO NOTHING RETURNING id`,
      [username, hash, admin, now()],
    );
    if (!row) throw new Error(`The username "${username}" is taken.`);
    return Number(row.id);
  }

  private async userByName(username: string): Promise<UserRow | null> {
    const [row] = await this.db.all<UserRow>(
      'SELECT id, username, password_hash, admin FROM team_users WHERE username = $1',
      [username],
    );
    return row ?? null;
  }

  async userId(username: string): Promise<number | null> {
    return (await this.userByName(username))?.id ?? null;
  }

  /**
   * A new session when the password (or the unused one-time token) is right; null otherwise. Always a new id: a
   * session id planted before sign-in is never promoted (session fixation).
   */
  async signIn(username: string, password: string): Promise<{ session: string; viewer: Viewer } | null> {
    const user = await this.userByName(username);
    let mustSetPassword = false;
    if (!(await verifyPassword(password, user?.password_hash ?? null))) {
      if (!user) return null;
      const used = await this.db.run('DELETE FROM team_one_time WHERE digest = $1 AND user_id = $2 AND expires > $3', [
        digest(password),
        user.id,
        now(),
      ]);
      if (used === 0) return null;
      mustSetPassword = true;
    }
    const session = newSecret();
    const csrf = newSecret();
    await this.db.run(
      `INSERT INTO team_sessions (digest, user_id, csrf, created, expires, must_set_password)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [digest(session), user!.id, csrf, now(), inDays(SESSION_DAYS), mustSetPassword],
    );
    const viewer: Viewer = {
      userId: Number(user!.id),
      username: user!.username,
      admin: Boolean(user!.admin),
      via: 'session',
      csrf,
      mustSetPassword,
    };
    return { session, viewer };
  }

  /** The session's viewer, with their role on `inv` when given. */
  async viewerForSession(session: string, inv?: string): Promise<Viewer | null> {
    const [row] = await this.db.all<UserRow & { csrf: string; must_set_password: boolean | number; role: Role | null }>(
      `SELECT u.id, u.username, u.admin, s.csrf, s.must_set_password, r.role FROM team_sessions s
       JOIN team_users u ON u.id = s.user_id ${ROLE_ON} WHERE s.digest = $1 AND s.expires > $3`,
      [digest(session), inv ?? '', now()],
    );
    if (!row) return null;
    return {
      ...userOf(row),
      via: 'session',
      csrf: row.csrf,
      mustSetPassword: Boolean(row.must_set_password),
      ...roleOn(inv, row.role),
    };
  }

  async signOut(session: string): Promise<void> {
    await this.db.run('DELETE FROM team_sessions WHERE digest = $1', [digest(session)]);
  }

  async setPassword(userId: number, password: string): Promise<void> {
    await this.db.run('UPDATE team_users SET password_hash = $1 WHERE id = $2', [await hashPassword(password), userId]);
    await this.db.run('UPDATE team_sessions SET must_set_password = $1 WHERE user_id = $2', [false, userId]);
  }

  /** A token for scripts (sent as `Authorization: Bearer …`); shown once, kept as a digest. */
  async createToken(userId: number, label: string): Promise<string> {
    const token = newSecret();
    await this.db.run('INSERT INTO team_tokens (digest, user_id, label, created) VALUES ($1, $2, $3, $4)', [
      digest(token),
      userId,
      label,
      now(),
    ]);
    return token;
  }

  /** The API token's viewer, with their role on `inv` when given. */
  async viewerForToken(token: string, inv?: string): Promise<Viewer | null> {
    const [row] = await this.db.all<UserRow & { role: Role | null }>(
      `SELECT u.id, u.username, u.admin, r.role FROM team_tokens t JOIN team_users u ON u.id = t.user_id
       ${ROLE_ON} WHERE t.digest = $1`,
      [digest(token), inv ?? ''],
    );
    if (!row) return null;
    return {
      ...userOf(row),
      via: 'token',
      ...roleOn(inv, row.role),
    };
  }

  async roleOf(inv: string, userId: number): Promise<Role | null> {
    const [row] = await this.db.all<{ role: Role }>('SELECT role FROM team_roles WHERE inv = $1 AND user_id = $2', [
      inv,
      userId,
    ]);
    return row?.role ?? null;
  }

  async setRole(inv: string, userId: number, role: Role): Promise<void> {
    await this.db.run(
      `INSERT INTO team_roles (inv, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (inv, user_id) DO UPDATE SET role = excluded.role`,
      [inv, userId, role],
    );
  }

  async removeRole(inv: string, userId: number): Promise<void> {
    await this.db.run('DELETE FROM team_roles WHERE inv = $1 AND user_id = $2', [inv, userId]);
  }

  async members(inv: string): Promise<Member[]> {
    return this.db.all<Member>(
      `SELECT u.username, r.role FROM team_roles r JOIN team_users u ON u.id = r.user_id
       WHERE r.inv = $1 ORDER BY u.username`,
      [inv],
    );
  }

  async isPublic(inv: string): Promise<boolean> {
    return (await this.db.all('SELECT inv FROM team_public WHERE inv = $1', [inv])).length > 0;
  }

  async setPublic(inv: string, value: boolean): Promise<void> {
    if (value) await this.db.run('INSERT INTO team_public (inv) VALUES ($1) ON CONFLICT (inv) DO NOTHING', [inv]);
    else await this.db.run('DELETE FROM team_public WHERE inv = $1', [inv]);
  }

  /** The investigations a viewer may see: those they hold a role on, and the public ones. */
  async visible(userId: number | null): Promise<Set<string>> {
    const rows = await this.db.all<{ inv: string }>(
      'SELECT inv FROM team_roles WHERE user_id = $1 UNION SELECT inv FROM team_public',
      [userId ?? -1],
    );
    return new Set(rows.map((row) => row.inv));
  }

  /** Investigations nobody holds a role on (imported before accounts existed) go to the first admin. */
  async adoptOrphans(invs: readonly string[]): Promise<void> {
    const [admin] = await this.db.all<{ id: number }>('SELECT id FROM team_users WHERE admin = $1 ORDER BY id', [true]);
    if (!admin) return;
    for (const inv of invs) {
      const held = await this.db.all('SELECT user_id FROM team_roles WHERE inv = $1', [inv]);
      if (held.length === 0) await this.setRole(inv, Number(admin.id), 'owner');
    }
  }

  /** An investigation deleted: its roles and public mark go with it. */
  async forget(inv: string): Promise<void> {
    await this.db.run('DELETE FROM team_roles WHERE inv = $1', [inv]);
    await this.db.run('DELETE FROM team_public WHERE inv = $1', [inv]);
  }
}
