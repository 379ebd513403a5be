// The validation CLI as a user runs it: exit code and one line per problem, with its JSON path.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { miniDataset } from '../src/test/miniDataset';

function runValidate(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'validate-'));
  const file = join(dir, 'data.json');
  writeFileSync(file, content);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', file], {
    encoding: 'utf8',
    env: { ...process.env, SEEDS_DIR: join(dir, 'none') },
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe('npm run validate', () => {
  it('passes a valid dataset', () => {
    const { status, out } = runValidate(JSON.stringify(miniDataset()));
    expect(out).toContain('✓');
    expect(status).toBe(0);
  });

  it('lists each problem with its path and exits 1', () => {
    const data = miniDataset();
    data.relations[0]!.source = 'ghost';
    data.entities.push({ id: 'maduro', type: 'person', label: 'Twin' });
    const { status, out } = runValidate(JSON.stringify(data));
    expect(status).toBe(1);
    expect(out).toContain('2 problems');
    expect(out).toContain('relations[0].source: unknown entity id "ghost"');
    expect(out).toContain('entities[7].id: duplicate id "maduro"');
  });

  it('says when the file is not JSON', () => {
    const { status, out } = runValidate('{"title": ');
    expect(status).toBe(1);
    expect(out).toMatch(/not readable JSON/);
  });
});
