// The team's tables (accounts, roles, records, changes) are small and written one request at a time, so one body of
// SQL serves both stores through this thin seam: statements use PostgreSQL's $1, $2… placeholders, which the SQLite
// side rewrites to `?` in order. Only parameters carry values; no value is ever spliced into SQL text.
import type Database from 'better-sqlite3';
import type pg from 'pg';

export interface TeamDb {
  readonly kind: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** The number of rows the statement changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (db: TeamDb) => Promise<T>): Promise<T>;
}

const PLACEHOLDER = /\$(\d+)/g;

/** `$n` placeholders to `?`, with the parameters in the order the placeholders appear (a `$n` may repeat). */
export function toSqliteParams(sql: string, params: readonly unknown[]): { sql: string; params: unknown[] } {
  const ordered: unknown[] = [];
  const text = sql.replace(PLACEHOLDER, (_, n: string) => {
    ordered.push(params[Number(n) - 1]);
    return '?';
  });
  return { sql: text, params: ordered.map((value) => (typeof value === 'boolean' ? Number(value) : value)) };
}

/**
 * better-sqlite3 is synchronous, but a transaction's work awaits between statements; transactions therefore take
 * turns through a queue, and statements outside one wait for the running transaction to end.
 */
export function sqliteTeamDb(db: Database.Database): TeamDb {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  let turn: Promise<unknown> = Promise.resolve();
  const direct: TeamDb = {
    kind: 'sqlite',
    async all<T>(sql: string, params: readonly unknown[] = []) {
      const q = toSqliteParams(sql, params);
      return prepare(q.sql).all(...q.params) as T[];
    },
    async run(sql, params = []) {
      const q = toSqliteParams(sql, params);
      return prepare(q.sql).run(...q.params).changes;
    },
    transaction: (work) => work(direct),
  };
  const queued = <T>(step: () => Promise<T>): Promise<T> => {
    const result = turn.then(step);
    turn = result.catch(() => {});
    return result;
  };
  return {
    kind: 'sqlite',
    all: (sql, params) => queued(() => direct.all(sql, params)),
    run: (sql, params) => queued(() => direct.run(sql, params)),
    transaction: (work) =>
      queued(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        }
      }),
  };
}

function onClient(client: pg.ClientBase | pg.Pool): Omit<TeamDb, 'transaction'> {
  return {
    kind: 'postgres',
    async all<T>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(sql, params as unknown[])).rows as T[];
    },
    async run(sql, params = []) {
      return (await client.query(sql, params as unknown[])).rowCount ?? 0;
    },
  };
}

/** Team tables live on the primary: a writer reads their own writes at once, whatever the replicas lag. */
export function postgresTeamDb(pool: pg.Pool): TeamDb {
  return {
    ...onClient(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const inner: TeamDb = { ...onClient(client), transaction: (nested) => nested(inner) };
        const result = await work(inner);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
