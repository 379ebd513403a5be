#!/usr/bin/env node
// Finds PostgreSQL's server programs for the tests that run the store on a real PostgreSQL: $PG_BINDIR, else
// `pg_config --bindir`, else Debian's /usr/lib/postgresql/<newest>/bin, else the PATH. When none has them and we run
// as root on a Debian-like system, installs Debian's postgresql; otherwise says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { canInstallDebianPackages, failSetup, installDebianPackages } from './debianPackages.mjs';

export const DEBIAN_PACKAGES = ['postgresql'];
/** The programs the test clusters run (pg_basebackup for the replication test). */
export const PROGRAMS = ['initdb', 'pg_ctl', 'postgres', 'pg_basebackup'];
export const INSTALL_HINT =
  "Install Debian's package as root: `apt-get update && apt-get install -y postgresql`\n" +
  '(or your system’s PostgreSQL server package, version 13 or later, with its contrib modules for pg_trgm),\n' +
  'or point PG_BINDIR at the folder that holds initdb, pg_ctl, postgres and pg_basebackup.';

function output(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function candidateFolders() {
  if (process.env.PG_BINDIR) return [process.env.PG_BINDIR];
  const folders = [];
  const fromPgConfig = output('pg_config', ['--bindir']);
  if (fromPgConfig) folders.push(fromPgConfig);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    folders.push(...versions.map((version) => join(debian, version, 'bin')));
  }
  const onPath = output('sh', ['-c', 'command -v initdb']);
  if (onPath) folders.push(onPath.replace(/\/initdb$/, ''));
  return folders;
}

/** The first folder holding every program ({ bindir, version }), or { problems } saying why none. */
export function findPostgres() {
  const problems = [];
  for (const folder of candidateFolders()) {
    const missing = PROGRAMS.filter((program) => !existsSync(join(folder, program)));
    if (missing.length > 0) {
      problems.push(`${folder} has no ${missing.join(', ')}`);
      continue;
    }
    const version = output(join(folder, 'postgres'), ['--version']);
    const major = Number(/(\d+)(?:\.\d+)?/.exec(version)?.[1] ?? 0);
    if (major < 13) {
      problems.push(`${folder} holds ${version || 'an unknown version'}, older than 13`);
      continue;
    }
    return { bindir: folder, version };
  }
  if (problems.length === 0) problems.push('no initdb found (PG_BINDIR, pg_config, /usr/lib/postgresql, PATH)');
  return { problems };
}

/**
 * Finds the programs, installing Debian's postgresql first when they are missing and `install` is allowed and
 * possible. Returns { bindir, version } or throws an Error whose message says what to install.
 */
export function ensurePostgres({ install = true } = {}) {
  let found = findPostgres();
  if (found.bindir) return found;
  if (process.env.PG_BINDIR) {
    throw new Error(`PG_BINDIR is set to "${process.env.PG_BINDIR}": ${found.problems.join('; ')}.\n${INSTALL_HINT}`);
  }
  if (!install || !canInstallDebianPackages()) throw new Error(`${found.problems.join('; ')}.\n${INSTALL_HINT}`);
  console.log(`${found.problems.join('; ')}: installing Debian's postgresql (apt-get update, then apt-get install)…`);
  try {
    installDebianPackages(DEBIAN_PACKAGES);
  } catch {
    throw new Error(`Installing it failed (see apt-get output above).\n${INSTALL_HINT}`);
  }
  found = findPostgres();
  if (!found.bindir) throw new Error(`apt-get finished, but still: ${found.problems.join('; ')}.\n${INSTALL_HINT}`);
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { bindir, version } = ensurePostgres();
    console.log(`PostgreSQL: ${bindir} (${version})`);
  } catch (error) {
    failSetup('No PostgreSQL server programs for the store tests.', error.message);
  }
}
