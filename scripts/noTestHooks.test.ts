// The guard against test hooks in a production build: it finds them in built code, and lets a clean bundle pass.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hooksInBundle, TEST_HOOKS } from './noTestHooks';

const chunk = (fileName: string, code: string) => ({ type: 'chunk', fileName, code });

describe('the test-hooks build guard', () => {
  it('names each chunk that carries a hook, and which', () => {
    const bundle = {
      'a.js': chunk('assets/a.js', 'window.__graphView={renderer:()=>1};window.__setTime=t=>t'),
      'b.js': chunk('assets/b.js', 'console.log("drawn")'),
      'c.css': { type: 'asset', fileName: 'assets/c.css' },
    };
    expect(hooksInBundle(bundle)).toEqual(['assets/a.js: __graphView, __setTime']);
  });

  it('passes a bundle without hooks', () => {
    expect(hooksInBundle({ 'a.js': chunk('assets/a.js', 'const graphView = 1;') })).toEqual([]);
  });

  it('knows every hook the app sets', () => {
    const app = readFileSync('src/ui/GraphCanvas.tsx', 'utf8');
    const set = [...app.matchAll(/window\.(__\w+) =/g)].map((m) => m[1]);
    expect(set.length).toBeGreaterThan(0);
    expect([...new Set(set)].sort()).toEqual([...TEST_HOOKS].sort());
  });
});
