// ESLint flat config: typescript-eslint (type-aware for our packages), Lit, web-component and Lit accessibility
// rules for the elements, Prettier owning formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.tsbuild/**',
      'storybook-static/**',
      'coverage/**',
      '**/mockServiceWorker.js',
      'packages/elements/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'packages/core/src/**/*.ts', '.storybook/**/*.ts', 'demo/**/*.{js,ts}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    rules: {
      // Classes are side-effect free; registration lives in define.ts through the guarded defineElement().
      'wc/no-self-class': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.test.ts', '**/*.e2e.ts', '**/*.stories.ts'],
    languageOptions: { globals: { ...globals.mocha, ...globals.browser, ...globals.node } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
