#!/usr/bin/env node
// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then /usr/bin/chromium. When there is none and we
// run as root on a Debian-like system, installs Debian's `chromium` package; otherwise says what to install.
import { existsSync } from 'node:fs';
import { canInstallDebianPackages, failSetup, installDebianPackages } from './debianPackages.mjs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** $CHROMIUM_PATH when set (a wrong path is an error, not a reason to guess), else the Debian location. */
export function findChromium() {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  return existsSync(path) ? path : undefined;
}

const fail = (message) => failSetup('No Chromium for the browser tests.', message);

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium();
  if (found) {
    console.log(`Chromium: ${found}`);
  } else if (process.env.CHROMIUM_PATH) {
    fail(
      `CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", but nothing is there. Point it at a Chromium binary, or unset it to use ${DEFAULT_CHROMIUM}.`,
    );
  } else if (canInstallDebianPackages()) {
    console.log(
      `No Chromium at ${DEFAULT_CHROMIUM}: installing Debian's chromium package (apt-get update, then apt-get install chromium)…`,
    );
    try {
      installDebianPackages(['chromium']);
    } catch {
      fail(
        'Installing it failed (see apt-get output above). Run `apt-get update && apt-get install -y chromium` as root, then run the tests again.',
      );
    }
    if (!findChromium())
      fail(
        `apt-get finished but ${DEFAULT_CHROMIUM} is still missing. Install Chromium and set CHROMIUM_PATH to its binary.`,
      );
    console.log(`Chromium installed: ${DEFAULT_CHROMIUM}`);
  } else {
    fail(
      `Install Debian's Chromium as root: \`apt-get update && apt-get install -y chromium\`\n` +
        `or set CHROMIUM_PATH to a Chromium or Chrome binary. (\`npx playwright install\` is not used by this project.)`,
    );
  }
}
