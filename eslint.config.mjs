// ESLint 9 flat config: typescript-eslint's recommended rules and eslint-plugin-office-addins' React
// config (reading before load/sync, empty and navigational loads, sync in loops, Office.initialize).
import officeAddins from 'eslint-plugin-office-addins';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// eslint-plugin-office-addins 4 brings its own (older) typescript-eslint plugin and parser, and
// ESLint refuses two plugins under one name: keep the project's, drop the plugin's copy. Its Prettier
// rule is a formatting rule this repository does not use (no Prettier config, its own style): off.
function withoutDuplicatePlugins(config) {
  if (config.plugins === undefined || config.plugins['@typescript-eslint'] === undefined) return config;
  const { '@typescript-eslint': _duplicate, ...plugins } = config.plugins;
  const { parser: _parser, ...languageOptions } = config.languageOptions ?? {};
  return { ...config, plugins, languageOptions };
}

const officeAddinsReact = officeAddins.configs.react.map(withoutDuplicatePlugins);
const officeRulesBlock = officeAddins.configs.react.find((config) => config.rules?.['office-addins/load-object-before-read'] !== undefined);
const reactPlugin = officeAddins.configs.react.find((config) => config.plugins?.react !== undefined).plugins.react;

// The plugin's Office.js rules are declared for .js/.ts only; the task pane is .tsx, so apply them there too.
const officeRules = Object.fromEntries(Object.entries(officeRulesBlock.rules).filter(([name]) => name.startsWith('office-addins/')));

// The checking core imports nothing outside src/core (no packages, no task pane, no text tables):
// dependencies point inward. A relative import leaves the core when it climbs more folders than the
// file sits below src/core, so there is one block per depth.
const coreStaysInside = [0, 1, 2, 3].map((depth) => ({
  files: [`src/core/${'*/'.repeat(depth)}*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ regex: `^(?!\\.{1,2}/)|^(\\.\\./){${depth + 1}}`, message: 'src/core imports only from src/core.' }] },
    ],
  },
}));

const nodeGlobals = { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' };

export default defineConfig(
  { ignores: ['dist/**', 'dist-cli/**', 'dist-preview/**', 'node_modules/**', 'out/**', 'coverage/**'] },
  ...officeAddinsReact,
  ...tseslint.configs.recommended,
  reactPlugin.configs.flat['jsx-runtime'],
  {
    files: ['**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: officeRules,
  },
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'prettier/prettier': 'off',
      // TypeScript checks props; the prop-types package is not used.
      'react/prop-types': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The engine has one face: outside src/core, only core/index and core/model are imported.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)core/(?!(index|model)$)',
              message: 'Import the engine from core (its index) or core/model only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  ...coreStaysInside,
);
