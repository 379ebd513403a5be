#!/usr/bin/env node
// Finds a Python with NetworkX and igraph for the tests that read our exports with them: $PYTHON_READERS, else
// Debian's /usr/bin/python3, else python3 on the PATH. When none has both and we run as root on a Debian-like
// system, installs Debian's python3-networkx and python3-igraph; otherwise says what to install.
import { spawnSync } from 'node:child_process';
import { canInstallDebianPackages, failSetup, installDebianPackages } from './debianPackages.mjs';

export const DEBIAN_PACKAGES = ['python3', 'python3-networkx', 'python3-igraph'];
export const INSTALL_HINT =
  `Install Debian's packages as root: \`apt-get update && apt-get install -y ${DEBIAN_PACKAGES.slice(1).join(' ')}\`\n` +
  'or point PYTHON_READERS at a python3 that has networkx and igraph (e.g. `pip install networkx igraph`).';

const PROBE = 'import json, networkx, igraph; print(json.dumps([networkx.__version__, igraph.__version__]))';

/** Versions of the readers one interpreter has, or why it cannot be used. */
export function probePython(python) {
  const run = spawnSync(python, ['-c', PROBE], { encoding: 'utf8' });
  if (run.error) return { python, problem: `${python} could not be run (${run.error.code ?? run.error.message})` };
  if (run.status !== 0) {
    const missing = /No module named '([^']+)'/.exec(run.stderr)?.[1];
    return {
      python,
      problem: missing ? `${python} has no ${missing} module` : `${python} failed: ${run.stderr.trim()}`,
    };
  }
  const [networkx, igraph] = JSON.parse(run.stdout);
  return { python, networkx, igraph };
}

/** The first interpreter with both readers ({ python, networkx, igraph }), or { problems } saying why none. */
export function findPythonReaders() {
  const candidates = process.env.PYTHON_READERS ? [process.env.PYTHON_READERS] : ['/usr/bin/python3', 'python3'];
  const problems = [];
  for (const python of candidates) {
    const found = probePython(python);
    if (!found.problem) return found;
    problems.push(found.problem);
  }
  return { problems };
}

const fail = (message) => failSetup('No Python with NetworkX and igraph for the export tests.', message);

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = findPythonReaders();
  if (!found.python && process.env.PYTHON_READERS) {
    fail(`PYTHON_READERS is set to "${process.env.PYTHON_READERS}": ${found.problems.join('; ')}.\n${INSTALL_HINT}`);
  } else if (!found.python && canInstallDebianPackages()) {
    console.log(
      `${found.problems.join('; ')}: installing Debian's ${DEBIAN_PACKAGES.join(', ')} (apt-get update, then apt-get install)…`,
    );
    try {
      installDebianPackages(DEBIAN_PACKAGES);
    } catch {
      fail(`Installing them failed (see apt-get output above).\n${INSTALL_HINT}`);
    }
    found = findPythonReaders();
    if (!found.python) fail(`apt-get finished, but still: ${found.problems.join('; ')}.\n${INSTALL_HINT}`);
  } else if (!found.python) {
    fail(`${found.problems.join('; ')}.\n${INSTALL_HINT}`);
  }
  console.log(`Python readers: ${found.python} (NetworkX ${found.networkx}, igraph ${found.igraph})`);
}
