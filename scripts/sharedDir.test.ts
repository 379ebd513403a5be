// The shared folder is found beside the checkout, or in a folder further up, or where a variable says.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDir } from './sharedDir';

describe('sharedDir', () => {
  const root = mkdtempSync(join(tmpdir(), 'shared-dir-'));
  mkdirSync(join(root, 'shared', 'samples'), { recursive: true });

  it('finds shared/<name> beside the checkout or in the nearest folder above it', () => {
    expect(sharedDir('samples', undefined, join(root, 'checkout'))).toBe(join(root, 'shared', 'samples'));
    expect(sharedDir('samples', undefined, join(root, 'ci', 'run-7', 'checkout'))).toBe(
      join(root, 'shared', 'samples'),
    );
  });

  it('names the place beside the checkout when there is none, and obeys an explicit folder', () => {
    expect(sharedDir('seeds', undefined, join(root, 'ci', 'checkout'))).toBe(join(root, 'ci', 'shared', 'seeds'));
    expect(sharedDir('seeds', join(root, 'elsewhere'))).toBe(join(root, 'elsewhere'));
  });
});
