#!/usr/bin/env node
// Browser e2e: build the workbench, find (or get) a Chromium, then run the Playwright specs against
// `npm start`'s server and against dist/ served as plain static files (the in-page sandbox).
// `--no-build`: dist/ was just built by the caller (scripts/test.mjs builds it while typecheck and lint run).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findBrowser } from './find-browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : null;
const noBuild = args.includes('--no-build');
const passThrough = (jsonAt >= 0 ? [...args.slice(0, jsonAt), ...args.slice(jsonAt + 2)] : args).filter((a) => a !== '--no-build');

let browser;
try {
  browser = await findBrowser();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
console.log(`e2e: Chromium at ${browser}`);

if (!noBuild) {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const reporters = jsonFile ? ['--reporter', 'list,json'] : [];
const r = spawnSync(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...reporters, ...passThrough], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser, ...(jsonFile ? { PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile } : {}) },
});
process.exit(r.status ?? 1);
