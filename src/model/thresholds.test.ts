// The docs name the size thresholds instead of restating their numbers (which drift): every size they name must be
// one that thresholds.ts defines, so a renamed or dropped threshold cannot leave a dangling name behind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as thresholds from './thresholds';

const DOCS = ['README.md', 'docs/user-guide.md', 'docs/architecture.md', 'bench/README.md'];
/** A size's name as the docs write it: `SOMETHING_NODES`, `…_ELEMENTS`, `…_RELATIONS`, `…_ENTITIES`, `…_LINKS`. */
const SIZE_NAME = /`([A-Z][A-Z0-9_]*_(?:NODES|ELEMENTS|RELATIONS|ENTITIES|LINKS))`/g;

describe('size thresholds', () => {
  it.each(DOCS)('%s names only sizes that thresholds.ts defines', (doc) => {
    const named = [...readFileSync(doc, 'utf8').matchAll(SIZE_NAME)].map((m) => m[1]!);
    expect(named.filter((name) => !(name in thresholds))).toEqual([]);
  });

  it('the force layout runs fewer iterations on bigger graphs', () => {
    const steps = thresholds.FORCE_ITERATIONS_BY_SIZE;
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i]!.nodes).toBeGreaterThan(steps[i - 1]!.nodes);
      expect(steps[i]!.iterations).toBeLessThan(steps[i - 1]!.iterations);
    }
    expect(thresholds.FORCE_ITERATIONS_PAST).toBeLessThan(steps[steps.length - 1]!.iterations);
  });
});
