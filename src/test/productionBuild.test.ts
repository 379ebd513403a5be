// The browser tests read the drawing through window hooks (__graphView, __drawnLabels, __setTime) that only a
// `--mode test-hooks` build has. A production build must not carry them: this builds the app as `npm run build`
// does (in memory) and looks for them in every chunk.
import { describe, expect, it } from 'vitest';
import { build } from 'vite';

/** The part of a bundler's in-memory output read here (vite's build() result when nothing is written). */
interface BuildOutput {
  output: { type: string; code?: string }[];
}

async function builtCode(mode?: string): Promise<string> {
  const result = (await build({ mode, logLevel: 'silent', build: { write: false } })) as BuildOutput | BuildOutput[];
  const outputs = Array.isArray(result) ? result : [result];
  return outputs
    .flatMap((o) => o.output)
    .map((chunk) => (chunk.type === 'chunk' ? (chunk.code ?? '') : ''))
    .join('\n');
}

describe('test hooks', () => {
  it('are left out of the production build, and built into the test build', { timeout: 240_000 }, async () => {
    const production = await builtCode();
    for (const hook of ['__graphView', '__drawnLabels', '__setTime']) expect(production).not.toContain(hook);
    // The same search finds them where they belong, so the check above can fail.
    const withHooks = await builtCode('test-hooks');
    for (const hook of ['__graphView', '__drawnLabels', '__setTime']) expect(withHooks).toContain(hook);
  });
});
