import type { LinguiConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-json';

// The workbench's message catalogs (README, "Language"). `npm run i18n:extract` reads the source for message
// descriptors (`/*i18n*/ { id, message }`, `i18n._({ id, message })`, `<Trans id message />`), updates the JSON
// catalogs and compiles them to the modules the app imports; `npm run i18n:check` fails when they are stale.
const config: LinguiConfig = {
  sourceLocale: 'en',
  locales: ['en', 'fr', 'en-XA'],
  // A pseudo-locale generated from English: accented, bracketed text that shows at a glance which strings
  // did not come from a catalog (e2e/i18n.spec.ts).
  pseudoLocale: 'en-XA',
  fallbackLocales: { 'en-XA': 'en', default: 'en' },
  catalogs: [
    {
      path: '<rootDir>/src/i18n/locales/{locale}/messages',
      include: ['<rootDir>/src'],
      exclude: ['**/*.test.ts', '**/*.test.tsx', '**/test-support/**', '<rootDir>/src/server/**', '<rootDir>/src/i18n/locales/**'],
    },
  ],
  // JSON, each entry with the English `message` beside its `translation`: what a translator needs, and
  // no file positions (they would change with every edit of the source and conflict on every merge).
  format: formatter({ style: 'lingui', origins: false }),
  compileNamespace: 'ts',
  orderBy: 'messageId',
};

export default config;
