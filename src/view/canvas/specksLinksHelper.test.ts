import { describe, expect, it } from 'vitest';
import { createHelperPace } from './specksLinksHelper';

describe('the links helper pace', () => {
  it('hands the helper every picture while its part comes about when the worker has done its own', () => {
    const pace = createHelperPace();
    for (let i = 0; i < 20; i++) {
      expect(pace.next()).toBe(true);
      pace.timed(60, 5);
    }
  });

  it('writes the next eight pictures in one part when the helper came late (the cores busy), then tries again', () => {
    const pace = createHelperPace();
    expect(pace.next()).toBe(true);
    // The worker's part took 60 ms, and it then waited 45 ms more: the two parts did not run at once.
    pace.timed(60, 45);
    for (let i = 0; i < 8; i++) expect(pace.next()).toBe(false);
    expect(pace.next()).toBe(true);
    pace.timed(60, 10);
    expect(pace.next()).toBe(true);
  });
});
