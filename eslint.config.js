// Lint: TypeScript rules plus the architecture's import boundaries (shared/design.md), so they cannot rot.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const PURE = ['catalog', 'inspect', 'policy', 'sandbox', 'credentials'];
const FEATURES = ['operations', 'results', 'connection', 'command-preview', 'credentials', 'federation', 'policy-editor', 'sandbox-panel', 'history', 'inspectors', 'world'];

// Import boundaries between the rooms (shared/design.md).
const LAYER_ZONES = [
  // The pure layers never reach into React, the app, the server or the SDK client layer.
  ...PURE.map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/app', './src/features', './src/ui', './src/server', './src/sts'],
    message: `src/${layer} is a pure layer: it may not import React layers, sts/ or server/.`,
  })),
  { target: './src/catalog', from: ['./src/sandbox', './src/policy'], message: 'catalog depends on nothing but itself and inspect.' },
  { target: './src/inspect', from: ['./src/sandbox', './src/catalog'], message: 'inspect is a leaf layer (it may use policy only).' },
  { target: './src/policy', from: ['./src/sandbox', './src/catalog', './src/inspect'], message: 'policy is a leaf layer.' },
  { target: ['./src/app', './src/features', './src/ui', './src/sts', ...PURE.map((l) => `./src/${l}`)], from: './src/server', message: 'Nothing imports the Node server.' },
  { target: './src/sts', from: ['./src/app', './src/features', './src/ui'], message: 'sts/ has no React.' },
  { target: './src/ui', from: ['./src/features', './src/app', './src/sandbox', './src/server'], message: 'ui/ is presentational only.' },
  { target: './src/features', from: './src/app', message: 'features do not import the app shell.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.state/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    settings: {
      'import/resolver': { typescript: { project: ['tsconfig.json', 'tsconfig.node.json'], noWarnOnMultipleProjects: true }, node: true },
      'import/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import/no-cycle': ['error', { maxDepth: 12, ignoreExternal: true }],
      'import/no-restricted-paths': [
        'error',
        { zones: LAYER_ZONES },
      ],
    },
  },
  // A feature does not import another feature: shared code moves to ui/ or a pure layer.
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...LAYER_ZONES,
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'A feature does not import another feature; move shared code to ui/ or a pure layer.',
            })),
          ],
        },
      ],
    },
  },
  {
    // Pure layers: no Node built-ins, no React, no DOM-only globals.
    files: PURE.map((l) => `src/${l}/**/*.ts`),
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'http', 'https', 'crypto', 'os', 'react', 'react-dom'].map((name) => ({ name, message: 'Pure layers run in Node and in the browser: Web Crypto and platform-neutral APIs only.' })),
          patterns: [{ group: ['node:*', 'react/*', 'react-dom/*'], message: 'Pure layers run in Node and in the browser: Web Crypto and platform-neutral APIs only.' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'window', message: 'No DOM globals in pure layers.' }, { name: 'document', message: 'No DOM globals in pure layers.' }, { name: 'localStorage', message: 'No storage in pure layers.' }, { name: 'process', message: 'No Node globals in pure layers.' }, { name: 'Buffer', message: 'No Node globals in pure layers.' }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**', 'e2e/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
