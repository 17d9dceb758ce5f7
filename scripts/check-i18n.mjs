#!/usr/bin/env node
// Part of `npm run lint`: the committed message catalogs (src/i18n/locales) must be what
// `npm run i18n:extract` makes from the source today. Runs the extraction and compilation, compares,
// then puts the committed files back (the check changes nothing) and exits 1 naming what is stale.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'src/i18n/locales');

function snapshot() {
  const files = new Map();
  for (const locale of readdirSync(dir)) for (const f of readdirSync(join(dir, locale))) files.set(join(locale, f), readFileSync(join(dir, locale, f), 'utf8'));
  return files;
}

const before = snapshot();
const run = (args) => execFileSync(process.execPath, [join(root, 'node_modules/@lingui/cli/dist/lingui.js'), ...args, '--workers', '1'], { cwd: root, stdio: 'pipe' });
try {
  run(['extract', '--clean']);
  run(['compile', '--typescript']);
} catch (e) {
  console.error(`Extracting the catalogs failed:\n${e.stderr ?? e}`);
  process.exitCode = 1;
}
const after = snapshot();
const stale = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f)).sort();
for (const f of after.keys()) if (!before.has(f)) rmSync(join(dir, f));
for (const [f, text] of before) writeFileSync(join(dir, f), text);
if (stale.length) {
  console.error(`The message catalogs are out of date with the source (${stale.join(', ')}): run \`npm run i18n:extract\`, translate what is new in src/i18n/locales/fr/messages.json, and commit.`);
  process.exitCode = 1;
}
