// The browser-test setup says exactly what to do when the Chromium it was pointed at is missing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('ensure-chromium', () => {
  it('fails with instructions when CHROMIUM_PATH points nowhere', () => {
    const run = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CHROMIUM_PATH is set to "/nonexistent/chromium", but nothing is there');
  });
});
