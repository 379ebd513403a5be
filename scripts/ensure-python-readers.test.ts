// The Python-reader setup says exactly what to install when the interpreter it was pointed at cannot read exports.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('ensure-python-readers', () => {
  it('fails with what to install when PYTHON_READERS points nowhere', () => {
    const run = spawnSync(process.execPath, ['scripts/ensure-python-readers.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, PYTHON_READERS: '/nonexistent/python3' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PYTHON_READERS is set to "/nonexistent/python3"');
    expect(run.stderr).toContain('apt-get install -y python3-networkx python3-igraph');
  });
});
