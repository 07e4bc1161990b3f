// @ts-check
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['out/', 'dist/', 'screenshots/', 'test-results/', 'playwright-report/', 'node_modules/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.svelte', 'renderer/**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Core is plain Node: it must run and be tested without Electron (see DESIGN.md, Architecture).
    files: ['electron/core/**', 'electron/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'core and contract never import electron; add a port instead.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer reaches the main process only through renderer/src/shared/api.ts and the contract's types.
    files: ['renderer/**'],
    ignores: ['renderer/src/shared/api.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer is sandboxed; use the API in shared/api.ts.' }],
          patterns: [
            {
              group: ['**/electron/core/**', '**/electron/main/**', '**/electron/preload/**'],
              message: 'Use shared/api.ts.',
            },
            {
              group: ['**/electron/contract/**'],
              message: 'Import the contract as $contract/… (the alias in renderer/tsconfig.json).',
            },
          ],
        },
      ],
    },
  },
);
