// Lint rules, including the layering of DESIGN.md: cytoscape only in src/view, React out of model/ and io/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noCytoscape = { group: ['cytoscape', 'cytoscape-*'], message: 'cytoscape belongs in src/view only.' };
const noReact = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'model/ and io/ stay free of React.',
};
const noUi = {
  group: ['../ui/*', '../view/*', '../state/*'],
  message: 'model/ and io/ must not depend on ui, view or state.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      '.scratch',
      'bench/.dist-reference',
      'bench/.data',
      'bench/results',
      'node_modules',
      'test-results',
      'playwright-report',
      'public/*.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/model/**', 'src/io/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCytoscape, noReact, noUi] }] },
  },
  {
    files: ['server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noCytoscape,
            noReact,
            {
              group: ['**/src/ui/*', '**/src/view/*', '**/src/state/*', '**/src/ui', '**/src/view', '**/src/state'],
              message: 'server/ may use src/model and src/io only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**', 'src/state/**', 'src/*.tsx', 'src/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCytoscape] }] },
  },
);
