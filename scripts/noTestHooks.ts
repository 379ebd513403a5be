// A build guard: the hooks the browser tests and the bench reach into (src/ui/GraphCanvas.tsx) are built only with
// `--mode test-hooks` (.env.test-hooks). Any other build whose code still names one fails, so no production page
// exposes them, whatever a later change to the condition around them does.
import type { Plugin } from 'vite';

export const TEST_HOOKS = ['__graphView', '__drawnLabels', '__setTime', '__editLabel'] as const;

/** The test hooks a built chunk's code names. */
export function hooksIn(code: string): string[] {
  return TEST_HOOKS.filter((hook) => code.includes(hook));
}

/** Where hooks were found in a bundle, as `file: hook, hook` lines; empty when none were. */
export function hooksInBundle(bundle: Record<string, { type: string; fileName: string; code?: string }>): string[] {
  return Object.values(bundle).flatMap((file) => {
    const found = file.type === 'chunk' ? hooksIn(file.code ?? '') : [];
    return found.length > 0 ? [`${file.fileName}: ${found.join(', ')}`] : [];
  });
}

export function noTestHooks(): Plugin {
  let hooksWanted = false;
  return {
    name: 'no-test-hooks',
    apply: 'build',
    configResolved(config) {
      hooksWanted = Boolean(config.env.VITE_TEST_HOOKS);
    },
    generateBundle(_options, bundle) {
      if (hooksWanted) return;
      const found = hooksInBundle(bundle);
      if (found.length > 0) this.error(`test hooks in a build without --mode test-hooks:\n${found.join('\n')}`);
    },
  };
}
