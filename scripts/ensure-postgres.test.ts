// The PostgreSQL setup finds the server programs, or says exactly what to install when it was pointed elsewhere.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findPostgres } from './ensure-postgres.mjs';

describe('ensure-postgres', () => {
  it('fails with what to install when PG_BINDIR points nowhere', () => {
    const run = spawnSync(process.execPath, ['scripts/ensure-postgres.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, PG_BINDIR: '/nonexistent/bin' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PG_BINDIR is set to "/nonexistent/bin": /nonexistent/bin has no initdb, pg_ctl');
    expect(run.stderr).toContain('apt-get install -y postgresql');
  });

  it('finds a folder that holds every program it needs', () => {
    // `npm run test:unit` runs ensure-postgres first, which installs PostgreSQL where it can or stops the run.
    const found = findPostgres();
    expect(found.problems).toBeUndefined();
    for (const program of ['initdb', 'pg_ctl', 'postgres', 'pg_basebackup'])
      expect(existsSync(join(found.bindir!, program))).toBe(true);
    expect(found.version).toMatch(/PostgreSQL\) \d+/);
  });
});
