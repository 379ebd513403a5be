// The rules of docs/architecture.md as the project's ESLint config enforces them: an import that crosses a layer the
// wrong way is an error at any folder depth while the allowed directions stay clean, and names keep one spelling.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function flagged(rule: string, filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.some((m) => m.ruleId === rule);
}
const restricted = (filePath: string, code: string) => flagged('no-restricted-imports', filePath, code);

describe('layer rules', () => {
  it.each([
    ['src/state/slices/a.ts', "import type { Scene } from '../../view/scene';"],
    ['src/state/a.ts', "import type { Scene } from '../view/scene';"],
    ['src/model/edit/a.ts', "import type { X } from '../../ui/x';"],
    ['src/model/a.ts', "import { x } from '../io/x';"],
    ['src/appearance/a.ts', "import type { Scene } from '../view/scene';"],
    ['src/view/canvas/a.ts', "import { x } from '../../state/x';"],
    ['src/ui/a.ts', "import cytoscape from 'cytoscape';"],
    ['src/io/a.ts', "import { useState } from 'react';"],
    ['src/workers/a.ts', "import type { Scene } from '../view/scene';"],
  ])('refuses %s importing across a layer', async (file, code) => {
    expect(await restricted(file, `${code}\nexport {};\n`)).toBe(true);
  });

  it.each([
    ['src/state/slices/a.ts', "import type { Appearance } from '../../appearance/appearance';"],
    ['src/state/slices/a.ts', "import type { X } from './view';"],
    ['src/view/cytoscape/a.ts', "import cytoscape from 'cytoscape';"],
    ['src/startEarly.ts', "import { x } from './view/cytoscape/loader';"],
    ['src/view/a.ts', "import type { Appearance } from '../appearance/appearance';"],
  ])('lets %s import the way the layers point', async (file, code) => {
    expect(await restricted(file, `${code}\nexport {};\n`)).toBe(false);
  });
});

describe('one spelling per word', () => {
  it.each(['const centerX = 1;', 'function normalizeName() {}', 'let rawColor = 0;'])('refuses %s', async (code) => {
    expect(await flagged('id-match', 'src/model/a.ts', `${code}\nexport {};\n`)).toBe(true);
  });
  it.each(['const centreX = 1;', 'const style = { color: 1 };', 'function normaliseName() {}'])(
    'lets %s through (a format or library key stays as it is)',
    async (code) => {
      expect(await flagged('id-match', 'src/model/a.ts', `${code}\nexport {};\n`)).toBe(false);
    },
  );
});
