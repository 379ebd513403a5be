// Lint rules, including the layering of DESIGN.md: cytoscape only in src/view, React out of model/ and io/, and
// each layer's imports pointing one way. The layer patterns match relative paths at any depth ('../state/x' and
// '../../state/x' alike), and only through a parent folder, so a sibling module named view.ts is no layer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noCytoscape = { regex: '^cytoscape(-[^/]+)?(/.*)?$', message: 'cytoscape belongs in src/view only.' };
const noReact = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'model/ and io/ stay free of React.',
};
/** A relative import into one of the app's layer folders, from any depth ('../state/x', '../../state/x'). */
const layer = (...names) => `^(\\.\\./)+(${names.join('|')})(/.*)?$`;
const noUi = {
  regex: layer('ui', 'view', 'state'),
  message: 'model/ and io/ must not depend on ui, view or state.',
};
const noIo = { regex: layer('io'), message: 'model/ must not depend on io/ (io → model, not back).' };
const noAppLayers = { regex: layer('ui', 'state'), message: 'view/ must not depend on ui or state.' };
const noUiFromState = { regex: layer('ui'), message: 'state/ must not depend on ui.' };
const noViewFromState = {
  regex: layer('view'),
  message: 'state/ must not depend on view/: what is shown (encoding, camera, layout choice) is in appearance/.',
};
const noWorkerDependencies = {
  regex: layer('ui', 'view', 'state', 'io', 'model', 'appearance'),
  message: 'workers/ stands alone: every layer may use it.',
};
/** The import rule for a folder: these patterns are refused. */
const refusing = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const noLayersFromAppearance = {
  regex: layer('ui', 'view', 'state', 'io'),
  message: 'appearance/ is pure: it may use model/ only.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      '.scratch',
      'bench/.dist-reference',
      'bench/.dist-profile',
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
      // One spelling per word in the names we choose: colour, centre, normalise (British, as the docs are written).
      // Property names are left out: they often mirror a format or a library (the file format's `color`,
      // cytoscape's and the DOM's style keys).
      'id-match': [
        'error',
        '^(?!.*(?:[Cc]olor|[Cc]enter|[Nn]ormaliz|[Oo]rganiz|[Bb]ehavior|[Ss]erializ|[Aa]nalyz|[Gg]ray)).*$',
        { properties: false, onlyDeclarations: true, ignoreDestructuring: true },
      ],
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
    rules: refusing(noCytoscape, noReact, noUi),
  },
  {
    files: ['src/model/**'],
    ignores: ['src/model/**/*.test.ts'],
    rules: refusing(noCytoscape, noReact, noUi, noIo),
  },
  {
    files: ['src/workers/**'],
    ignores: ['src/workers/**/*.test.ts'],
    rules: refusing(noCytoscape, noReact, noWorkerDependencies),
  },
  {
    files: ['src/appearance/**'],
    ignores: ['src/appearance/**/*.test.ts'],
    rules: refusing(noCytoscape, noReact, noLayersFromAppearance),
  },
  {
    files: ['src/view/**'],
    rules: refusing(noReact, noAppLayers),
  },
  {
    files: ['server/**'],
    rules: refusing(noCytoscape, noReact, {
      group: ['**/src/ui/*', '**/src/view/*', '**/src/state/*', '**/src/ui', '**/src/view', '**/src/state'],
      message: 'server/ may use src/model and src/io only.',
    }),
  },
  {
    files: ['src/ui/**', 'src/*.tsx', 'src/*.ts'],
    rules: refusing(noCytoscape),
  },
  {
    // Browser tests wait for what they are waiting for (expect.poll, a locator's expect, e2e/helpers.ts's steady),
    // never for a fixed time: a sleep is too short on a busy machine and too long everywhere else.
    files: ['e2e/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'waitForTimeout', message: 'Wait for the condition itself, not for a fixed time.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Promise'] CallExpression[callee.name='setTimeout']",
          message: 'Wait for the condition itself, not for a fixed time.',
        },
      ],
    },
  },
  {
    files: ['src/state/**'],
    rules: refusing(noCytoscape, noUiFromState, noViewFromState),
  },
);
