// The layering of docs/architecture.md, as the project's ESLint config enforces it: an import that crosses a layer
// the wrong way is an error at any folder depth, and the allowed directions stay clean.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

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
