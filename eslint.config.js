// Lint: TypeScript rules plus the architecture's import boundaries (shared/design.md), so they cannot rot.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// src/kernel holds the primitives every room shares (bytes and base64, ARNs, result types, the one shared limit).
const PURE = ['kernel', 'catalog', 'inspect', 'policy', 'sandbox', 'credentials', 'labs'];
// Every folder under src/features is a feature: a new one is fenced in as soon as it exists.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const AMBIENT_MESSAGE = 'Domain code takes time and randomness from its caller: the sandbox from env.clock / env.runtime, policy and inspect as a `now` parameter.';
// The only modules that may read the platform's clock and random source: they create the default ones.
const AMBIENT_TIME_AND_RANDOMNESS_ALLOWED = [
  'src/sandbox/core/runtime.ts', // platformRuntime(): the host's clock and random bytes, injected everywhere else
  'src/inspect/saml/xmldsig-engine.ts', // xmldsigjs requires a whole Crypto object (getRandomValues included) as its engine
];

// Import boundaries between the rooms (shared/design.md).
const LAYER_ZONES = [
  // The pure layers never reach into React, the app, the server or the SDK client layer.
  ...PURE.map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/app', './src/features', './src/ui', './src/server', './src/sts'],
    message: `src/${layer} is a pure layer: it may not import React layers, sts/ or server/.`,
  })),
  { target: './src/kernel', from: ['./src/catalog', './src/inspect', './src/policy', './src/sandbox', './src/credentials'], message: 'kernel is the bottom room: every room may import it, it imports no other room.' },
  { target: './src/catalog', from: ['./src/sandbox', './src/policy', './src/credentials'], message: 'catalog depends on nothing but itself, kernel and inspect.' },
  { target: './src/inspect', from: ['./src/sandbox', './src/catalog', './src/credentials'], message: 'inspect may use kernel and policy only.' },
  { target: './src/policy', from: ['./src/sandbox', './src/catalog', './src/inspect', './src/credentials'], message: 'policy may use kernel only.' },
  { target: './src/sandbox', from: './src/credentials', message: 'The sandbox may import policy, inspect and catalog; the browser\'s credential store is not its business.' },
  { target: './src/credentials', from: ['./src/sandbox', './src/catalog', './src/policy'], message: 'credentials builds on kernel and inspect only.' },
  { target: ['./src/app', './src/features', './src/ui', './src/sts', ...PURE.map((l) => `./src/${l}`)], from: './src/server', message: 'Nothing imports the Node server.' },
  { target: './src/sts', from: ['./src/app', './src/features', './src/ui', './src/state'], message: 'sts/ has no React.' },
  // src/state: the app's non-visual layer (calls, history, forms, the command registry). It may use every room below it and sts/.
  { target: './src/state', from: ['./src/app', './src/features', './src/ui', './src/server'], message: 'src/state is the non-visual layer: plain TypeScript, no React layers.' },
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
    // Pure layers: no Node built-ins, no React, no DOM-only globals. src/state too (it runs in the browser
    // only, but its logic is tested as plain values: React stays in the app's thin hooks).
    files: [...PURE, 'state'].map((l) => `src/${l}/**/*.{ts,tsx}`),
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'http', 'https', 'crypto', 'os', 'react', 'react-dom'].map((name) => ({ name, message: 'Pure layers run in Node and in the browser: Web Crypto and platform-neutral APIs only.' })),
          patterns: [{ group: ['node:*', 'react/*', 'react-dom/*'], message: 'Pure layers run in Node and in the browser: Web Crypto and platform-neutral APIs only.' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'window', message: 'No DOM globals in pure layers.' }, { name: 'document', message: 'No DOM globals in pure layers.' }, { name: 'localStorage', message: 'No storage in pure layers.' }, { name: 'sessionStorage', message: 'No storage in pure layers.' }, { name: 'navigator', message: 'No DOM globals in pure layers.' }, { name: 'process', message: 'No Node globals in pure layers.' }, { name: 'Buffer', message: 'No Node globals in pure layers.' }],
    },
  },
  {
    // The domain layers run on injected time and randomness (shared/design.md: "Time, randomness and crypto
    // are passed into the sandbox core, so tests control them"). The sandbox takes both from its
    // SandboxRuntime and its clock (src/sandbox/core/runtime.ts, clock.ts, env.ts); policy and inspect take
    // `now` as a parameter (inspect's "expires in" is measured against the caller's clock, not the host's).
    // src/credentials is the browser's own store (ids, vault salts): it keeps the platform's.
    files: ['src/kernel/**/*.{ts,tsx}', 'src/sandbox/**/*.{ts,tsx}', 'src/policy/**/*.{ts,tsx}', 'src/inspect/**/*.{ts,tsx}', 'src/catalog/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.fixtures.ts', 'src/**/test-support/**', ...AMBIENT_TIME_AND_RANDOMNESS_ALLOWED],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: AMBIENT_MESSAGE },
        { object: 'Math', property: 'random', message: AMBIENT_MESSAGE },
        { object: 'performance', property: 'now', message: AMBIENT_MESSAGE },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'NewExpression[callee.name="Date"][arguments.length=0]', message: AMBIENT_MESSAGE },
        { selector: 'CallExpression[callee.name="Date"]', message: AMBIENT_MESSAGE },
        { selector: 'MemberExpression[property.name=/^(getRandomValues|randomUUID)$/]', message: AMBIENT_MESSAGE },
      ],
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
