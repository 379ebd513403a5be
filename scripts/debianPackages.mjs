// The test setup's one way to install what the tests need from Debian's packages (Chromium, the Python readers):
// only as root on a system with apt-get, after `apt-get update`, never asking questions.
import { execFileSync } from 'node:child_process';

/** Whether this process can install Debian packages itself. */
export function canInstallDebianPackages() {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** apt-get update, then apt-get install of the packages; throws when either fails (its output is shown). */
export function installDebianPackages(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

/** Stops the test run with a message that says what is missing and what to do. */
export function failSetup(what, message) {
  console.error(`\n✗ ${what}\n${message}\n`);
  process.exit(1);
}
