// Commit subjects over 72 characters are refused, by the hook and by `npm run lint`.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subjectTooLong } from './check-commit-subjects.mjs';

const seventyTwo = 'Canvas draws the whole graph as specks from fifty thousand nodes upward.';

describe('commit subjects', () => {
  it('passes a subject of exactly 72 characters and refuses one of 73', () => {
    expect(seventyTwo).toHaveLength(72);
    expect(
      subjectTooLong(`${seventyTwo}\n\nA body line that is much longer than the subject may be, and that is fine.`),
    ).toBeNull();
    expect(subjectTooLong(`${seventyTwo}!`)).toBe(`${seventyTwo}!`);
  });

  it('counts characters, not bytes, so accents do not count twice', () => {
    const accented = 'é'.repeat(72);
    expect(subjectTooLong(accented)).toBeNull();
  });

  it('the commit-msg hook refuses a long subject and says why', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'subject-')), 'COMMIT_EDITMSG');
    writeFileSync(file, `${seventyTwo} and more\n`);
    const run = spawnSync(process.execPath, ['scripts/check-commit-subjects.mjs', file], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Commit subject is 81 characters; keep it to 72');
  });
});
